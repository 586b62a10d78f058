import type { Profile } from '../../dialogs/profile.js';
import { OutcomeDialog } from '../../dialogs/outcomeDialog.js';
import { dialogClient, harness, seedProfile, send } from '../support/harness.js';

const cases: Array<{ name: string; profile: Profile; step: string; says: RegExp[]; never?: RegExp[] }> = [
  {
    name: 'when a 17-year-old without a diploma wants to work, then leerplicht and the allowance rule are explained',
    profile: { age: 17, qualification: 'none', wish: 'work', place: { region: 'oost-vlaanderen', postcode: '9000' } },
    step: 'outcome.work',
    says: [/VDAB/, /0800 30 700/, /leerplichtig/, /sinds 1 maart 2026 geen inschakelingsuitkering/],
  },
  {
    name: 'when a 20-year-old in Brussels wants to study, then Actiris and Brussels rules are mentioned',
    profile: { age: 20, qualification: 'none', wish: 'study', place: { region: 'brussel', postcode: '1080' } },
    step: 'outcome.study',
    says: [/examencommissie/, /Actiris/],
    never: [/leerplichtig/, /inschakelingsuitkering/],
  },
  {
    name: 'when the young person has another certificate, then the bot does not claim it counts',
    profile: { age: 19, qualification: 'other-qualification', wish: 'combine' },
    step: 'outcome.combine',
    says: [/duaal leren/, /niet zeker/],
  },
  {
    name: 'when no outcome was chosen, then the "don\'t know yet" path is shown',
    profile: { age: 22 },
    step: 'outcome.unsure',
    says: [/welke-job-past-bij-me/],
  },
];

describe('OutcomeDialog', () => {
  test.each(cases)('$name', async ({ profile, step, says, never = [] }) => {
    const h = harness();
    seedProfile(h, profile);
    const replies = await send(dialogClient(h, new OutcomeDialog(h.services)), 'verder');
    const all = replies.texts.join('\n');
    expect(replies.steps.slice(0, 2)).toEqual([step, step]);
    expect(replies.steps.slice(-3)).toEqual(['referral', 'referral', 'referral.handover']);
    for (const pattern of says) expect(all).toMatch(pattern);
    for (const pattern of never) expect(all).not.toMatch(pattern);
  });
});
