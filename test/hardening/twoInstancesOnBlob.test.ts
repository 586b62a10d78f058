import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { ContainerClient } from '@azure/storage-blob';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { BlobStateStorage } from '../../src/storage/blobStateStorage.js';
import { useAzurite } from '../support/azurite.js';
import { Race, Racing } from '../support/race.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { distinctSteps, expected, perspectiveScript, playScript, summaryOf } from '../support/perspectiveScript.js';

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

  it('when both take a turn of one conversation at the same moment, then the one that saves second runs again on the state the first saved: both answers are kept and the conversation goes on', async () => {
    const race = new Race();
    const container = new ContainerClient(azurite.connectionString, config.storage.kind === 'blob' ? config.storage.stateContainer : '');
    const urls = await twoInstances((instance) => new Racing(new BlobStateStorage(container), race, instance));
    const chat = (instance: number) => new HttpChat(urls[instance] ?? '', 'race-1');
    await chat(0).join();
    await chat(1).say('ja');
    await chat(1).say('tips voor werk');

    race.arm();
    const [age, school] = await Promise.all([chat(0).say('zeventien'), chat(1).say('ik ben gestopt')]);

    expect(distinctSteps(stepsOf(age))).toEqual(['intake.age', 'intake.school']);
    // Read before the age was saved, the school answer would have been taken for a wrong age; it
    // was answered again on the saved state, and only that answer was sent.
    expect(distinctSteps(stepsOf(school))).toEqual(['intake.qualification']);
    const [first] = apps;
    const logged = await first?.transcripts.getTranscriptActivities('webchat', 'race-1');
    expect(logged?.items.filter((activity) => activity.from?.role === 'user').map((activity) => activity.text)).toEqual(['ja', 'tips voor werk', 'zeventien', 'ik ben gestopt']);
    expect((await first?.records.conversations.get('race-1'))?.messageCount).toBe(logged?.items.length);
    const rest = perspectiveScript.slice(perspectiveScript.findIndex((turn) => turn.say === 'ik ben gestopt') + 1);
    const played = await playScript((text, i) => chat(i % 2).say(text), rest);
    expect(played.turns).toEqual(expected(rest));
    expect(summaryOf(played.last).fallbackText).toMatch(/17 jaar/);
  }, 60_000);
});
