import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { tokens } from './normalize.js';

/**
 * A weighted cue scorer for short free-text answers to one closed question ("Heb je een
 * diploma?", "Wat wil je nu het liefst doen?"). The lexicon (YAML content) names the cues, their
 * labels and weights; this module only holds the method:
 *
 * 1. The text is cut at punctuation into segments, tokenised with `normalize`, each word mapped
 *    through `synonyms` (tussentaal, typos, spelling variants) and the `ignore` words dropped.
 *    Cue phrases go through the same steps, so "het zesde jaar bso" and "zesde bso" match alike.
 * 2. Cue phrases are found leftmost-longest, never across a segment. A phrase word ending in `*`
 *    matches by prefix; long words also match with one typo (two from 11 letters on).
 * 3. Words not inside a found phrase split segments into clauses at `clauseBreaks` ("maar",
 *    "dus"). A `negators` word in a clause ("geen", "niet") turns its cues into their
 *    `ifNegated` label and weight, or drops them. A negated clause without cues ("…, maar niet
 *    afgemaakt") negates the clause before it. A negation that turns nothing gives
 *    `bareNegation` ("helaas niet"). `modifiers` ("eerst", "daarna") multiply the weights in
 *    their clause. Negators inside a phrase ("weet niet") negate nothing.
 * 4. `question` adds weight when the text asks something back (ends in "?" or starts with a
 *    question word); `combinations` add weight to one
 *    label when two others both scored ("werken" and "leren" make "combine").
 * 5. The label with the highest score wins when it beats every other one. The reserved label
 *    `unclear` (hedges, refusals, counter-questions) wins as a reading, but yields null.
 */
export const UNCLEAR = 'unclear';
export type Unclear = typeof UNCLEAR;

export interface Cue<L extends string> {
  id: string;
  label: L | Unclear;
  weight: number;
  ifNegated?: { label: L | Unclear; weight: number } | undefined;
  phrases: string[];
}

export interface CueLexicon<L extends string> {
  synonyms: Record<string, string>;
  ignore: string[];
  clauseBreaks: string[];
  negators: string[];
  bareNegation?: { label: L | Unclear; weight: number } | undefined;
  question?: { words: string[]; label: L | Unclear; weight: number } | undefined;
  modifiers: { id: string; words: string[]; factor: number }[];
  combinations: { id: string; labels: [L, L]; label: L; bonus: number }[];
  cues: Cue<L>[];
}

/** The zod schema of a cue lexicon whose labels are `labels` plus `unclear`. */
export function cueLexiconSchema<L extends string>(labels: readonly L[]): z.ZodType<CueLexicon<L>> {
  const label = z.enum(labels);
  const anyLabel = z.union([label, z.literal(UNCLEAR)]);
  const words = z.array(z.string().min(1));
  const weight = z.number().nonnegative();
  return z.strictObject({
    synonyms: z.record(z.string().min(1), z.string().min(1)),
    ignore: words,
    clauseBreaks: words,
    negators: words,
    bareNegation: z.strictObject({ label: anyLabel, weight }).optional(),
    question: z.strictObject({ words, label: anyLabel, weight }).optional(),
    modifiers: z.array(z.strictObject({ id: z.string().min(1), words: words.min(1), factor: z.number().positive() })),
    combinations: z.array(
      z.strictObject({ id: z.string().min(1), labels: z.tuple([label, label]), label, bonus: weight }),
    ),
    cues: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          label: anyLabel,
          weight,
          ifNegated: z.strictObject({ label: anyLabel, weight }).optional(),
          phrases: words.min(1),
        }),
      )
      .min(1),
  });
}

interface PhraseWord {
  text: string;
  prefix: boolean;
}

interface Phrase<L extends string> {
  words: PhraseWord[];
  cue: Cue<L>;
}

interface Word {
  text: string;
  segment: number;
}

interface Clause<L extends string> {
  words: string[];
  cues: Cue<L>[];
}

interface Found<L extends string> {
  cue: Cue<L>;
  start: number;
  end: number;
}

/**
 * Scores texts against one cue lexicon; see the module comment for the method. Recognisers for
 * one question extend it with a `load` that reads their lexicon.
 */
export class CueScorer<L extends string> {
  private readonly synonyms: Map<string, string[]>;
  private readonly ignore: Set<string>;
  private readonly clauseBreaks: Set<string>;
  private readonly negators: Set<string>;
  private readonly questionWords: Set<string>;
  private readonly modifiers: { words: Set<string>; factor: number }[];
  private readonly phrases: Phrase<L>[];
  /** Every word the lexicon knows; such a word in a text is never read as a typo of another. */
  private readonly vocabulary: Set<string>;

  constructor(private readonly lexicon: CueLexicon<L>) {
    this.synonyms = new Map(
      Object.entries(lexicon.synonyms).map(([variant, canonical]) => [variant, tokens(canonical)]),
    );
    this.ignore = new Set(lexicon.ignore.flatMap(tokens));
    this.clauseBreaks = new Set(lexicon.clauseBreaks.flatMap((word) => this.canonical(word)));
    this.negators = new Set(lexicon.negators.flatMap((word) => this.canonical(word)));
    this.questionWords = new Set(lexicon.question?.words.flatMap((word) => this.canonical(word)) ?? []);
    this.modifiers = lexicon.modifiers.map((modifier) => ({
      words: new Set(modifier.words.flatMap((word) => this.canonical(word))),
      factor: modifier.factor,
    }));
    this.phrases = lexicon.cues
      .flatMap((cue) => cue.phrases.map((phrase) => ({ cue, words: this.phraseWords(phrase) })))
      .filter((phrase) => phrase.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length || b.cue.weight - a.cue.weight);
    this.vocabulary = new Set([
      ...[...this.synonyms.values()].flat(),
      ...this.phrases.flatMap((phrase) => phrase.words.map((word) => word.text)),
    ]);
  }

  /** The score of every label that got any weight. */
  scores(text: string): Map<L | Unclear, number> {
    const clauses = this.clauses(text);
    const scores = new Map<L | Unclear, number>();
    const add = (label: L | Unclear, weight: number): void => {
      if (weight > 0) scores.set(label, (scores.get(label) ?? 0) + weight);
    };
    const ownNegation = clauses.map((clause) => clause.words.some((word) => this.negators.has(word)));
    const negatesBefore = clauses.map(
      (clause, index) => index > 0 && ownNegation[index] === true && clause.cues.length === 0,
    );
    const turned = clauses.map((clause, index) => {
      const negated = ownNegation[index] === true || negatesBefore[index + 1] === true;
      const factor = this.factor(clause.words);
      let turnedAny = false;
      for (const cue of clause.cues) {
        if (!negated) {
          add(cue.label, cue.weight * factor);
        } else if (cue.ifNegated !== undefined) {
          add(cue.ifNegated.label, cue.ifNegated.weight * factor);
          turnedAny = true;
        }
      }
      return turnedAny;
    });
    const { bareNegation, question } = this.lexicon;
    ownNegation.forEach((isNegated, index) => {
      const used = turned[index] === true || (negatesBefore[index] === true && turned[index - 1] === true);
      if (isNegated && !used && bareNegation) add(bareNegation.label, bareNegation.weight);
    });
    if (question && this.isQuestion(text)) add(question.label, question.weight);
    for (const combination of this.lexicon.combinations) {
      const [a, b] = combination.labels.map((label) => scores.get(label) ?? 0);
      if (a && b) add(combination.label, Math.min(a, b) + combination.bonus);
    }
    return scores;
  }

  /** The winning label, or null when nothing scored, two labels tie, or `unclear` wins. */
  recognize(text: string): L | null {
    const ranked = [...this.scores(text)].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first === undefined || (second !== undefined && second[1] >= first[1])) return null;
    return isLabel(first[0]) ? first[0] : null;
  }

  private canonical(word: string): string[] {
    return tokens(word).flatMap((token) => this.synonyms.get(token) ?? [token]);
  }

  private phraseWords(phrase: string): PhraseWord[] {
    const prefix = phrase.trim().endsWith('*');
    const words = this.canonical(phrase).filter((word) => !this.ignore.has(word));
    return words.map((text, index) => ({ text, prefix: prefix && index === words.length - 1 }));
  }

  private words(text: string): Word[] {
    return text
      .split(/[,;:!?()]+|\.(?!\d)/)
      .flatMap((segment, index) =>
        this.canonical(segment)
          .filter((word) => !this.ignore.has(word))
          .map((word) => ({ text: word, segment: index })),
      );
  }

  private find(words: readonly Word[]): Found<L>[] {
    const found: Found<L>[] = [];
    let start = 0;
    while (start < words.length) {
      const phrase = this.phrases.find((candidate) => this.matchesAt(candidate.words, words, start));
      if (phrase === undefined) {
        start += 1;
      } else {
        found.push({ cue: phrase.cue, start, end: start + phrase.words.length });
        start += phrase.words.length;
      }
    }
    return found;
  }

  /** The clauses of a text: the cues found in each, and its words outside any cue phrase. */
  private clauses(text: string): Clause<L>[] {
    const words = this.words(text);
    const found = this.find(words);
    const cueAt = new Map(found.map((match) => [match.start, match.cue]));
    const inPhrase = new Set(found.flatMap((match) => range(match.start, match.end)));
    const clauses: Clause<L>[] = [];
    let current: Clause<L> | undefined;
    words.forEach((word, position) => {
      const free = !inPhrase.has(position);
      if (free && this.clauseBreaks.has(word.text)) {
        current = undefined;
        return;
      }
      if (current === undefined || words[position - 1]?.segment !== word.segment) {
        current = { words: [], cues: [] };
        clauses.push(current);
      }
      const cue = cueAt.get(position);
      if (cue !== undefined) current.cues.push(cue);
      if (free) current.words.push(word.text);
    });
    return clauses;
  }

  private factor(clauseWords: readonly string[]): number {
    return this.modifiers
      .filter((modifier) => clauseWords.some((word) => modifier.words.has(word)))
      .reduce((product, modifier) => product * modifier.factor, 1);
  }

  private isQuestion(text: string): boolean {
    const first = this.canonical(text)[0];
    return text.trim().endsWith('?') || (first !== undefined && this.questionWords.has(first));
  }

  private matchesAt(phrase: readonly PhraseWord[], words: readonly Word[], start: number): boolean {
    const segment = words[start]?.segment;
    return phrase.every((pattern, offset) => {
      const word = words[start + offset];
      return word !== undefined && word.segment === segment && this.wordMatches(pattern, word.text);
    });
  }

  /** Exact, by prefix (`opleiding*`), or, for a word the lexicon does not know, with a typo. */
  private wordMatches(pattern: PhraseWord, word: string): boolean {
    if (pattern.prefix) return word.startsWith(pattern.text);
    return word === pattern.text || (!this.vocabulary.has(word) && isTypoOf(word, pattern.text));
  }
}

function isLabel<L extends string>(label: L | Unclear): label is L {
  return label !== UNCLEAR;
}

/** One typo from 7 letters on, two from 11 on ("examencomissie"). */
function isTypoOf(word: string, target: string): boolean {
  const allowed = target.length >= 11 ? 2 : target.length >= 7 ? 1 : 0;
  return allowed > 0 && Math.abs(word.length - target.length) <= allowed && distance(word, target) <= allowed;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
