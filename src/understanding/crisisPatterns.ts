/**
 * Matching for the crisis lexicon: terms (words, phrases, wildcards, concept references) that
 * tolerate typos and run-together or split words, and patterns that find one term of every group
 * within a window of tokens, in any order unless asked otherwise.
 */
import type { CrisisGroup, CrisisPattern } from './crisisLexicon.js';
import { AlternativeIndex } from './alternativeIndex.js';
import { isPlain, ONE_TYPO_FROM, parseWord, wordMatches, type Word } from './crisisWords.js';
import { tokens } from './normalize.js';

/** A run of tokens, both ends included. */
export interface Span {
  start: number;
  end: number;
}

type Phrase = readonly Word[];

/** What a term set finds in a message where none of its alternatives can begin. */
const NO_SPANS: readonly Span[] = [];

const DEFAULT_WINDOW = 10;
/** Inside a phrase shorter words must be exact: "ergens heen" is not "nergens heen". */
const PHRASE_TYPO_FROM = 8;

/** The tokens of one message; masked tokens (idioms) are null and match nothing. */
export class TokenView {
  /** Spans found, by term set; a set found nowhere is not kept (ruling it out again is one lookup). */
  private readonly cache = new Map<TermSet, readonly Span[]>();

  constructor(readonly tokens: readonly (string | null)[]) {}

  static of(text: string): TokenView {
    return new TokenView(tokens(text));
  }

  spans(terms: TermSet): readonly Span[] {
    let found = this.cache.get(terms);
    if (!found) {
      found = terms.find(this.tokens);
      if (found.length > 0) this.cache.set(terms, found);
    }
    return found;
  }

  mask(span: Span): TokenView {
    return new TokenView(this.tokens.map((token, i) => (i >= span.start && i <= span.end ? null : token)));
  }
}

/** One alternative of a group: its words and, for a single long word, the same word without typos. */
interface Alternative {
  phrase: Phrase;
  /** Matched against two tokens typed apart: "zelf moord", "buiten gegooid". */
  split?: Word;
}

/** The alternatives of one concept group, expanded to plain phrases. */
export class TermSet {
  private readonly splittable: boolean;

  constructor(
    private readonly alternatives: readonly Alternative[],
    private readonly index: AlternativeIndex<TermSet>,
  ) {
    alternatives.forEach((alternative, i) => index.add(this, i, alternative));
    this.splittable = alternatives.some((alternative) => alternative.split);
  }

  /** Every span an alternative matches, by start and then in the order of the alternatives. */
  find(words: readonly (string | null)[]): readonly Span[] {
    if (!this.index.setsIn(words).has(this)) return NO_SPANS;
    const spans: Span[] = [];
    for (let start = 0; start < words.length; start++) {
      const token = words[start];
      if (!token) continue;
      const next = words[start + 1];
      const begun = this.index.startingWith(token).get(this) ?? [];
      const split = this.splittable && next ? (this.index.splitAs(token + next).get(this) ?? []) : [];
      for (const i of split.length === 0 ? begun : [...new Set([...begun, ...split])].sort((a, b) => a - b)) {
        const alternative = this.alternatives[i];
        const end = alternative ? matchAt(words, start, alternative) : null;
        if (end !== null) spans.push({ start, end });
      }
    }
    return spans;
  }
}

/** The last token of the alternative when it matches from `start`, or null. */
function matchAt(words: readonly (string | null)[], start: number, { phrase, split }: Alternative): number | null {
  const whole = matchRest(words, start, phrase, 0);
  if (whole !== null) return whole;
  // A word split in two, with no further typos (or too much would match).
  const first = words[start];
  const next = words[start + 1];
  return split && first && next && wordMatches(first + next, split) ? start + 1 : null;
}

/** Matches phrase[from…] at words[at…]; two plain words may be typed as one ("nimeer", "inelkaar"). */
function matchRest(words: readonly (string | null)[], at: number, phrase: Phrase, from: number): number | null {
  const word = phrase[from];
  if (!word) return at - 1;
  const token = words[at];
  if (!token) return null;
  if (wordMatches(token, word)) {
    const end = matchRest(words, at + 1, phrase, from + 1);
    if (end !== null) return end;
  }
  const next = phrase[from + 1];
  const plain = next && isPlain(word) && isPlain(next);
  return plain && token === word.core + next.core ? matchRest(words, at + 1, phrase, from + 2) : null;
}

/** A compiled pattern: one span from every group, all within the window. */
export class Pattern {
  constructor(
    private readonly groups: readonly TermSet[],
    private readonly window: number,
    private readonly ordered: boolean,
  ) {}

  /** The stretch of tokens the pattern covers, or null. */
  find(view: TokenView): Span | null {
    const lists: (readonly Span[])[] = [];
    for (const group of this.groups) {
      const list = view.spans(group);
      if (list.length === 0) return null;
      lists.push(list);
    }
    const chosen: Span[] = [];
    const search = (g: number, lo: number, hi: number): Span | null => {
      const list = lists[g];
      if (!list) return { start: lo, end: hi };
      const previous = chosen[chosen.length - 1];
      for (const span of list) {
        if (this.ordered && previous && span.start <= previous.end) continue;
        if (chosen.some((c) => span.start <= c.end && c.start <= span.end)) continue;
        const start = Math.min(lo, span.start);
        const end = Math.max(hi, span.end);
        if (end - start + 1 > this.window) continue;
        chosen.push(span);
        const found = search(g + 1, start, end);
        chosen.pop();
        if (found) return found;
      }
      return null;
    };
    return search(0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  }

  matches(view: TokenView): boolean {
    return this.find(view) !== null;
  }
}

/** Expands concept references and compiles groups and patterns; equal groups share one TermSet. */
export class PatternCompiler {
  private readonly sets = new Map<string, TermSet>();
  private readonly expanded = new Map<string, Phrase[]>();
  /** Equal words share one object, so the index tests each of them once per token. */
  private readonly words = new Map<string, Word>();
  private readonly index = new AlternativeIndex<TermSet>();

  constructor(private readonly concepts: Readonly<Record<string, readonly string[]>>) {}

  group(group: CrisisGroup): TermSet {
    const terms = typeof group === 'string' ? [group] : group;
    const key = [...terms].sort().join('|');
    let set = this.sets.get(key);
    if (!set) {
      set = new TermSet(terms.flatMap((term) => this.term(term, [])).map((phrase) => this.alternative(phrase)), this.index);
      this.sets.set(key, set);
    }
    return set;
  }

  pattern(pattern: CrisisPattern): Pattern {
    return new Pattern(pattern.all.map((g) => this.group(g)), pattern.window ?? DEFAULT_WINDOW, pattern.ordered ?? false);
  }

  /** Inside a phrase short words must be exact; a single long word may also be typed in two. */
  private alternative(phrase: Phrase): Alternative {
    const [only] = phrase;
    if (phrase.length > 1) {
      return { phrase: phrase.map((word) => (word.core.length < PHRASE_TYPO_FROM ? this.word({ ...word, typos: 0 }) : word)) };
    }
    return only && only.core.length >= ONE_TYPO_FROM ? { phrase, split: this.word({ ...only, typos: 0 }) } : { phrase };
  }

  /** The one Word object of this shape. */
  private word(shape: Word): Word {
    const { core, openStart, openEnd, typos } = shape;
    const key = `${core}|${openStart}|${openEnd}|${typos}`;
    let word = this.words.get(key);
    if (!word) {
      word = { core, openStart, openEnd, typos };
      this.words.set(key, word);
    }
    return word;
  }

  private term(term: string, trail: readonly string[]): Phrase[] {
    let phrases: Phrase[] = [[]];
    for (const raw of term.split(' ')) {
      const options = raw.startsWith('@') ? this.concept(raw.slice(1), trail) : [parseWord(raw).map((shape) => this.word(shape))];
      phrases = phrases.flatMap((head) => options.map((tail) => [...head, ...tail]));
    }
    return phrases;
  }

  private concept(name: string, trail: readonly string[]): Phrase[] {
    if (trail.includes(name)) throw new Error(`concept "@${name}" refers to itself via ${trail.join(' → ')}`);
    let phrases = this.expanded.get(name);
    if (!phrases) {
      const terms = this.concepts[name];
      if (!terms) throw new Error(`unknown concept "@${name}"`);
      phrases = terms.flatMap((term) => this.term(term, [...trail, name]));
      this.expanded.set(name, phrases);
    }
    return phrases;
  }
}
