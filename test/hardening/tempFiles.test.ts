import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { shardedFile } from '../../src/storage/shardedFile.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';

async function tempFilesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.tmp'));
}

describe('temporary files of interrupted writes', () => {
  let dataDir: string;
  let app: App | undefined;

  const start = async (): Promise<string> => {
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: createLogger('silent') });
    return `http://127.0.0.1:${await app.start()}`;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-tmp-'));
  });

  afterEach(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the bot restarts after first writes were cut off, then no temporary file is left and the conversations go on', async () => {
    let baseUrl = await start();
    await new HttpChat(baseUrl, 'going-on').join();
    await app?.stop();
    app = undefined;
    // What a process killed between writing and renaming leaves: lowdb's `.<file>.tmp` next to
    // where the file would be (state, records), and `<file>.tmp` of the web chat and follow-ups.
    const firstWrite = shardedFile(join(dataDir, 'state'), 'webchat/conversations/never-finished');
    const leftovers = [
      join(dirname(firstWrite), `.${basename(firstWrite)}.tmp`),
      join(dataDir, 'records', 'conversations', 'ab', '.abcdef.json.tmp'),
      join(dataDir, 'webchat', 'conversation-1.json.tmp'),
      join(dataDir, 'followups', '0123abcd.json.tmp'),
    ];
    for (const file of leftovers) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, '{"key":"cut off');
    }
    expect(await tempFilesUnder(dataDir)).toHaveLength(4);

    baseUrl = await start();

    expect(await tempFilesUnder(dataDir)).toEqual([]);
    expect(stepsOf(await new HttpChat(baseUrl, 'going-on').say('ja'))).toContain('welcome.useful-for');
  });
});
