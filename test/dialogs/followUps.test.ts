import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, play, seedProfile, send, storedProfile, type Turn } from '../support/harness.js';

/** A young person right after the intake, at the desired-future question. */
const atFuture: Profile = { consent: true, usefulFor: null, age: 19, school: 'stopped', qualification: 'none', place: null };
/** The same young person at the success question, having named their brother as important. */
const atSuccess: Profile = { ...atFuture, future: 'kok', futureMore: 'een eigen zaak', futurePeople: 'mijn broer' };
/** At the success question, having named no one. */
const atSuccessNoOne: Profile = { ...atFuture, future: 'kok', futureMore: 'een eigen zaak', futurePeople: null };
/** Just before the next step, with strengths and the outcome done. */
const atNextStep: Profile = {
  ...atSuccess,
  success: 'stage',
  successDid: 'vroeg veel',
  strengths: 'handig en behulpzaam',
  wish: 'work',
};

interface Transcript {
  name: string;
  profile: Profile;
  turns: Turn[];
  /** What the profile holds afterwards. */
  stored: Partial<Profile>;
}

/** Resumes a seeded talk: "hoi" gets the welcome back, "Verdergaan" the open question. */
const resume = (step: string): Turn[] => [
  { user: 'hoi', steps: ['welcome'] },
  { user: 'Verdergaan', steps: ['welcome', step] },
];

const transcripts: Transcript[] = [
  {
    name: 'when the future is told in a few words, then "Wat nog meer?" is offered once, with a button to skip',
    profile: atFuture,
    turns: [
      ...resume('future.desired'),
      { user: 'kok in een restaurant', steps: ['future.desired', 'future.more'], says: [/'kok in een restaurant'/, /Wat nog meer\?\n1\. Sla over$/] },
      { user: 'een eigen appartement', steps: ['future.more', 'future.people'], says: [/Ook 'een eigen appartement'/] },
    ],
    stored: { future: 'kok in een restaurant', futureMore: 'een eigen appartement', futureDifferent: undefined },
  },
  {
    name: 'when the future is told at length, then "Wat is er dan anders?" is offered instead',
    profile: atFuture,
    turns: [
      ...resume('future.desired'),
      { user: 'ik werk in een garage en heb een eigen auto', steps: ['future.desired', 'future.different'], says: [/Wat is er dan anders\?/] },
      { user: 'ik verdien mijn eigen geld', steps: ['future.different', 'future.people'], says: [/'ik verdien mijn eigen geld'/] },
    ],
    stored: { futureDifferent: 'ik verdien mijn eigen geld', futureMore: undefined },
  },
  {
    name: 'when the future sounds tired, then it is heard and no follow-up is asked',
    profile: atFuture,
    turns: [...resume('future.desired'), { user: 'ik ben gewoon moe', steps: ['future.desired', 'future.people'], says: [/klinkt zwaar/] }],
    stored: { future: 'ik ben gewoon moe', futureMore: undefined, futureDifferent: undefined },
  },
  {
    name: 'when the young person says "weet ik nie" to a follow-up, then the bot moves on at once and offers no more follow-ups',
    profile: atFuture,
    turns: [
      ...resume('future.desired'),
      { user: 'kok', steps: ['future.desired', 'future.more'] },
      { user: 'weet ik nie', steps: ['future.more', 'future.people'], says: [/We gaan verder/] },
      { user: 'mijn zus', steps: ['future.people', 'successes.moment'] },
      { user: 'toen ik mijn rijbewijs haalde', steps: ['successes.moment', 'successes.strengths'], says: [/Stel dat ik aan je zus zou vragen wat je goed kan/] },
    ],
    stored: { futureMore: null, successDid: undefined, successPerson: undefined },
  },
  {
    name: 'when the young person taps "Sla over" at a follow-up, then nothing is stored and the talk goes on',
    profile: atFuture,
    turns: [
      ...resume('future.desired'),
      { user: 'kok', steps: ['future.desired', 'future.more'] },
      { user: 'Sla over', steps: ['future.more', 'future.people'], says: [/we gaan verder/] },
    ],
    stored: { future: 'kok', futureMore: null },
  },
  {
    name: 'when they named someone before and tell a success, then "Wat deed je toen precies?" and the question to that person in their words',
    profile: atSuccess,
    turns: [
      ...resume('successes.moment'),
      { user: 'mijn stage in de keuken', steps: ['successes.moment', 'successes.did'], says: [/Wat deed je toen precies\?/] },
      { user: 'ik vroeg veel aan de chef', steps: ['successes.did', 'successes.strengths'], says: [/Stel dat ik aan je broer zou vragen wat je goed kan\. Wat zou die zeggen\?/] },
      { user: 'dat ik hard werk', steps: ['successes.strengths', 'intake.wish', 'intake.wish'], says: [/Je noemt 'dat ik hard werk'\. Dat is echt een sterkte van jou/] },
    ],
    stored: { successDid: 'ik vroeg veel aan de chef', strengths: 'dat ik hard werk' },
  },
  {
    name: 'when they named no one yet and tell a success, then "Wie speelde toen een belangrijke rol?", and that person is asked about',
    profile: atSuccessNoOne,
    turns: [
      ...resume('successes.moment'),
      { user: 'de voetbalmatch vorig jaar', steps: ['successes.moment', 'successes.person'], says: [/Wie speelde toen een belangrijke rol\?/] },
      { user: 'm\'n trainer', steps: ['successes.person', 'successes.strengths'], says: [/Stel dat ik aan je trainer zou vragen/] },
    ],
    stored: { successPerson: "m'n trainer" },
  },
  {
    name: 'when the person they named is described at length, then the friends question is asked instead of quoting them',
    profile: { ...atSuccessNoOne, futurePeople: 'mijn mama en mijn beste vriendin die er altijd voor mij is geweest' },
    turns: [
      ...resume('successes.moment'),
      { user: 'de voetbalmatch vorig jaar', steps: ['successes.moment', 'successes.person'] },
      { user: 'sla over', steps: ['successes.person', 'successes.strengths'], says: [/Wat vinden je vrienden goed aan jou\?/] },
    ],
    stored: { successPerson: null },
  },
];

describe('follow-ups: offered one at a time, never forced', () => {
  test.each(transcripts)('$name', async ({ profile, turns, stored }) => {
    const h = harness();
    seedProfile(h, profile);
    await play(dialogClient(h, new MainDialog(h.services)), turns);
    const kept = storedProfile(h);
    for (const [field, value] of Object.entries(stored)) expect({ field, value: kept[field as keyof Profile] }).toEqual({ field, value });
  });
});

/** At the next step: the outcome is done, the hand-over declined. */
async function atTheNextStep(profile: Profile = atNextStep) {
  const h = harness();
  seedProfile(h, profile);
  const client = dialogClient(h, new MainDialog(h.services));
  await send(client, 'hoi');
  let replies = await send(client, 'Verdergaan');
  while (replies.steps.at(-1)?.startsWith('outcome.')) replies = await send(client, 'ja');
  expect(replies.steps.at(-1)).toBe('referral.handover');
  expect((await send(client, 'nee')).steps.at(-1)).toBe('progress.next-step');
  return { h, client };
}

const scaleRows: Array<{ name: string; answers: Turn[]; stored: Partial<Profile> }> = [
  {
    name: 'when they give a 7, then "Wat maakt dat het al een 7 is en geen 0?" and "Wat zou één punt hoger zijn?" follow',
    answers: [
      { user: '7', steps: ['progress.confidence-basis'], says: [/^Wat maakt dat het al een 7 is en geen 0\?$/] },
      { user: 'ik heb al met mijn broer gepraat', steps: ['progress.confidence-basis', 'progress.confidence-higher'], says: [/Wat zou één punt hoger zijn\?/] },
      { user: 'dat mijn broer meegaat', steps: ['progress.confidence-higher', 'progress.supporters'], says: [/'dat mijn broer meegaat'/] },
    ],
    stored: { confidence: 7, confidenceBasis: 'ik heb al met mijn broer gepraat', confidenceHigher: 'dat mijn broer meegaat' },
  },
  {
    name: 'when they type the number in words, then it is understood',
    answers: [{ user: 'een acht denk ik', steps: ['progress.confidence-basis'], says: [/al een 8 is/] }],
    stored: { confidence: 8 },
  },
  {
    name: 'when they give a 10, then nothing is one point higher',
    answers: [
      { user: 'tien', steps: ['progress.confidence-basis'], says: [/al een 10 is/] },
      { user: 'mijn mama helpt me', steps: ['progress.confidence-basis', 'progress.supporters'] },
    ],
    stored: { confidence: 10, confidenceHigher: undefined },
  },
  {
    name: 'when the answer is not a number, then the bot asks once more kindly, and then goes on without it',
    answers: [
      { user: 'best wel', steps: ['progress.confidence'], says: [/cijfer van 1 tot 10/] },
      { user: 'geen idee eigenlijk hoor', steps: ['progress.confidence', 'progress.supporters'] },
    ],
    stored: { confidence: null, confidenceBasis: undefined },
  },
  {
    name: 'when they skip the scale, then nothing more is asked about it',
    answers: [{ user: 'sla over', steps: ['progress.supporters'] }],
    stored: { confidence: null, confidenceBasis: undefined, confidenceHigher: undefined },
  },
];

describe('the next step: the strengths they use, and how confident they are', () => {
  test('when they named strengths and a next step, then the bot asks which strength they use, in their words', async () => {
    const { h, client } = await atTheNextStep();
    const replies = await send(client, 'morgen naar de infoavond gaan');
    expect(replies.steps).toEqual(['progress.next-step', 'progress.strengths-used']);
    expect(replies.texts[1]).toMatch(/^Welke van je sterktes \('handig en behulpzaam'\) zet je daarbij in\?/);
    const next = await send(client, 'behulpzaam');
    expect(next.steps).toEqual(['progress.strengths-used', 'progress.confidence']);
    expect(next.texts[1]).toMatch(/Hoe zeker ben je dat je die stap zet\?[\s\S]*\n10\. 10$/);
    expect(next.activities[1]?.suggestedActions?.actions.map((action) => action.title)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(storedProfile(h).strengthsUsed).toBe('behulpzaam');
  });

  test('when there is no next step, then no scale is asked', async () => {
    const { client } = await atTheNextStep();
    const replies = await send(client, 'sla over');
    expect(replies.steps).toEqual(['progress.next-step', 'progress.supporters']);
  });

  test.each(scaleRows)('$name', async ({ answers, stored }) => {
    const { h, client } = await atTheNextStep({ ...atNextStep, strengths: null });
    const first = await send(client, 'morgen naar de infoavond gaan');
    expect(first.steps).toEqual(['progress.next-step', 'progress.confidence']);
    await play(client, answers);
    const kept = storedProfile(h);
    for (const [field, value] of Object.entries(stored)) expect({ field, value: kept[field as keyof Profile] }).toEqual({ field, value });
  });
});

describe('the next step gets a moment, and who does not know yet makes an appointment', () => {
  test('when the step names no moment, then "Wanneer doe je dat?" comes with buttons, and a tapped moment is kept and said back', async () => {
    const { h, client } = await atTheNextStep();
    const asked = await send(client, 'naar de infoavond gaan');
    expect(asked.steps).toEqual(['progress.next-step', 'progress.next-step-when']);
    expect(asked.activities.at(-1)?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Vandaag', 'Morgen', 'Deze week', 'Volgende week', 'Sla over']);
    const kept = await send(client, 'Morgen');
    expect(kept.texts[0]).toBe('Afgesproken: morgen.');
    expect(kept.steps.at(-1)).toBe('progress.strengths-used');
    expect(storedProfile(h).nextStepWhen).toBe('tomorrow');
  });

  test('when they type a day in their own words, then that is kept as they wrote it', async () => {
    const { h, client } = await atTheNextStep();
    await send(client, 'naar de infoavond gaan');
    const kept = await send(client, 'na de examens');
    expect(kept.texts[0]).toBe('Afgesproken: na de examens.');
    expect(storedProfile(h).nextStepWhen).toBe('na de examens');
  });

  test('when they skip the moment, then nothing is kept and the talk goes on', async () => {
    const { h, client } = await atTheNextStep();
    await send(client, 'naar de infoavond gaan');
    const skipped = await send(client, 'Sla over');
    expect(skipped.steps.at(-1)).toBe('progress.strengths-used');
    expect(storedProfile(h).nextStepWhen).toBeNull();
  });

  test.each([
    { age: 16, region: 'antwerpen' as const, who: /het CLB of je leerlingbegeleider/ },
    { age: 20, region: 'antwerpen' as const, who: /het JAC of de VDAB/ },
    { age: 20, region: 'brussel' as const, who: /het JAC of Actiris/ },
  ])('when a $age-year-old in $region does not know yet what they want, then the next step is an appointment with a person', async ({ age, region, who }) => {
    const profile: Profile = { ...atNextStep, wish: 'unsure', age, place: { region } };
    const h = harness();
    seedProfile(h, profile);
    const client = dialogClient(h, new MainDialog(h.services));
    await send(client, 'hoi');
    let replies = await send(client, 'Verdergaan');
    while (replies.steps.at(-1)?.startsWith('outcome.')) replies = await send(client, 'ja');
    replies = await send(client, 'nee');
    expect(replies.steps.at(-1)).toBe('progress.next-step');
    expect(replies.texts.at(-1)).toMatch(/met wie ga je erover praten\?/);
    expect(replies.texts.at(-1)).toMatch(who);
    const when = await send(client, 'ik bel mijn leerlingbegeleider');
    expect(when.steps.at(-1)).toBe('progress.next-step-when');
    await send(client, 'Deze week');
    expect(storedProfile(h)).toMatchObject({ nextStep: 'ik bel mijn leerlingbegeleider', nextStepWhen: 'this-week' });
  });
});
