import { spawn } from 'node:child_process';
import { freePort, whenListening } from '../support/localServer.js';

/** A process that listens on `port` after a short while, as Azurite and MariaDB do. */
function listener(port: number) {
  const code = `setTimeout(() => require('node:net').createServer().listen(${port}, '127.0.0.1'), 200);`;
  return spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('whenListening', () => {
  it('when the process starts listening, then it resolves, and stopping ends the process and cleans up', async () => {
    const port = await freePort();
    const child = listener(port);
    let cleaned = false;
    const stop = await whenListening(child, { name: 'listener', port, withinMs: 10_000, cleanUp: async () => void (cleaned = true) });
    expect(child.exitCode).toBeNull();
    await stop();
    expect(child.signalCode).toBe('SIGTERM');
    expect(cleaned).toBe(true);
  });

  it('when the process exits before it listens, then the error names it and tells what it wrote', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-e', 'console.error("no data folder"); process.exit(3);'], { stdio: ['ignore', 'ignore', 'pipe'] });
    await expect(whenListening(child, { name: 'MariaDB', port, withinMs: 10_000 })).rejects.toThrow(/MariaDB did not start on port \d+: .*exited[\s\S]*no data folder/);
  });
});
