import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';

/** The whole perspective conversation, as a young person would have it, with the steps each answer leads to. */
const script: Array<{ say: string; expect: string[] }> = [
  { say: 'ja', expect: ['welcome.consent', 'intake.age'] },
  { say: 'zeventien', expect: ['intake.age', 'intake.school'] },
  { say: 'ik ben gestopt', expect: ['intake.qualification'] },
  { say: 'nee, geen diploma', expect: ['intake.region'] },
  { say: '9000', expect: ['future.desired'] },
  { say: 'ik werk in een garage en heb een eigen auto', expect: ['future.people'] },
  { say: 'mijn broer', expect: ['future.people', 'successes.moment'] },
  { say: 'in het derde jaar bij de praktijklessen', expect: ['successes.strengths'] },
  { say: 'ik ben handig en behulpzaam', expect: ['successes.strengths', 'intake.wish'] },
  { say: 'Werken en leren samen', expect: ['outcome.combine', 'referral', 'progress.next-step'] },
  { say: 'infoavond duaal leren bezoeken', expect: ['progress.supporters'] },
  { say: 'mijn broer en mijn CLB-begeleider', expect: ['obstacles'] },
  { say: 'dan bel ik mijn broer', expect: ['obstacles', 'wrapup.takeaway'] },
  { say: 'dat ik niet alleen sta', expect: ['wrapup.score'] },
  { say: '8', expect: ['wrapup.follow-up'] },
  { say: 'ja', expect: ['wrapup.follow-up', 'summary'] },
];

function unique(steps: string[]): string[] {
  return steps.filter((step, i) => steps[i - 1] !== step);
}

describe('the perspective conversation over HTTP', () => {
  let dataDir: string;
  let app: App | undefined;
  let baseUrl: string;

  const start = async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    app = createApp(config, { logger: createLogger('silent') });
    baseUrl = `http://127.0.0.1:${await app.start()}`;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-'));
    await start();
  });

  afterEach(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a young person goes through the whole talk, with a server restart halfway, then it reaches the summary and nothing is lost', async () => {
    const chat = new HttpChat(baseUrl, 'conversation-1');
    expect(unique(stepsOf(await chat.join()))).toEqual(['welcome', 'welcome.consent']);
    let last: Partial<Activity>[] = [];
    for (const [i, turn] of script.entries()) {
      if (i === 7) {
        await app?.stop();
        await start();
      }
      last = await new HttpChat(baseUrl, 'conversation-1').say(turn.say);
      expect({ say: turn.say, steps: unique(stepsOf(last)) }).toEqual({ say: turn.say, steps: turn.expect });
    }
    const summary = last.find((a) => (a.attachments ?? []).length > 0);
    const fallback = String((summary?.channelData as { fallbackText?: string }).fallbackText);
    expect(fallback).toMatch(/17 jaar/);
    expect(fallback).toMatch(/garage/);
    expect(fallback).toMatch(/infoavond duaal leren/);
    expect(JSON.stringify(summary?.attachments?.[0]?.content)).toContain('17 jaar');
  });

  test('when /healthz is asked, then the bot answers 200', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('when many conversations run at once, then each gets its own answers', async () => {
    const chats = Array.from({ length: 20 }, (_, i) => new HttpChat(baseUrl, `parallel-${i}`, 'webchat', `user-${i}`));
    await Promise.all(chats.map((chat) => chat.join()));
    await Promise.all(chats.map((chat) => chat.say('ja')));
    const replies = await Promise.all(chats.map((chat, i) => chat.say(String(15 + (i % 10)))));
    replies.forEach((activities, i) => {
      expect(activities.map((a) => a.text).join(' ')).toContain(`je bent ${15 + (i % 10)} jaar`);
    });
  });
});
