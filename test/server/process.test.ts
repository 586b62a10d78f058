import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

/** What `npm start` runs, compiled by `npm run build` (which `npm test` runs first). */
const main = join(projectRoot, 'dist', 'src', 'main.js');

function startBot(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [main], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'info', ...env } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitForPort(output: () => string): Promise<number> {
  for (let i = 0; i < 300; i += 1) {
    const match = /"port":(\d+)/.exec(output());
    if (match) return Number(match[1]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot did not start:\n${output()}`);
}

describe('the bot process', () => {
  let dataDir: string;
  beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-process-'))));
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  test('when it gets SIGTERM, then it finishes, logs that it stopped and exits 0', async () => {
    const bot = startBot({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    const port = await waitForPort(bot.output);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(bot.output()).toMatch(/without Bot Framework authentication/);
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    expect(bot.output()).toMatch(/bot stopped/);
  });

  test.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
  ])('when %s=%s, then it refuses to start and names the setting', async (name, value) => {
    const bot = startBot({ DATA_DIR: dataDir, [name]: value });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toContain(`${name}="${value}"`);
  });
});
