import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity, PagedResult, TranscriptStore } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { readTranscript } from '../../src/console/transcriptExport.js';
import { UserStore } from '../../src/console/users.js';
import { createApp, type App } from '../../src/index.js';
import { shardedFile } from '../../src/storage/shardedFile.js';
import { channelFolder } from '../../src/transcripts/fileTranscriptStore.js';
import { ConsoleClient } from '../support/consoleClient.js';
import { HttpChat } from '../support/httpChat.js';
import { memoryLogger } from '../support/memoryLogger.js';

const LONG_CHANNEL = `channel-${'c'.repeat(392)}`;
const LONG_CONVERSATION = `19:${'a'.repeat(390)}@thread.v2`;

/** Every file under a folder, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('long and repeated ids', () => {
  let dataDir: string;
  let app: App;
  let baseUrl: string;
  let counsellor: ConsoleClient;
  const log = memoryLogger('warn');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-ids-'));
    await new UserStore(dataDir).add('an.peeters', 'counsellor', 'een lang wachtwoord');
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: log.logger });
    baseUrl = `http://127.0.0.1:${await app.start()}`;
    counsellor = new ConsoleClient(baseUrl);
    expect((await counsellor.signIn('an.peeters', 'een lang wachtwoord')).status).toBe(303);
  });

  afterAll(async () => {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Sends a page to the console and returns its body, checking that it shows no internals. */
  const consolePage = async (path: string, status = 200): Promise<string> => {
    const response = await counsellor.get(path);
    const body = await response.text();
    expect({ path: path.slice(0, 80), status: response.status }).toEqual({ path: path.slice(0, 80), status });
    expect(body).not.toContain(dataDir);
    expect(body).not.toMatch(/\n\s+at |ENAMETOOLONG|Error:/);
    return body;
  };

  test('when a young person on a channel with a 400-character id consents, then the transcript is written and the console finds and shows the conversation', async () => {
    const chat = new HttpChat(baseUrl, LONG_CONVERSATION, LONG_CHANNEL, 'user-long');
    await chat.join();
    await chat.say('ja');
    await chat.say('zeventien');
    await chat.say('ik werk graag in een garage');
    await app.transcripts.flush?.();

    const stored = await readTranscript(app.transcripts, LONG_CHANNEL, LONG_CONVERSATION);
    expect(stored.map((activity) => activity.text).join(' ')).toContain('garage');
    expect(log.lines().filter((line) => line.includes('could not write'))).toEqual([]);
    // Every name under DATA_DIR fits in a file name, whatever the ids.
    expect((await filesUnder(dataDir)).filter((file) => file.split('/').some((part) => part.length > 255))).toEqual([]);

    const list = await consolePage('/console/conversations');
    const found = await consolePage('/console/conversations?q=garage');
    const href = /href="(\/console\/conversations\/[^"]+)"/.exec(found)?.[1];
    expect(href).toBeDefined();
    expect(list).toContain(href);
    expect(await consolePage(href?.replaceAll('&amp;', '&') ?? '')).toContain('garage');
  });

  test('when the activities of a consented conversation repeat one id, then the console opens it, with every message', async () => {
    const chat = new HttpChat(baseUrl, 'repeated-ids', 'webchat', 'user-repeated');
    await chat.join();
    await chat.say('ja', 'same-id');
    await chat.say('zeventien', 'same-id');
    // A channel that gives every activity the same id: page ends fall on the repeated id.
    const start = Date.now();
    for (let n = 0; n < 45; n += 1) {
      await app.transcripts.logActivity({
        type: 'message',
        id: 'same-id',
        text: `bericht ${n}`,
        channelId: 'webchat',
        conversation: { id: 'repeated-ids' },
        from: { id: 'user-repeated', role: 'user' },
        recipient: { id: 'bot' },
        timestamp: new Date(start + n * 1000),
      } as Activity);
    }
    await app.transcripts.flush?.();
    const stored = await readTranscript(app.transcripts, 'webchat', 'repeated-ids');
    expect(stored.filter((activity) => activity.id === 'same-id')).toHaveLength(47);

    const response = await fetch(`${baseUrl}/console/conversations/repeated-ids`, { headers: { cookie: counsellor.cookie }, signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('zeventien');
    expect(page).toContain('bericht 0');
    expect(page).toContain('bericht 44');
  });

  test('when one conversation cannot be read, then the list and a search still answer, without it', async () => {
    const chat = new HttpChat(baseUrl, 'readable', 'webchat', 'user-readable');
    await chat.join();
    await chat.say('ja');
    await chat.say('ik wil graag koken');
    const broken = new HttpChat(baseUrl, 'unreadable', 'webchat', 'user-unreadable');
    await broken.join();
    await broken.say('ja');
    await broken.say('ik wil graag koken');
    await app.transcripts.flush?.();
    // The transcript file of one conversation is replaced by a folder: reading it fails (EISDIR).
    const file = shardedFile(join(dataDir, 'transcripts', channelFolder('webchat')), 'unreadable', '.jsonl');
    await rm(file);
    await mkdir(file);
    // And a record file that is not JSON at all.
    await mkdir(join(dataDir, 'records', 'conversations', 'zz'), { recursive: true });
    await writeFile(join(dataDir, 'records', 'conversations', 'zz', 'broken.json'), '{"key": "cut off');

    const found = await consolePage('/console/conversations?q=koken');
    expect(found).toContain('/console/conversations/readable');
    expect(found).not.toContain('/console/conversations/unreadable');
    await consolePage('/console/conversations');
    // Opening the unreadable one itself gets the generic error page.
    const failed = await consolePage('/console/conversations/unreadable', 500);
    expect(failed).toContain('Er ging iets mis');
  });

  test('when the accounts file cannot be read, then a sign-in gets a generic error that names no file', async () => {
    const accounts = UserStore.file(dataDir);
    await rm(accounts);
    await mkdir(accounts);
    const visitor = new ConsoleClient(baseUrl);
    const response = await visitor.signIn('an.peeters', 'een lang wachtwoord');
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toContain(dataDir);
    expect(body).not.toMatch(/EISDIR|users\.json|\n\s+at /);
    // The counsellor who is signed in goes on.
    await consolePage('/console/conversations');
  });
});

describe('reading a transcript from a store that pages badly', () => {
  test('when a store answers the same continuation token forever, then reading ends', async () => {
    const activity = { type: 'message', id: 'x', text: 'hoi' } as Activity;
    const looping: Pick<TranscriptStore, 'getTranscriptActivities'> = {
      getTranscriptActivities: async (): Promise<PagedResult<Activity>> => ({ items: Array(20).fill(activity), continuationToken: 'x' }),
    };
    const read = await readTranscript(looping as TranscriptStore, 'webchat', 'c1');
    expect(read.length).toBeLessThanOrEqual(40);
  });

  test('when a store keeps giving new tokens, then reading stops at the cap', async () => {
    let page = 0;
    const endless: Pick<TranscriptStore, 'getTranscriptActivities'> = {
      getTranscriptActivities: async (): Promise<PagedResult<Activity>> => ({
        items: [{ type: 'message', id: `a${page}` } as Activity],
        continuationToken: `token-${page++}`,
      }),
    };
    expect((await readTranscript(endless as TranscriptStore, 'webchat', 'c1')).length).toBe(10_000);
  });
});
