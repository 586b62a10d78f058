import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnansweredLog } from '../../dialogs/answerSources.js';
import { createLogger } from '../../src/logger.js';
import { contentDir } from '../../src/paths.js';
import { Redactor } from '../../src/privacy/redact.js';
import { FileInsightStore } from '../../src/records/lowdb/fileInsightStore.js';
import { UnansweredQuestions } from '../../src/replies/unansweredQuestions.js';

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
    await unanswered.record('Kan ik jullie bellen op 0470 12 34 56?', 'intake.age');
    await unanswered.record('  wie wint de match   vanavond? ', 'intake.age');
    await unanswered.record('Wie wint de match vanavond?', 'future.desired');

    expect((await insights.read()).unanswered).toEqual([
      { question: 'wie wint de match vanavond?', count: 2 },
      { question: 'kan ik jullie bellen op [telefoonnummer]?', count: 1 },
    ]);
  });

  it('when counting fails, then the question is dropped without an error for the young person', async () => {
    const failing: UnansweredLog = new UnansweredQuestions(
      { count: async () => Promise.reject(new Error('disk full')), read: () => insights.read() },
      Redactor.load(contentDir),
      createLogger('silent'),
    );

    await expect(failing.record('waarom?', 'intake.age')).resolves.toBeUndefined();
  });
});
