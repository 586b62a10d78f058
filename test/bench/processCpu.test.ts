import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { processCpuMs } from '../../bench/processCpu.js';

const linux = process.platform === 'linux';

describe('processCpuMs', () => {
  (linux ? it : it.skip)('when another process keeps a core busy, then its CPU time grows', async () => {
    const busy = spawn(process.execPath, ['-e', 'const end = Date.now() + 5000; while (Date.now() < end);'], { stdio: 'ignore' });
    try {
      const pid = busy.pid ?? 0;
      const first = await processCpuMs(pid);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const later = await processCpuMs(pid);
      expect(first).toBeGreaterThanOrEqual(0);
      // 400 ms of wall time on a busy loop: some ticks of 10 ms even when other work shares the cores.
      expect((later ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(20);
    } finally {
      busy.kill();
      await once(busy, 'exit');
    }
  });

  it('when the process does not exist, then there is no figure', async () => {
    expect(await processCpuMs(2 ** 30)).toBeUndefined();
  });
});
