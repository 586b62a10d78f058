import type { PhraseBook } from '../src/understanding/phraseBook.js';
import { quote, type Acknowledgements } from './acknowledgement.js';
import type { Profile, TextField } from './profile.js';

/**
 * The guide's follow-up questions (seed 000, kapstok 2), offered one at a time and never forced.
 * To keep the talk short enough for a phone, each open question gets at most one follow-up, only
 * after a concrete answer, and once a young person skips a follow-up (or does not know), no
 * more are offered.
 */
export const FOLLOW_UP_FIELDS = ['futureMore', 'futureDifferent', 'successDid', 'successPerson', 'strengthsUsed'] as const satisfies readonly TextField[];

/** A future told in this many words or fewer gets "Wat nog meer?"; a longer one "Wat is er dan anders?". */
const SHORT_ANSWER_WORDS = 6;
/** A person's name or description is said back in a question only when it is this short. */
const PERSON_LENGTH = 40;

/** True once the young person skipped a follow-up or did not know: no more are offered. */
export function followUpsDeclined(profile: Profile): boolean {
  return FOLLOW_UP_FIELDS.some((field) => profile[field] === null);
}

/** The follow-up on the desired future: more of it when the answer was short, what is different when it was told. */
export function futureFollowUp(answer: string): 'futureMore' | 'futureDifferent' {
  return answer.trim().split(/\s+/).length <= SHORT_ANSWER_WORDS ? 'futureMore' : 'futureDifferent';
}

/**
 * Someone they named (at a success, or as important in their future), as the bot can name them
 * back in a question ("je broer"); undefined when no one was named, or not briefly enough.
 */
export function namedPerson(profile: Profile, acknowledgements: Acknowledgements, phrases: PhraseBook): string | undefined {
  const person = [profile.successPerson, profile.futurePeople].find(
    (answer): answer is string => typeof answer === 'string' && acknowledgements.kindOf(answer) === 'concrete',
  );
  if (person === undefined) return undefined;
  const words = quote(person, PERSON_LENGTH);
  return words.endsWith('…') ? undefined : phrases.addressed(words);
}
