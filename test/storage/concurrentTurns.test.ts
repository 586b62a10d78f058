import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { distinctSteps, expected, perspectiveScript, playScript, summaryOf } from '../support/perspectiveScript.js';
import { Race, Racing } from '../support/race.js';

let dirs: string[] = [];
let apps: App[] = [];

afterEach(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  apps = [];
  dirs = [];
});

/**
 * Two bots in this process whose conversation state is one FileStorage (lowdb files on a temp dir),
 * each with its own way into it through the race; resolves with their base URLs.
 */
async function twoBotsOnOneFileStore(race: Race): Promise<[string, string]> {
  const stateDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-state-'));
  dirs.push(stateDir);
  const state = new FileStorage({ dir: stateDir });
  apps = await Promise.all(
    [0, 1].map(async (instance) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-turns-'));
      dirs.push(dataDir);
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
      return createApp(config, { logger: createLogger('silent'), storage: new Racing(state, race, instance) });
    }),
  );
  const [a, b] = await Promise.all(apps.map((app) => app.start()));
  return [`http://127.0.0.1:${a}`, `http://127.0.0.1:${b}`];
}

describe('two turns of one conversation at once on the file store', () => {
  it('when both read the same state, then the one that saves second runs again on the saved state: both answers are kept and the conversation goes on', async () => {
    const race = new Race();
    const urls = await twoBotsOnOneFileStore(race);
    const chat = (instance: number) => new HttpChat(urls[instance] ?? '', 'file-race-1');
    await chat(0).join();
    await chat(0).say('ja');
    await chat(0).say('tips voor werk');

    race.arm();
    const [age, school] = await Promise.all([chat(0).say('zeventien'), chat(1).say('ik ben gestopt')]);

    expect(distinctSteps(stepsOf(age))).toEqual(['intake.age', 'intake.school']);
    expect(distinctSteps(stepsOf(school))).toEqual(['intake.qualification']);
    const rest = perspectiveScript.slice(perspectiveScript.findIndex((turn) => turn.say === 'ik ben gestopt') + 1);
    const played = await playScript((text) => chat(0).say(text), rest);
    expect(played.turns).toEqual(expected(rest));
    expect(summaryOf(played.last).fallbackText).toMatch(/17 jaar/);
  }, 60_000);
});
