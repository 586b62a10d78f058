/**
 * Matching for the crisis lexicon: terms (words, phrases, wildcards, concept references) that
 * tolerate typos and run-together or split words, and patterns that find one term of every group
 * within a window of tokens, in any order unless asked otherwise.
 */
import { distance } from 'fastest-levenshtein';
import type { CrisisGroup, CrisisPattern } from './crisisLexicon.js';
import { tokens } from './normalize.js';

/** A run of tokens, both ends included. */
export interface Span {
  start: number;
  end: number;
}

interface Word {
  core: string;
  /** `word*`: the token may go on after the core ("zelfmoordgedachten"). */
  openEnd: boolean;
  /** `*word`: the token may start before the core ("slaappillen"). */
  openStart: boolean;
  /** Edits allowed for a typo. */
  typos: number;
}

type Phrase = readonly Word[];

const DEFAULT_WINDOW = 10;
/** Words this long allow one typo, and two from the second length on. */
const ONE_TYPO_FROM = 7;
const TWO_TYPOS_FROM = 12;
/** Inside a phrase shorter words must be exact: "ergens heen" is not "nergens heen". */
const PHRASE_TYPO_FROM = 8;

const typosFor = (core: string): number =>
  core.length >= TWO_TYPOS_FROM ? 2 : core.length >= ONE_TYPO_FROM ? 1 : 0;

function parseWord(raw: string): Word[] {
  const exact = raw.startsWith('=');
  const bare = exact ? raw.slice(1) : raw;
  const openStart = bare.startsWith('*');
  const openEnd = bare.endsWith('*');
  const pieces = tokens(bare.replace(/\*/g, ''));
  return pieces.map((core, i) => ({
    core,
    openStart: openStart && i === 0,
    openEnd: openEnd && i === pieces.length - 1,
    typos: exact ? 0 : Math.min(typosFor(core), openStart || openEnd ? 1 : 2),
  }));
}

function closeEnough(token: string, core: string, typos: number): boolean {
  return typos > 0 && Math.abs(token.length - core.length) <= typos && distance(token, core) <= typos;
}

function wordMatches(token: string, word: Word): boolean {
  const { core, openStart, openEnd, typos } = word;
  if (openStart && openEnd) return token.includes(core);
  // No named closure here: this runs for every token and phrase, and tsx (esbuild keepNames)
  // wraps each named function it creates in a costly `__name` call.
  // A dropped letter only at the very end of the token, or "aanraden" would pass for "aanrand*".
  const lengths = [core.length, core.length + 1].filter((n) => n <= token.length);
  if (token.length === core.length - 1) lengths.push(token.length);
  if (openEnd) return token.startsWith(core) || lengths.some((n) => closeEnough(token.slice(0, n), core, typos));
  if (openStart) return token.endsWith(core) || lengths.some((n) => closeEnough(token.slice(-n), core, typos));
  return token === core || closeEnough(token, core, typos);
}

/** The tokens of one message; masked tokens (idioms) are null and match nothing. */
export class TokenView {
  private readonly cache = new Map<TermSet, Span[]>();

  constructor(readonly tokens: readonly (string | null)[]) {}

  static of(text: string): TokenView {
    return new TokenView(tokens(text));
  }

  spans(terms: TermSet): Span[] {
    let found = this.cache.get(terms);
    if (!found) {
      found = terms.find(this.tokens);
      this.cache.set(terms, found);
    }
    return found;
  }

  mask(span: Span): TokenView {
    return new TokenView(this.tokens.map((token, i) => (i >= span.start && i <= span.end ? null : token)));
  }
}

/** The alternatives of one concept group, expanded to plain phrases. */
export class TermSet {
  constructor(private readonly phrases: readonly Phrase[]) {}

  find(words: readonly (string | null)[]): Span[] {
    const spans: Span[] = [];
    for (let start = 0; start < words.length; start++) {
      for (const phrase of this.phrases) {
        const end = matchAt(words, start, phrase);
        if (end !== null) spans.push({ start, end });
      }
    }
    return spans;
  }
}

/** The last token of the phrase when it matches from `start`, or null. */
function matchAt(words: readonly (string | null)[], start: number, phrase: Phrase): number | null {
  const whole = matchRest(words, start, phrase, 0);
  if (whole !== null) return whole;
  // A word split in two: "zelf moord", "buiten gegooid" (no further typos, or too much would match).
  const [only, ...rest] = phrase;
  const first = words[start];
  const next = words[start + 1];
  const split = only && rest.length === 0 && only.core.length >= ONE_TYPO_FROM && first && next;
  return split && wordMatches(first + next, { ...only, typos: 0 }) ? start + 1 : null;
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
  const plain = next && !word.openEnd && !word.openStart && !next.openEnd && !next.openStart;
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
    const lists = this.groups.map((group) => view.spans(group));
    if (lists.some((list) => list.length === 0)) return null;
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

function strictInPhrase(phrase: Phrase): Phrase {
  return phrase.length === 1 ? phrase : phrase.map((word) => (word.core.length < PHRASE_TYPO_FROM ? { ...word, typos: 0 } : word));
}

/** Expands concept references and compiles groups and patterns; equal groups share one TermSet. */
export class PatternCompiler {
  private readonly sets = new Map<string, TermSet>();
  private readonly expanded = new Map<string, Phrase[]>();

  constructor(private readonly concepts: Readonly<Record<string, readonly string[]>>) {}

  group(group: CrisisGroup): TermSet {
    const terms = typeof group === 'string' ? [group] : group;
    const key = [...terms].sort().join('|');
    let set = this.sets.get(key);
    if (!set) {
      set = new TermSet(terms.flatMap((term) => this.term(term, [])).map(strictInPhrase));
      this.sets.set(key, set);
    }
    return set;
  }

  pattern(pattern: CrisisPattern): Pattern {
    return new Pattern(pattern.all.map((g) => this.group(g)), pattern.window ?? DEFAULT_WINDOW, pattern.ordered ?? false);
  }

  private term(term: string, trail: readonly string[]): Phrase[] {
    let phrases: Phrase[] = [[]];
    for (const raw of term.split(' ')) {
      const options = raw.startsWith('@') ? this.concept(raw.slice(1), trail) : [parseWord(raw)];
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
