import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { distinctSteps, perspectiveScript } from '../support/perspectiveScript.js';

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

let azurite: Azurite;
let dataDir: string;
let config: Config;
let apps: App[] = [];
let run = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite.stop();
});

beforeEach(async () => {
  run += 1;
  dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-blob-'));
  config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STATE_CONTAINER: `scale-state-${run}`,
    AZURE_TRANSCRIPTS_CONTAINER: `scale-transcripts-${run}`,
  });
});

afterEach(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  apps = [];
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts two bot instances on the same containers; resolves with their base URLs. */
async function twoInstances(storage?: (instance: number) => Storage): Promise<[string, string]> {
  apps = [0, 1].map((instance) =>
    createApp(config, { logger: createLogger('silent'), ...(storage ? { storage: storage(instance) } : {}) }),
  );
  const [a, b] = await Promise.all(apps.map((app) => app.start()));
  return [`http://127.0.0.1:${a}`, `http://127.0.0.1:${b}`];
}

describe('two bot instances on Blob storage', () => {
  it('when one conversation alternates between them turn by turn, then it reaches the summary with nothing lost or repeated', async () => {
    const urls = await twoInstances();
    const chatOn = (turn: number) => new HttpChat(urls[turn % 2] ?? '', 'scale-out-1');

    expect(distinctSteps(stepsOf(await chatOn(0).join()))).toEqual(['welcome', 'welcome.consent']);
    let last = await chatOn(1).say(perspectiveScript[0]?.say ?? '');
    for (const [i, turn] of perspectiveScript.entries()) {
      if (i > 0) last = await chatOn(i + 1).say(turn.say);
      expect({ say: turn.say, steps: distinctSteps(stepsOf(last)) }).toEqual({ say: turn.say, steps: turn.expect });
    }
    const summary = last.find((a) => (a.attachments ?? []).length > 0);
    const fallback = String((summary?.channelData as { fallbackText?: string }).fallbackText);
    expect(fallback).toMatch(/17 jaar/);
    expect(fallback).toMatch(/garage/);
    expect(fallback).toMatch(/infoavond duaal leren/);
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
    const next = await chat(1).say('ik ben gestopt');
    expect(distinctSteps(stepsOf(next))).toEqual(['intake.qualification']);
    const rest = perspectiveScript.slice(perspectiveScript.findIndex((turn) => turn.say === 'ik ben gestopt') + 1);
    let last = next;
    for (const [i, turn] of rest.entries()) last = await chat(i % 2).say(turn.say);
    const summary = last.find((a) => (a.attachments ?? []).length > 0);
    expect(String((summary?.channelData as { fallbackText?: string }).fallbackText)).toMatch(/1[78] jaar/);
  }, 60_000);
});
