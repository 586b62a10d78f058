import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { WebVisitor } from '../support/webVisitor.js';

const DAY_MS = 86_400_000;

/** What the young person types on the way to the summary: a question the bot cannot answer, a call-back with a phone number, a follow-up. */
const toSummary = [
  'ja',
  'wie wint de match vanavond?',
  'tips over werk en school',
  'zeventien',
  'ik ben gestopt',
  'nee, geen diploma',
  '9000',
  'ik werk in een garage en heb een eigen auto',
  'ik woon op mezelf',
  'mijn broer',
  'in het derde jaar bij de praktijklessen',
  'ik oefende elke dag in de werkplaats',
  'ik ben handig en behulpzaam',
  'Werken en leren samen',
  // "Wil je nog meer stappen zien?" twice, then the call-back offer.
  'ja',
  'ja',
  'ja',
  '0470 12 34 56',
  'ja',
  'infoavond duaal leren bezoeken',
  'volgende week',
  'behulpzaam',
  '7',
  'ik heb al met mijn broer gepraat',
  'dat mijn broer meegaat',
  'mijn broer en mijn CLB-begeleider',
  'dan bel ik mijn broer',
  'dat ik niet alleen sta',
  'ja',
  '8',
  'ja',
];

/** Typed texts that name this conversation and no other (short answers such as "ja" are everywhere). */
const typedTexts = ['wie wint de match vanavond', 'tips over werk en school', 'ik werk in een garage', '0470 12 34 56', '0470123456', 'infoavond duaal leren', 'dat ik niet alleen sta'];

/** Every file under a folder, with its path relative to it and its text. */
async function filesUnder(dir: string): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: file.slice(dir.length), text: await readFile(file, 'utf8') };
    }),
  );
}

/** The files (path or content) that hold any of the needles, case-insensitively, with the needle found. */
async function filesHolding(dir: string, needles: readonly string[]): Promise<string[]> {
  const lower = needles.map((needle) => needle.toLowerCase());
  return (await filesUnder(dir)).flatMap(({ path, text }) => {
    const haystack = `${path}\n${text}`.toLowerCase();
    return lower.filter((needle) => haystack.includes(needle)).map((needle) => `${path}: ${needle}`);
  });
}

describe('deleting a conversation leaves nothing of it', () => {
  let dataDir: string;
  let app: App | undefined;

  const configure = async (now?: () => Date): Promise<App> => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIRECTLINE_TOKEN_SECRET: 'hardening-token-secret-0123456789' });
    app = await createApp(config, { logger: createLogger('silent'), ...(now ? { now } : {}) });
    return app;
  };

  const start = async (): Promise<WebVisitor> => new WebVisitor(`http://127.0.0.1:${await (await configure()).start()}/v3/directline`);

  /** A consented conversation up to the summary, with a call-back request, a follow-up and an unanswered question stored. */
  const talkToSummary = async (visitor: WebVisitor): Promise<string[]> => {
    await visitor.open();
    const steps: string[] = [];
    for (const text of toSummary) steps.push(...(await visitor.say(text)));
    const records = app?.records;
    await records?.flush?.();
    expect(steps).toContain('summary');
    expect(await records?.callbacks.list()).toHaveLength(1);
    expect((await records?.insights.read())?.unanswered).toEqual([{ question: 'wie wint de match vanavond?', count: 1 }]);
    expect(await app?.followUps.nextDueAt()).toBeDefined();
    return steps;
  };

  /** "verwijder mijn gesprek", confirmed; then no file under DATA_DIR may hold the conversation id or a typed text. */
  const deleteAndScan = async (visitor: WebVisitor): Promise<void> => {
    expect(await visitor.say('verwijder mijn gesprek')).toEqual(['delete']);
    expect(await visitor.say('ja')).toEqual(['delete']);
    await app?.stop();
    app = undefined;
    expect(await filesHolding(dataDir, [visitor.conversationId, ...typedTexts])).toEqual([]);
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-delete-'));
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when the young person deletes after the summary, then no file holds the conversation id or what they typed', async () => {
    const visitor = await start();
    await talkToSummary(visitor);
    await app?.stop();
    expect(await filesHolding(dataDir, [visitor.conversationId, ...typedTexts])).not.toEqual([]);
    visitor.base = (await start()).base;

    await deleteAndScan(visitor);
  }, 60_000);

  test('when the young person deletes after "stop", then no file holds the conversation id or what they typed', async () => {
    const visitor = await start();
    await visitor.open();
    for (const text of ['ja', 'wie wint de match vanavond?', 'tips over werk en school', 'zeventien', 'ik ben gestopt', 'nee, geen diploma', '9000']) await visitor.say(text);
    await visitor.say('ik werk in een garage en heb een eigen auto, bel me op 0470 12 34 56');
    expect(await visitor.say('stop')).toEqual(['stop']);

    await deleteAndScan(visitor);
  }, 60_000);

  test('when the young person gives no consent, then the web chat history keeps no typed text or phone number', async () => {
    const visitor = await start();
    await visitor.open();
    await visitor.say('nee');
    await visitor.say('ik werk in een garage, bel me op 0470 12 34 56');
    await app?.stop();
    app = undefined;

    const history = join(dataDir, 'webchat');
    expect(await filesHolding(history, [visitor.conversationId, '0470 12 34 56', '0470123456'])).toEqual([]);
    expect(await filesHolding(history, ['ik werk in een garage, bel me op [telefoonnummer]'])).toHaveLength(1);
  }, 60_000);

  test('when the retention period has passed, then the purge leaves no file holding the conversation id or what was typed', async () => {
    const visitor = await start();
    await talkToSummary(visitor);
    await app?.stop();

    const later = new Date(Date.now() + 91 * DAY_MS);
    const purged = await (await configure(() => later)).purgeExpired();
    await app?.stop();
    app = undefined;

    expect(purged).toMatchObject({ conversations: 1, webChatHistories: 1, botState: 2 });
    expect(await filesHolding(dataDir, [visitor.conversationId, ...typedTexts])).toEqual([]);
  }, 60_000);
});
