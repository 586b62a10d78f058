import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import type { ConversationServices } from '../../dialogs/services.js';
import type { ReplyReading } from '../../src/understanding/replyKind.js';
import { dialogClient, harness, seedProfile, send, storedProfile, type Harness } from '../support/harness.js';

/** After a concrete answer about the future comes its one follow-up (dialogs/followUps.ts): here a longer or a short answer. */
const NEXT_AFTER_FUTURE = expect.stringMatching(/^future\.(different|more)$/);

/** A young person who is at the desired-future question: the first open question. */
const atFuture: Profile = { consent: true, age: 19, school: 'stopped', qualification: 'none', place: null };

async function atOpenQuestion(build: (h: Harness) => ConversationServices = (h) => h.services) {
  const h = harness();
  seedProfile(h, atFuture);
  const client = dialogClient(h, new MainDialog(build(h)));
  await send(client, 'hoi');
  const resumed = await send(client, 'Verdergaan');
  expect(resumed.steps.at(-1)).toBe('future.desired');
  return { h, client };
}

/** The real services, except that replies are read as given (for the kinds the bot is not sure of). */
function withReadings(h: Harness, readings: Record<string, ReplyReading>): ConversationServices {
  const understanding = Object.create(h.services.understanding) as ConversationServices['understanding'];
  const real = h.services.understanding.reply.bind(h.services.understanding);
  understanding.reply = (text, command) => readings[text] ?? real(text, command);
  return { ...h.services, understanding };
}

describe('a message at an open question is read by its kind', () => {
  test.each([
    { lang: 'Dutch', text: 'hoelang moet ik wachten voor ik mijn inschakelingsuitkering krijg' },
    { lang: 'English', text: 'how much money is the integration allowance' },
    { lang: 'French', text: "c'est combien l'allocation d'insertion par mois" },
  ])('when a factual question comes in $lang, then it gets its answer, the open question comes again, and nothing is stored', async ({ text }) => {
    const { h, client } = await atOpenQuestion();
    const replies = await send(client, text);
    expect(replies.steps).toContain('kb.answer');
    expect(replies.steps.at(-1)).toBe('future.desired');
    expect(storedProfile(h).future).toBeUndefined();
  });

  test('when a question is outside what the bot knows, then it says so, offers a person and asks the open question again', async () => {
    const { h, client } = await atOpenQuestion();
    const replies = await send(client, 'weet jij wanneer de volgende match van club brugge is');
    expect(replies.steps).toEqual(['kb.unknown', 'future.desired']);
    expect(storedProfile(h).future).toBeUndefined();
  });

  test.each([
    { lang: 'Dutch', text: 'wat bedoel je met teletijdmachine?' },
    { lang: 'English', text: 'what do you mean?' },
    { lang: 'French', text: "je comprends pas la question, tu veux dire quoi" },
  ])('when the young person asks what the question means ($lang), then it is explained with an example and their answer after it is kept', async ({ text }) => {
    const { h, client } = await atOpenQuestion();
    const explained = await send(client, text);
    expect(explained.steps).toEqual(['future.desired']);
    expect(explained.texts[0]).toMatch(/Ik bedoel[\s\S]*Bijvoorbeeld/);
    expect(storedProfile(h).future).toBeUndefined();
    const answered = await send(client, 'ik werk in een garage');
    expect(answered.steps.at(-1)).toEqual(NEXT_AFTER_FUTURE);
    expect(storedProfile(h).future).toBe('ik werk in een garage');
  });

  test.each([
    { lang: 'Dutch', text: 'kan ik met een echte mens praten' },
    { lang: 'English', text: 'can I talk to a real person please' },
    { lang: 'French', text: 'je veux parler avec une vraie personne' },
  ])('when the young person asks for a real person ($lang), then the hand-over starts at once', async ({ text }) => {
    const { h, client } = await atOpenQuestion();
    const replies = await send(client, text);
    expect(replies.steps[0]).toBe('referral');
    expect(replies.steps.at(-1)).toBe('referral.handover');
    expect(storedProfile(h).future).toBeUndefined();
  });

  test('when the young person says "weet ik niet", then the bot is patient and asks from another angle; a second time it goes on without an answer', async () => {
    const { h, client } = await atOpenQuestion();
    const first = await send(client, 'kweenie');
    expect(first.steps).toEqual(['future.desired', 'future.desired']);
    expect(first.texts[0]).toMatch(/oké/i);
    expect(first.texts[1]).toMatch(/zeker niet meer/);
    const second = await send(client, 'geen idee echt');
    expect(second.texts[0]).toMatch(/Geen probleem/);
    expect(second.steps.at(-1)).toBe('future.people');
    expect(storedProfile(h).future).toBeNull();
  });

  test('when the young person answers after the other angle, then that answer is kept', async () => {
    const { h, client } = await atOpenQuestion();
    await send(client, 'geen idee');
    await send(client, 'ik wil zeker niet meer thuis zitten, ik wil in de zorg werken');
    expect(storedProfile(h).future).toBe('ik wil zeker niet meer thuis zitten, ik wil in de zorg werken');
  });

  test.each(['liever niet', 'skip this one please', 'sla over'])('when the young person skips with "%s", then nothing is stored and the next question comes', async (text) => {
    const { h, client } = await atOpenQuestion();
    const replies = await send(client, text);
    expect(replies.steps.at(-1)).toBe('future.people');
    expect(storedProfile(h).future).toBeNull();
  });

  test.each(['ik wil stoppen met dit gesprek', 'stop', 'je veux arrêter cette conversation'])('when the young person says "%s", then the conversation stops', async (text) => {
    const { client } = await atOpenQuestion();
    const replies = await send(client, text);
    expect(replies.steps).toEqual(['stop']);
  });

  test.each(['ik wil stoppen met school en gaan werken als lasser', 'geen idee hoe, maar ik wil in de zorg werken'])(
    'when an answer holds words of other kinds ("%s"), then it is kept as the answer',
    async (text) => {
      const { h, client } = await atOpenQuestion();
      const replies = await send(client, text);
      expect(replies.steps.at(-1)).toEqual(NEXT_AFTER_FUTURE);
      expect(storedProfile(h).future).toBe(text);
    },
  );
});

describe('when the bot is not sure what a message is, it checks instead of guessing', () => {
  const unsure = 'misschien iets met de vdab';
  const build = (h: Harness) => withReadings(h, { [unsure]: { kind: 'question', sure: false } });

  test('when the young person says yes to "Bedoel je …?", then the bot acts on it and stores nothing', async () => {
    const { h, client } = await atOpenQuestion(build);
    const check = await send(client, unsure);
    expect(check.steps).toEqual(['future.desired']);
    expect(check.texts[0]).toMatch(/^Bedoel je/);
    expect(check.activities[0]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Ja', 'Nee']);
    const yes = await send(client, 'Ja');
    expect(yes.steps.at(-1)).toBe('future.desired');
    expect(storedProfile(h).future).toBeUndefined();
  });

  test('when the young person says no, then the first message is kept as the answer, never the tapped "Nee"', async () => {
    const { h, client } = await atOpenQuestion(build);
    await send(client, unsure);
    const no = await send(client, 'Nee');
    expect(no.steps.at(-1)).toEqual(NEXT_AFTER_FUTURE);
    expect(storedProfile(h).future).toBe(unsure);
  });
});

describe('a choice tapped from a "did you mean" list', () => {
  const unclear = 'hoe zit het met geld na school?';
  const ids: [string, string] = ['inschakelingsuitkering', 'beroepsinschakelingstijd'];
  const build = (h: Harness): ConversationServices => {
    const understanding = Object.create(h.services.understanding) as ConversationServices['understanding'];
    const real = h.services.understanding.topic.bind(h.services.understanding);
    understanding.topic = (text) => (text === unclear ? { kind: 'ambiguous', ids } : real(text));
    return { ...h.services, understanding };
  };

  test('when the young person taps a topic the bot offered, then it is answered and never stored as the answer', async () => {
    const { h, client } = await atOpenQuestion(build);
    const choice = await send(client, unclear);
    expect(choice.steps).toEqual(['kb.choose']);
    const title = choice.activities[0]?.suggestedActions?.actions[0]?.title ?? '';
    expect(title).not.toBe('');
    const tapped = await send(client, title);
    expect(tapped.steps).toContain('kb.answer');
    expect(tapped.steps.at(-1)).toBe('future.desired');
    expect(storedProfile(h).future).toBeUndefined();
  });
});
