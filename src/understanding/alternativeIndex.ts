/**
 * Which alternatives of which term sets a token can begin. A message is checked against some two
 * thousand alternatives; testing each at every token costs more than the rest of a turn. The index
 * tests each distinct first word once per token, and remembers the answer for tokens seen before.
 */
import { BoundedMemo } from '../boundedMemo.js';
import { isPlain, wordMatches, type Word } from './crisisWords.js';

/** Alternative indexes by term set, in ascending order; the set is whatever owns the alternatives. */
export type Places<S> = ReadonlyMap<S, readonly number[]>;

/** What an alternative is tested on: its words and, for a single long word, the word without typos. */
export interface Indexed {
  phrase: readonly Word[];
  split?: Word;
}

/** Tokens (and token pairs) remembered at most; then it starts again, so typing cannot fill memory. */
const MAX_REMEMBERED = 20_000;

export class AlternativeIndex<S> {
  /** First words, and where they begin an alternative. */
  private readonly firstWords = new Map<Word, Array<[S, number]>>();
  /** Two plain first words typed as one ("nimeer"), and where they begin an alternative. */
  private readonly joined = new Map<string, Array<[S, number]>>();
  /** Single long words that may be typed in two ("zelf moord"), tested on the two tokens joined. */
  private readonly splitWords = new Map<Word, Array<[S, number]>>();
  private readonly starts = new BoundedMemo<string, Places<S>>(MAX_REMEMBERED, (token) =>
    bySet([...matching(this.firstWords, token), ...(this.joined.get(token) ?? [])]),
  );
  private readonly splits = new BoundedMemo<string, Places<S>>(MAX_REMEMBERED, (pair) => bySet(matching(this.splitWords, pair)));
  /** The sets found in a message's tokens, for as long as the message's token array lives. */
  private readonly present = new WeakMap<readonly (string | null)[], ReadonlySet<S>>();

  add(set: S, index: number, { phrase, split }: Indexed): void {
    const [first, second] = phrase;
    if (first) push(this.firstWords, first, [set, index]);
    if (first && second && isPlain(first) && isPlain(second)) push(this.joined, first.core + second.core, [set, index]);
    if (split) push(this.splitWords, split, [set, index]);
    this.starts.clear();
    this.splits.clear();
  }

  /** The alternatives whose first word (or first two words typed as one) match the token. */
  startingWith(token: string): Places<S> {
    return this.starts.get(token);
  }

  /** The single-word alternatives that two tokens, joined, match without a typo. */
  splitAs(pair: string): Places<S> {
    return this.splits.get(pair);
  }

  /**
   * Every set with an alternative that could begin somewhere in the tokens: a set not among them
   * matches nothing there, so most sets are ruled out without looking at each token again.
   */
  setsIn(words: readonly (string | null)[]): ReadonlySet<S> {
    let sets = this.present.get(words);
    if (!sets) {
      const found = new Set<S>();
      words.forEach((token, i) => {
        if (!token) return;
        for (const set of this.startingWith(token).keys()) found.add(set);
        const next = words[i + 1];
        if (next) for (const set of this.splitAs(token + next).keys()) found.add(set);
      });
      sets = found;
      this.present.set(words, sets);
    }
    return sets;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function matching<S>(words: ReadonlyMap<Word, Array<[S, number]>>, token: string): Array<[S, number]> {
  const found: Array<[S, number]> = [];
  for (const [word, places] of words) if (wordMatches(token, word)) found.push(...places);
  return found;
}

function bySet<S>(found: Array<[S, number]>): Places<S> {
  const places = new Map<S, number[]>();
  for (const [set, index] of found) push(places, set, index);
  for (const [set, indexes] of places) places.set(set, [...new Set(indexes)].sort((a, b) => a - b));
  return places;
}
