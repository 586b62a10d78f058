import { MainDialog } from '../../dialogs/mainDialog.js';
import { quote } from '../../dialogs/acknowledgement.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, seedProfile, send, storedProfile } from '../support/harness.js';

/** A young person at the desired-future question, the first open question after the intake. */
const atFuture: Profile = { consent: true, usefulFor: null, age: 19, school: 'stopped', qualification: 'none', place: null };
/** The same young person at the strengths question. */
const atStrengths: Profile = { ...atFuture, future: 'kok', futurePeople: 'mama', success: 'stage' };

/** Praise or a reflection: what must never follow an empty answer. */
const PRAISE = /Mooi|goed doel|sterkte|Je zegt|Je noemt|Goed om/;

async function resumedAt(profile: Profile, step: string) {
  const h = harness();
  seedProfile(h, profile);
  const client = dialogClient(h, new MainDialog(h.services));
  await send(client, 'hoi');
  const resumed = await send(client, 'Verdergaan');
  expect(resumed.steps.at(-1)).toBe(step);
  return { h, client };
}

describe('an answer to an open question is acknowledged by what it is', () => {
  test('when the young person describes their future, then the bot reflects it in their own words', async () => {
    const { h, client } = await resumedAt(atFuture, 'future.desired');
    const replies = await send(client, 'Ik werk in een garage en ik heb een eigen auto.');
    expect(replies.steps).toEqual(['future.desired', 'future.different']);
    expect(replies.texts[0]).toBe("Je zegt: 'Ik werk in een garage en ik heb een eigen auto'. Daar wil je naartoe.");
    expect(storedProfile(h).future).toBe('Ik werk in een garage en ik heb een eigen auto.');
  });

  test('when the answer is long, then the reflection quotes at most 80 characters, cut at a word', async () => {
    const { client } = await resumedAt(atFuture, 'future.desired');
    const long = 'ik zou graag in een grote keuken werken met veel collegas en elke dag nieuwe gerechten leren maken voor mensen';
    const replies = await send(client, long);
    const quoted = /^Je zegt: '(.*)'\. /.exec(replies.texts[0] ?? '')?.[1] ?? '';
    expect(quoted).toMatch(/…$/);
    expect(quoted.length).toBeLessThanOrEqual(80);
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true);
    expect(long.charAt(quoted.length - 1)).toBe(' ');
  });

  test('when the answer sounds low or tired, then the bot hears it and gives no praise', async () => {
    const { client } = await resumedAt(atFuture, 'future.desired');
    const replies = await send(client, 'nu voel ik me eigenlijk alleen maar moe en leeg');
    expect(replies.steps).toEqual(['future.desired', 'future.people']);
    expect(replies.texts[0]).toBe('Dat klinkt zwaar. Fijn dat je het toch zegt.');
    expect(replies.texts.join('\n')).not.toMatch(PRAISE);
  });

  test('when the answer says next to nothing, then the bot just says oké', async () => {
    const { client } = await resumedAt(atFuture, 'future.desired');
    const replies = await send(client, 'euh ja');
    expect(replies.texts[0]).toBe('Oké, dank je.');
    expect(replies.texts.join('\n')).not.toMatch(PRAISE);
  });

  test('when the young person skips the question, then the bot goes on neutrally and keeps no answer', async () => {
    const { h, client } = await resumedAt(atFuture, 'future.desired');
    const replies = await send(client, 'sla over');
    expect(replies.steps).toEqual(['future.desired', 'future.people']);
    expect(replies.texts[0]).toBe('Oké, we gaan verder.');
    expect(storedProfile(h).future).toBeNull();
  });

  test('when the young person names their strengths, then the compliment names them', async () => {
    const { client } = await resumedAt(atStrengths, 'successes.strengths');
    const replies = await send(client, 'ik ben handig en grappig');
    expect(replies.steps[0]).toBe('successes.strengths');
    expect(replies.texts[0]).toBe("Je noemt 'ik ben handig en grappig'. Dat is echt een sterkte van jou.");
  });

  test.each(['idk', 'hmm', 'niks'])('when the answer at the strengths question is "%s", then no strength is praised', async (answer) => {
    const { client } = await resumedAt(atStrengths, 'successes.strengths');
    const replies = await send(client, answer);
    expect(replies.steps[0]).toBe('successes.strengths');
    expect(replies.texts.join('\n')).not.toMatch(PRAISE);
  });

  test('when every answer is "weet ik nie", then the bot is patient, tries another angle, goes on, and never praises', async () => {
    const { h, client } = await resumedAt(atFuture, 'future.desired');
    const said: string[] = [];
    for (const step of ['future.desired', 'future.people', 'successes.moment', 'successes.strengths']) {
      const first = await send(client, 'weet ik nie');
      expect(first.steps).toEqual([step, step]);
      const second = await send(client, 'weet ik nie');
      expect(second.steps[0]).toBe(step);
      expect(second.texts.filter((text) => /we gaan verder/i.test(text))).toHaveLength(1);
      said.push(...first.texts, ...second.texts);
    }
    expect(said.join('\n')).not.toMatch(PRAISE);
    expect(storedProfile(h)).toMatchObject({ future: null, futurePeople: null, success: null, strengths: null });
  });
});

describe('quoting their words', () => {
  test('when the answer is short, then it is quoted whole, without its full stop', () => {
    expect(quote('mama en mijn lief.')).toBe('mama en mijn lief');
  });

  test('when the answer runs over several lines, then it is quoted on one line', () => {
    expect(quote('mama\nen mijn lief')).toBe('mama en mijn lief');
  });

  test('when one long word has no space to cut at, then it is cut at the limit', () => {
    const quoted = quote('a'.repeat(200));
    expect(quoted).toHaveLength(80);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
