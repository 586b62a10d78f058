import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import type { ConversationServices } from '../../dialogs/services.js';
import type { CrisisSignal } from '../../src/understanding/crisis.js';
import { dialogClient, harness, seedProfile, send, type Harness } from '../support/harness.js';

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
  {
    phase: 'the outcome path ("Wil je nog meer stappen zien?")',
    profile: { ...base, school: 'stopped', qualification: 'none', place: null, future: null, futurePeople: null, success: null, strengths: null, wish: 'work' },
    step: 'outcome.work',
  },
];

/** Own sentences, plainly acute, one per kind of risk. */
const signals = [
  'ik wil niet meer leven, ik heb de pillen al klaarliggen',
  'mijn stiefvader slaat mij elke avond en ik durf niet naar huis',
  'mijn ouders hebben mij buitengezet en ik heb vannacht geen plek om te slapen',
];

async function atPhase(profile: Profile, step: string, build: (h: Harness) => ConversationServices = (h) => h.services) {
  const h = harness();
  seedProfile(h, profile);
  const client = dialogClient(h, new MainDialog(build(h)));
  await send(client, 'hoi');
  expect((await send(client, 'Verdergaan')).steps.at(-1)).toBe(step);
  return { h, client };
}

/** The real services, except that the safety check reads every message as the given signal or none. */
function withSignals(h: Harness, signals: Record<string, CrisisSignal>): ConversationServices {
  const understanding = Object.create(h.services.understanding) as ConversationServices['understanding'];
  understanding.crisis = (text: string) => signals[text] ?? null;
  return { ...h.services, understanding };
}

describe('the safety net pauses the conversation', () => {
  test.each(phases.flatMap(({ phase, profile, step }) => signals.map((signal) => ({ phase, profile, step, signal }))))(
    'when "$signal" comes during $phase, then the helplines come and the open question waits until the young person goes on',
    async ({ profile, step, signal }) => {
      const { client } = await atPhase(profile, step);
      const crisis = await send(client, signal);
      expect(crisis.steps).toEqual(['crisis', 'crisis', 'crisis']);
      expect(crisis.texts.join('\n')).toMatch(/112/);
      expect(crisis.texts.at(-1)).toMatch(/veilig/);

      const meanwhile = await send(client, 'ik weet het niet');
      expect(meanwhile.steps).toEqual(['crisis.pause']);
      expect(meanwhile.texts[0]).toMatch(/Ik ben er nog/);

      const safe = await send(client, 'Ja, ik ben veilig');
      expect(safe.steps).toEqual(['crisis.pause']);

      const onward = await send(client, 'Verder met het gesprek');
      expect(onward.steps).toEqual(['crisis.pause', step]);
    },
  );

  test('when the young person answers "nee, ik ben niet veilig", then the emergency number comes at once', async () => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step);
    await send(client, signals[0]!);
    const unsafe = await send(client, 'nee, ik ben niet veilig');
    expect(unsafe.steps.every((s) => s === 'crisis')).toBe(true);
    expect(unsafe.texts[0]).toMatch(/Bel nu meteen 112/);
  });

  test('when the young person asks for a person during the pause, then the hand-over starts', async () => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step);
    await send(client, signals[1]!);
    const human = await send(client, 'Ik wil met iemand praten');
    expect(human.steps[0]).toBe('referral');
    expect(human.steps).not.toContain('future.desired');
  });

  test('when the very first message is a crisis signal, then the welcome waits until the young person goes on', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    const first = await send(client, signals[0]!);
    expect(first.steps).toEqual(['crisis', 'crisis', 'crisis']);
    const onward = await send(client, 'verder');
    expect(onward.steps).toEqual(['crisis.pause', 'welcome', 'welcome', 'welcome.consent']);
  });

  test('when a young person who had a crisis signal comes back, then the helplines come with the welcome back', async () => {
    const h = harness();
    seedProfile(h, { ...base, crisisSeen: true });
    const back = await send(dialogClient(h, new MainDialog(h.services)), 'hoi');
    expect(back.texts.join('\n')).toMatch(/Wordt het weer zwaar\?[\s\S]*1813/);
    expect(back.steps.at(-1)).toBe('welcome');
  });

  test('when the young person types "hulplijnen" at any moment, then the helplines come', async () => {
    const { client } = await atPhase(phases[2]!.profile, phases[2]!.step);
    const replies = await send(client, 'hulplijnen');
    expect(replies.steps).toEqual(['crisis', 'crisis', 'crisis']);
  });

  test.each([
    ['English', 'i just want to die, i have the pills ready tonight', /Call 112/, /Community Help Service/],
    ['French', "je veux mourir, j'ai déjà préparé les médicaments pour ce soir", /Appelle le 112/, /0800 32 123/],
  ])('when a signal comes in %s, then one line in that language names the help in it', async (_language, signal, danger, service) => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step);
    const crisis = await send(client, signal);
    expect(crisis.steps).toEqual(['crisis', 'crisis', 'crisis']);
    expect(crisis.texts[0]).toMatch(danger);
    expect(crisis.texts[0]).toMatch(service);
    expect(crisis.texts[1]).toMatch(/1813|Awel/);
  });
});

describe('an ambiguous signal gets one safety question first', () => {
  const vague = 'ik kan zo echt niet verder';
  const check = { [vague]: { level: 'check', kind: 'suicide' } satisfies CrisisSignal };

  test('when the young person answers "nee, ik ben niet veilig", then the helplines come at once', async () => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step, (h) => withSignals(h, check));
    const question = await send(client, vague);
    expect(question.steps).toEqual(['crisis.check']);
    expect(question.texts[0]).toMatch(/Ben je nu veilig\?/);
    const unsafe = await send(client, 'nee, ik ben niet veilig');
    expect(unsafe.steps).toEqual(['crisis', 'crisis', 'crisis']);
  });

  test('when the young person says they are safe, then the conversation goes on with the open question', async () => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step, (h) => withSignals(h, check));
    await send(client, vague);
    const safe = await send(client, 'ja hoor');
    expect(safe.steps).toEqual(['crisis.check', 'future.desired']);
  });
});

describe('idioms and hard but not acute messages raise no alarm', () => {
  test('when a trap sits close to a signal, then at most the one safety question comes, never the helplines', async () => {
    const { client } = await atPhase(phases[1]!.profile, phases[1]!.step);
    const replies = await send(client, 'ik wil er een punt achter zetten met school');
    expect(replies.steps).not.toContain('crisis');
  });

  test.each(['ik ga dood van de verveling hier', 'mijn kat is vorige week gestorven, ik mis hem'])(
    'when "%s" comes, then the conversation goes on without the helplines',
    async (text) => {
      const { client } = await atPhase(phases[1]!.profile, phases[1]!.step);
      const replies = await send(client, text);
      expect(replies.steps.filter((s) => s.startsWith('crisis'))).toEqual([]);
    },
  );
});
