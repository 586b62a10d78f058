import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type TranscriptConsent } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';

describe('TRANSCRIPT_CONSENT: what is kept for counsellors', () => {
  let dataDir: string;
  let app: App | undefined;

  async function chatWith(consent: TranscriptConsent): Promise<{ chat: HttpChat; app: App }> {
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, TRANSCRIPT_CONSENT: consent }), {
      logger: createLogger('silent'),
    });
    return { chat: new HttpChat(`http://127.0.0.1:${await app.start()}`, 'consent-conversation'), app };
  }

  /** The consented conversations the console would list, after every write has landed. */
  async function keptForCounsellors(running: App): Promise<number> {
    await running.records.flush?.();
    await running.transcripts.flush?.();
    const transcripts = await running.transcripts.listTranscripts('webchat');
    return (await running.records.conversations.list()).length + transcripts.items.length;
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-consent-'));
  });

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when it is ask and the young person says yes, then the conversation is kept for counsellors', async () => {
    const { chat, app: running } = await chatWith('ask');
    expect(stepsOf(await chat.join())).toContain('welcome.consent');
    await chat.say('ja');
    await chat.say('17');
    expect(await keptForCounsellors(running)).toBe(2);
  });

  test('when it is off, then the bot does not ask and keeps nothing for counsellors, even after a yes', async () => {
    const { chat, app: running } = await chatWith('off');
    expect(stepsOf(await chat.join())).not.toContain('welcome.consent');
    await chat.say('ja');
    await chat.say('17');
    expect(await keptForCounsellors(running)).toBe(0);
  });
});
