import type { Profile } from '../../dialogs/profile.js';
import type { InsightEvent } from '../../src/records/types.js';
import { turnInsights, type InsightMarks } from '../../src/transcripts/turnInsights.js';

const now = new Date('2026-11-24T10:00:00Z');

const cases: Array<{ name: string; steps: string[]; profile?: Profile; marks?: InsightMarks; events: InsightEvent[] }> = [
  {
    name: 'the first welcome starts a conversation in its week',
    steps: ['welcome', 'welcome', 'welcome.consent'],
    events: [
      { kind: 'conversation-started', week: '2026-W48' },
      { kind: 'step-reached', step: 'welcome' },
      { kind: 'step-reached', step: 'welcome.consent' },
    ],
  },
  { name: 'a step reached before counts no more', steps: ['welcome', 'intake.age'], marks: { steps: ['welcome'] }, events: [{ kind: 'step-reached', step: 'intake.age' }] },
  {
    name: 'the first crisis step flags a crisis',
    steps: ['crisis', 'crisis'],
    events: [
      { kind: 'step-reached', step: 'crisis' },
      { kind: 'crisis-flagged', week: '2026-W48' },
    ],
  },
  {
    name: 'an outcome step tells the wish',
    steps: ['outcome.combine', 'referral'],
    events: [
      { kind: 'step-reached', step: 'outcome.combine' },
      { kind: 'outcome-chosen', wish: 'combine' },
      { kind: 'step-reached', step: 'referral' },
    ],
  },
  { name: 'an unknown outcome step is only a step', steps: ['outcome.holiday'], events: [{ kind: 'step-reached', step: 'outcome.holiday' }] },
  { name: 'a known score counts once', steps: [], profile: { score: 9 }, events: [{ kind: 'score-given', score: 9 }] },
  { name: 'a score counted before counts no more', steps: [], profile: { score: 9 }, marks: { steps: [], scored: true }, events: [] },
  { name: 'a skipped score counts nothing', steps: [], profile: { score: null }, events: [] },
];

describe('turnInsights', () => {
  it.each(cases)('when $name, then the events are as expected', ({ steps, profile = {}, marks = { steps: [] }, events }) => {
    expect(turnInsights(steps, profile, marks, now).events).toEqual(events);
  });

  it('when a turn is counted, then the marks remember its steps and the score, nothing else', () => {
    const { marks } = turnInsights(['welcome', 'intake.age'], { score: 7, future: 'kok worden' }, { steps: ['welcome'] }, now);

    expect(marks).toEqual({ steps: ['welcome', 'intake.age'], scored: true });
  });
});
