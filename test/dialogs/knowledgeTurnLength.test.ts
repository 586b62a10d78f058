import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import type { KbCondition, KbEntry } from '../../src/knowledge/schema.js';
import { content, dialogClient, harness, seedProfile, send, turnSize, type TurnReplies } from '../support/harness.js';

/** Issue 20: a knowledge-base answer turn fits on a phone: at most 3 messages and 600 characters, cards aside. */
const MAX_MESSAGES = 3;
const MAX_CHARACTERS = 600;

const entries = content().understanding.knowledge.entries();

/** A young person for whom a variant's conditions hold (the general answer: nothing known). */
function profileFor(when: KbCondition | undefined): Profile {
  const profile: Profile = { consent: true };
  if (!when) return profile;
  const age = when.minAge ?? when.maxAge;
  if (age !== undefined) profile.age = age;
  if (when.qualification?.[0]) profile.qualification = when.qualification[0];
  const region = when.region?.[0];
  if (region === 'brussel') profile.place = { region: 'brussel', postcode: '1080' };
  if (region === 'vlaanderen') profile.place = { region: 'oost-vlaanderen', postcode: '9000' };
  return profile;
}

/** The entry's example questions that the bot answers with that entry. */
function questionsFor(entry: KbEntry): string[] {
  const { understanding } = content();
  return entry.questions.filter((question) => {
    const match = understanding.topic(question);
    return match.kind === 'answer' && match.id === entry.id;
  });
}

/**
 * The answer turn of the first example question that, typed at the first open question ("Hoe kan
 * dit gesprek nuttig voor je zijn?"), gets the entry's answer; some read as an answer there.
 */
async function answerTurn(entry: KbEntry, profile: Profile): Promise<TurnReplies | undefined> {
  for (const question of questionsFor(entry)) {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    await send(client, 'hoi');
    seedProfile(h, profile);
    const replies = await send(client, question);
    if (replies.activities.some((activity) => (activity.channelData as { kbId?: string }).kbId === entry.id)) return replies;
  }
  return undefined;
}

const cases = entries.flatMap((entry) => [
  { id: entry.id, answer: 'the general answer', when: undefined as KbCondition | undefined },
  ...entry.variants.map((variant, i) => ({ id: entry.id, answer: `variant ${i + 1}`, when: variant.when })),
]);

describe('a knowledge-base answer fits on a phone', () => {
  test.each(cases)('when the answer is $answer of $id, then the answer turn has at most 3 messages and 600 characters, cards aside', async ({ id, when }) => {
    const entry = entries.find((candidate) => candidate.id === id);
    const replies = entry ? await answerTurn(entry, profileFor(when)) : undefined;
    if (!replies) throw new Error(`no example question of "${id}" gets its answer at an open question`);
    const answer = replies.activities.find((activity) => (activity.channelData as { step?: string }).step === 'kb.answer');
    expect(answer?.channelData).toMatchObject({ kbId: id, personalised: when !== undefined });
    const size = turnSize(replies);
    const measured = `${id}: ${size.messages} messages, ${size.characters} characters`;
    expect({ measured, fits: size.messages <= MAX_MESSAGES && size.characters <= MAX_CHARACTERS }).toEqual({ measured, fits: true });
  });
});
