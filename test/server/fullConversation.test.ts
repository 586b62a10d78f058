import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';
import { distinctSteps, expected, playScript, summaryOf } from '../support/perspectiveScript.js';

describe('the perspective conversation over HTTP', () => {
  let dataDir: string;
  let app: App | undefined;
  let baseUrl: string;

  const start = async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    app = await createApp(config, { logger: createLogger('silent') });
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
    expect(distinctSteps(stepsOf(await chat.join()))).toEqual(['welcome', 'welcome.consent']);
    const played = await playScript(async (text, i) => {
      if (i === 7) {
        await app?.stop();
        await start();
      }
      return new HttpChat(baseUrl, 'conversation-1').say(text);
    });

    expect(played.turns).toEqual(expected());
    const { fallbackText, content } = summaryOf(played.last);
    expect(fallbackText).toMatch(/17 jaar/);
    expect(fallbackText).toMatch(/garage/);
    expect(fallbackText).toMatch(/infoavond duaal leren/);
    expect(JSON.stringify(content)).toContain('17 jaar');
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
    await Promise.all(chats.map((chat) => chat.say('sla over')));
    const replies = await Promise.all(chats.map((chat, i) => chat.say(String(15 + (i % 10)))));
    replies.forEach((activities, i) => {
      expect(activities.map((a) => a.text).join(' ')).toContain(`je bent ${15 + (i % 10)} jaar`);
    });
  });
});
