import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, seedProfile, send } from '../support/harness.js';

/** Profiles that bring a returning young person to each phase of the conversation. */
const base: Profile = { consent: true, age: 17 };
const phases: Array<{ phase: string; profile: Profile; step: string }> = [
  { phase: 'intake', profile: base, step: 'intake.school' },
  { phase: 'desired future', profile: { ...base, school: 'stopped', qualification: 'none', place: null }, step: 'future.desired' },
  {
    phase: 'successes',
    profile: { ...base, school: 'stopped', qualification: 'none', place: null, future: 'werken', futurePeople: null },
    step: 'successes.moment',
  },
  {
    phase: 'the choice',
    profile: { ...base, school: 'stopped', qualification: 'none', place: null, future: null, futurePeople: null, success: null, strengths: null },
    step: 'intake.wish',
  },
];

const signals = [
  'ik wil niet meer leven',
  'mijn vader slaat mij als hij gedronken heeft',
  'ik heb vannacht geen plek om te slapen',
];

const idioms = ['ik ga dood van de verveling hier', 'die leraar maakt me echt kapot', 'ik wil er een punt achter zetten met school'];

describe('the safety check in every phase', () => {
  test.each(phases.flatMap(({ phase, profile, step }) => signals.map((signal) => ({ phase, profile, step, signal }))))(
    'when "$signal" comes during $phase, then helplines come first and the open question follows',
    async ({ profile, step, signal }) => {
      const h = harness();
      seedProfile(h, profile);
      const client = dialogClient(h, new MainDialog(h.services));
      await send(client, 'hoi');
      expect((await send(client, 'Verdergaan')).steps.at(-1)).toBe(step);
      const replies = await send(client, signal);
      expect(replies.steps[0]).toBe('crisis');
      expect(replies.steps.at(-1)).toBe(step);
      expect(replies.texts.join('\n')).toMatch(/bel|chat/);
    },
  );

  test.each(idioms)('when an idiom like "%s" comes, then no alarm is raised', async (idiom) => {
    const h = harness();
    seedProfile(h, phases[1]?.profile ?? base);
    const client = dialogClient(h, new MainDialog(h.services));
    await send(client, 'hoi');
    await send(client, 'Verdergaan');
    const replies = await send(client, idiom);
    expect(replies.steps).not.toContain('crisis');
  });
});
