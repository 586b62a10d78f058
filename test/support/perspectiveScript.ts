/**
 * The whole perspective conversation as a young person would have it, with the steps each answer
 * leads to. Shared by the server tests and the benchmark.
 */
export const perspectiveScript: ReadonlyArray<{ say: string; expect: readonly string[] }> = [
  { say: 'ja', expect: ['welcome.consent', 'intake.age'] },
  { say: 'zeventien', expect: ['intake.age', 'intake.school'] },
  { say: 'ik ben gestopt', expect: ['intake.qualification'] },
  { say: 'nee, geen diploma', expect: ['intake.region'] },
  { say: '9000', expect: ['future.desired'] },
  { say: 'ik werk in een garage en heb een eigen auto', expect: ['future.people'] },
  { say: 'mijn broer', expect: ['future.people', 'successes.moment'] },
  { say: 'in het derde jaar bij de praktijklessen', expect: ['successes.strengths'] },
  { say: 'ik ben handig en behulpzaam', expect: ['successes.strengths', 'intake.wish'] },
  { say: 'Werken en leren samen', expect: ['outcome.combine', 'referral', 'referral.handover'] },
  { say: 'nee, nu niet', expect: ['referral.handover', 'progress.next-step'] },
  { say: 'infoavond duaal leren bezoeken', expect: ['progress.supporters'] },
  { say: 'mijn broer en mijn CLB-begeleider', expect: ['obstacles'] },
  { say: 'dan bel ik mijn broer', expect: ['obstacles', 'wrapup.takeaway'] },
  { say: 'dat ik niet alleen sta', expect: ['wrapup.score'] },
  { say: '8', expect: ['wrapup.follow-up'] },
  { say: 'ja', expect: ['wrapup.follow-up', 'summary'] },
];

/** The steps of a reply with repeats in a row left out: what the young person saw, step by step. */
export function distinctSteps(steps: readonly string[]): string[] {
  return steps.filter((step, i) => steps[i - 1] !== step);
}
