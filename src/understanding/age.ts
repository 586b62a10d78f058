/**
 * The user's age from an answer to "Hoe oud ben je?": "17", "k ben zeventien", "22j", "ik heb 19
 * jaar", "bijna 20" (19), "ik word volgende maand 21" (20), "2 jaar geleden 18 geworden" (20), or a
 * birth date. When several numbers occur, the user's own age now wins over someone else's, a
 * future age, a school year or a count of something else. Null when there is no age or it falls
 * outside the ages the bot serves.
 */
import { ageClauses, type AgeItem } from './ageItems.js';
import {
  AGE_TAIL, AGO, ARTICLES, CLAUSE_BOUNDARIES, COUNTED_AFTER, FIRST_PERSON, FUTURE, HALF, HAVE, IN_YEARS, LAST,
  NOT_AGE_BEFORE, NOT_NOW, OTHER_PERSON, REACHED, SPAN, YEAR_UNITS, YEARS_AGO_BEFORE,
} from './ageLexicon.js';

/** "17 jaar geleden geboren" is an age, "2 jaar geleden" otherwise a span of time. */
const BORN = 'geboren';
const MIN_AGE = 12;
const MAX_AGE = 30;
/** A "birth date" that gives an age below this is some other event ("januari 2025"). */
const MIN_BIRTH_DATE_AGE = 5;

const isServedAge = (age: number): boolean => age >= MIN_AGE && age <= MAX_AGE;

type Tense = 'now' | 'future' | 'reached';

interface Candidate {
  value: number;
  tense: Tense;
  own: boolean;
  years: boolean;
  position: number;
}

/** Years to add to a reached age or subtract from a future one, said elsewhere in the message. */
interface Offsets {
  past: number;
  future: number;
}

const wordAt = (items: readonly AgeItem[], at: number): string => {
  const item = items[at];
  return item?.kind === 'word' ? item.text : '';
};

/** Words before `at`, nearest first, back to a clause boundary or another number or date. */
function wordsBefore(items: readonly AgeItem[], at: number): string[] {
  const before: string[] = [];
  for (let i = at - 1; i >= 0; i -= 1) {
    const text = wordAt(items, i);
    if (text === '' || CLAUSE_BOUNDARIES.has(text)) break;
    before.push(text);
  }
  return before;
}

/** Who the nearest person word before the number is about: the user, someone else, or unsaid. */
function speaker(before: readonly string[]): 'own' | 'other' | 'unsaid' {
  for (const word of before) {
    if (FIRST_PERSON.has(word)) return 'own';
    if (OTHER_PERSON.has(word)) return 'other';
  }
  return 'unsaid';
}

/** Index after the words that belong to the age: "oud", "jong", "en een half". */
function skipTail(items: readonly AgeItem[], at: number): number {
  let i = at;
  while (AGE_TAIL.has(wordAt(items, i))) i += 1;
  if (wordAt(items, i) !== 'en') return i;
  const half = ARTICLES.has(wordAt(items, i + 1)) ? i + 2 : i + 1;
  return HALF.has(wordAt(items, half)) ? half + 1 : i;
}

/** "18 geworden" is reached; "20 word ik" is to come. */
function tenseAfter(items: readonly AgeItem[], at: number): Tense | null {
  const next = wordAt(items, at);
  if (REACHED.has(next)) return 'reached';
  if (FUTURE.has(next) && FIRST_PERSON.has(wordAt(items, at + 1))) return 'future';
  return null;
}

function tenseBefore(before: readonly string[]): Tense {
  if (before.some((word) => FUTURE.has(word))) return 'future';
  return before.some((word) => REACHED.has(word)) ? 'reached' : 'now';
}

/**
 * A number at `at` as a candidate age, or null if it is something else. Spans of years ("2 jaar
 * geleden", "over 2 jaar") are recorded in `offsets` instead.
 */
function numberCandidate(items: readonly AgeItem[], at: number, offsets: Offsets): Omit<Candidate, 'position'> | null {
  const item = items[at];
  if (item?.kind !== 'number') return null;
  const previous = wordAt(items, at - 1);
  let next = at + 1;
  const years = item.years || YEAR_UNITS.has(wordAt(items, next));
  if (years && !item.years) next += 1;
  const afterAgo = AGO.has(wordAt(items, next)) ? next + 1 : YEARS_AGO_BEFORE.has(previous) ? next : null;
  if (years && afterAgo !== null && wordAt(items, afterAgo) !== BORN) {
    offsets.past = item.value;
    return null;
  }
  if (years && IN_YEARS.has(previous)) {
    offsets.future = item.value;
    return null;
  }
  if ((years && SPAN.has(wordAt(items, next))) || COUNTED_AFTER.has(wordAt(items, next))) return null;
  if (NOT_AGE_BEFORE.has(previous)) return null;
  const before = wordsBefore(items, at);
  const who = speaker(before);
  if (who === 'other' || before.some((word) => NOT_NOW.has(word))) return null;
  if (!years && before.some((word) => HAVE.has(word))) return null;
  const tense = tenseAfter(items, skipTail(items, next)) ?? tenseBefore(before);
  return { value: item.value, tense, own: who === 'own', years };
}

function dateCandidate(items: readonly AgeItem[], at: number): Omit<Candidate, 'position'> | null {
  const item = items[at];
  if (item?.kind !== 'date' || item.age === null || item.age < MIN_BIRTH_DATE_AGE) return null;
  const before = wordsBefore(items, at);
  const who = speaker(before);
  if (who === 'other') return null;
  return { value: item.age, tense: 'now', own: who === 'own', years: true };
}

/** "vorig jaar 18 geworden": one year to add. */
function lastYearAt(items: readonly AgeItem[], at: number): boolean {
  return LAST.has(wordAt(items, at)) && wordAt(items, at + 1) === 'jaar';
}

function candidates(text: string, today: Date): { found: Candidate[]; offsets: Offsets } {
  const offsets: Offsets = { past: 0, future: 0 };
  const found: Candidate[] = [];
  for (const items of ageClauses(text, today, isServedAge)) {
    items.forEach((_, at) => {
      if (lastYearAt(items, at)) offsets.past = 1;
      const candidate = numberCandidate(items, at, offsets) ?? dateCandidate(items, at);
      if (candidate !== null) found.push({ ...candidate, position: found.length });
    });
  }
  return { found, offsets };
}

function ageNow(candidate: Candidate, offsets: Offsets): number {
  switch (candidate.tense) {
    case 'now':
      return candidate.value;
    case 'reached':
      return candidate.value + offsets.past;
    case 'future':
      return candidate.value - Math.max(1, offsets.future);
  }
}

/** Present before future, the user's own before unsaid, plausible before odd, "N jaar" before bare N. */
function rank(candidate: Candidate, offsets: Offsets): number[] {
  return [
    candidate.tense === 'future' ? 0 : 1,
    candidate.own ? 1 : 0,
    isServedAge(ageNow(candidate, offsets)) ? 1 : 0,
    candidate.years ? 1 : 0,
    -candidate.position,
  ];
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i < 0 ? 0 : (b[i] ?? 0) - (a[i] ?? 0);
}

/** The user's age in whole years on `today` (a Date at noon UTC), or null. */
export function recognizeAge(text: string, today: Date): number | null {
  const { found, offsets } = candidates(text, today);
  const best = found
    .map((candidate) => ({ candidate, rank: rank(candidate, offsets) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))[0];
  if (best === undefined) return null;
  const age = ageNow(best.candidate, offsets);
  return isServedAge(age) ? age : null;
}
