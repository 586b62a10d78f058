import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { HttpChat, stepsOf } from '../support/httpChat.js';

/**
 * Answers that bring the conversation from the age question to the choice among the four outcomes;
 * the follow-up on the future ("Wat nog meer?") is skipped, so no other follow-up is offered.
 */
const toTheChoice = ['ik ben gestopt', 'nee', 'Leuven', 'iets met auto’s', 'sla over', 'mijn ouders', 'sla over', 'ik kan goed met mijn handen werken'];

describe('factual questions in the middle of a prompt, over HTTP', () => {
  let dataDir: string;
  let app: App;
  let chat: HttpChat;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-questions-'));
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: createLogger('silent') });
    chat = new HttpChat(`http://127.0.0.1:${await app.start()}`, 'questions-1');
    await chat.join();
    await chat.say('ja');
    await chat.say('sla over');
  });

  afterAll(async () => {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when a question comes during the age prompt, then it is answered and the age question is asked again', async () => {
    const replies = await chat.say('moet ik me inschrijven bij de vdab?');
    expect(stepsOf(replies)).toEqual(['kb.answer', 'kb.answer', 'intake.age']);
    expect(replies[0]?.channelData).toMatchObject({ kbId: 'vdab-inschrijven' });
    expect(stepsOf(await chat.say('18'))).toEqual(['intake.age', 'intake.school']);
  });

  test('when a question comes during the choice of an outcome, then it is answered and the choice is offered again', async () => {
    let last = await chat.say(toTheChoice[0] ?? '');
    for (const answer of toTheChoice.slice(1)) last = await chat.say(answer);
    expect(stepsOf(last).at(-1)).toBe('intake.wish');
    const replies = await chat.say('hoeveel dagen moet ik wachten op mijn uitkering na school?');
    expect(stepsOf(replies)).toEqual(['kb.answer', 'kb.answer', 'intake.wish']);
    expect(replies.at(-1)?.suggestedActions?.actions).toHaveLength(4);
    expect(stepsOf(await chat.say('werken')).slice(0, 1)).toEqual(['outcome.work']);
  });
});
