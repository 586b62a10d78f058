import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { useAzurite } from '../support/azurite.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { distinctSteps, expected, perspectiveScript, playScript, summaryOf } from '../support/perspectiveScript.js';

/** Holds back reads of conversation state until `parties` turns have read it. */
class ReadBarrier {
  parties = 1;
  #waiting: Array<() => void> = [];

  async pass(): Promise<void> {
    if (this.parties < 2) return;
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      if (this.#waiting.length >= this.parties) this.#waiting.splice(0).forEach((release) => release());
    });
  }
}

/**
 * Blob state whose reads of conversation state go through a barrier shared by the instances: the
 * turns then all start from the same state, as when two instances take a turn at the very same moment.
 */
class SimultaneousReads implements Storage {
  constructor(
    private readonly inner: BlobsStorage,
    private readonly barrier: ReadBarrier,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    if (keys.some((key) => key.includes('/conversations/'))) await this.barrier.pass();
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

const azurite = useAzurite();

let dataDir: string;
let config: Config;
let apps: App[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-blob-'));
  config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...azurite.blobEnv() });
});

afterEach(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  apps = [];
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts two bot instances on the same containers; resolves with their base URLs. */
async function twoInstances(storage?: (instance: number) => Storage): Promise<[string, string]> {
  apps = await Promise.all(
    [0, 1].map((instance) => createApp(config, { logger: createLogger('silent'), ...(storage ? { storage: storage(instance) } : {}) })),
  );
  const [a, b] = await Promise.all(apps.map((app) => app.start()));
  return [`http://127.0.0.1:${a}`, `http://127.0.0.1:${b}`];
}

describe('two bot instances on Blob storage', () => {
  it('when one conversation alternates between them turn by turn, then it reaches the summary with nothing lost or repeated', async () => {
    const urls = await twoInstances();
    const chatOn = (turn: number) => new HttpChat(urls[turn % 2] ?? '', 'scale-out-1');

    expect(distinctSteps(stepsOf(await chatOn(0).join()))).toEqual(['welcome', 'welcome.consent']);
    const played = await playScript((text, i) => chatOn(i + 1).say(text));

    expect(played.turns).toEqual(expected());
    const { fallbackText } = summaryOf(played.last);
    expect(fallbackText).toMatch(/17 jaar/);
    expect(fallbackText).toMatch(/garage/);
    expect(fallbackText).toMatch(/infoavond duaal leren/);
  }, 60_000);

  // botbuilder 4.23's BotState.saveChanges always writes with eTag '*', so simultaneous turns on one
  // conversation do not conflict: the later save wins whole (see README, Scale-out).
  it('when both take a turn of one conversation at the same moment, then both answer, one answer is kept whole and the conversation goes on', async () => {
    const barrier = new ReadBarrier();
    const container = config.storage.kind === 'blob' ? config.storage.stateContainer : '';
    const urls = await twoInstances(() => new SimultaneousReads(new BlobsStorage(azurite.connectionString, container), barrier));
    const chat = (instance: number) => new HttpChat(urls[instance] ?? '', 'race-1');
    await chat(0).join();
    await chat(1).say('ja');

    barrier.parties = 2;
    const replies = await Promise.all([chat(0).say('zeventien'), chat(1).say('achttien')]);
    barrier.parties = 1;

    replies.forEach((activities) => expect(distinctSteps(stepsOf(activities))).toEqual(['intake.age', 'intake.school']));
    // The console's record counts the messages of both turns: its update is guarded by the blob's ETag.
    const [first] = apps;
    const logged = await first?.transcripts.getTranscriptActivities('webchat', 'race-1');
    expect(logged?.continuationToken).toBeFalsy();
    expect((await first?.records.conversations.get('race-1'))?.messageCount).toBe(logged?.items.length);
    const next = await chat(1).say('ik ben gestopt');
    expect(distinctSteps(stepsOf(next))).toEqual(['intake.qualification']);
    const rest = perspectiveScript.slice(perspectiveScript.findIndex((turn) => turn.say === 'ik ben gestopt') + 1);
    const { last } = await playScript((text, i) => chat(i % 2).say(text), rest);
    expect(summaryOf(last).fallbackText).toMatch(/1[78] jaar/);
  }, 60_000);
});
