import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnansweredLog } from '../../dialogs/answerSources.js';
import { createLogger } from '../../src/logger.js';
import { contentDir } from '../../src/paths.js';
import { Redactor } from '../../src/privacy/redact.js';
import { conversationKey } from '../../src/records/conversationKey.js';
import { FileInsightStore } from '../../src/records/lowdb/fileInsightStore.js';
import { UnansweredQuestions } from '../../src/replies/unansweredQuestions.js';

const first = { channelId: 'webchat', conversationId: 'conversation-1' };
const second = { channelId: 'webchat', conversationId: 'conversation-2' };

let dir: string;
let insights: FileInsightStore;
let unanswered: UnansweredLog;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unanswered-'));
  insights = new FileInsightStore(dir);
  unanswered = new UnansweredQuestions(insights, Redactor.load(contentDir), createLogger('silent'));
});

afterEach(async () => {
  await insights.flush();
  await rm(dir, { recursive: true, force: true });
});

describe('UnansweredQuestions', () => {
  it('when questions are recorded, then they are counted redacted, and the same question written differently adds up', async () => {
    await unanswered.record('Kan ik jullie bellen op 0470 12 34 56?', first);
    await unanswered.record('  wie wint de match   vanavond? ', first);
    await unanswered.record('Wie wint de match vanavond?', second);

    expect((await insights.read()).unanswered).toEqual([
      { question: 'wie wint de match vanavond?', count: 2 },
      { question: 'kan ik jullie bellen op [telefoonnummer]?', count: 1 },
    ]);
  });

  it('when a conversation is deleted, then its questions go and those of other conversations stay', async () => {
    await unanswered.record('Wie wint de match vanavond?', first);
    await unanswered.record('Hoe laat is het?', first);
    await unanswered.record('wie wint de match vanavond', second);
    await insights.forgetConversation(conversationKey(first.channelId, first.conversationId));
    await insights.flush();

    expect((await insights.read()).unanswered).toEqual([{ question: 'wie wint de match vanavond', count: 1 }]);
    expect(await readFile(join(dir, 'questions.json'), 'utf8')).not.toMatch(/hoe laat|conversation-1/i);
  });

  it('when the retention period is over, then the questions asked before it go', async () => {
    let clock = new Date('2026-08-01T10:00:00Z');
    const dated = new UnansweredQuestions(insights, Redactor.load(contentDir), createLogger('silent'), () => clock);
    await dated.record('Wie wint de match?', first);
    clock = new Date('2026-11-01T10:00:00Z');
    await dated.record('Hoe laat is het?', second);

    expect(await insights.deleteUnansweredBefore(new Date('2026-10-01T00:00:00Z'))).toBe(1);
    expect((await insights.read()).unanswered).toEqual([{ question: 'hoe laat is het?', count: 1 }]);
  });

  it('when counting fails, then the question is dropped without an error for the young person', async () => {
    const failing: UnansweredLog = new UnansweredQuestions(
      {
        count: async () => undefined,
        addUnanswered: async () => Promise.reject(new Error('disk full')),
        forgetConversation: async () => undefined,
        deleteUnansweredBefore: async () => 0,
        read: () => insights.read(),
      },
      Redactor.load(contentDir),
      createLogger('silent'),
    );

    await expect(failing.record('waarom?', first)).resolves.toBeUndefined();
  });
});
