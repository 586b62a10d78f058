import { newStemmer } from 'snowball-stemmers';
import { normalize } from '../understanding/normalize.js';
import { BoundedMemo } from '../boundedMemo.js';

const dutch = newStemmer('dutch');

/** Compounds are split only when both sides are at least this long ("cv-ketel" stays whole). */
const MIN_PART = 4;

/** One content word of a text: its stem and, for a compound, the stems of its known parts. */
export type TermGroup = { word: string; stem: string; parts: string[] };

/**
 * The words of a text, normalised (no case, no accents) and split at spaces, slashes, dots and
 * apostrophes. Hyphenated words are joined ("theorie-examen" → "theorieexamen") so that they are
 * treated like the compound they are. One-letter words are dropped.
 */
export function words(text: string): string[] {
  return normalize(text)
    .split(/[\s/.']+/)
    .map((word) => word.replace(/-/g, ''))
    .filter((word) => word.length > 1);
}

/**
 * Turns text into search terms: drops stop words and words with digits (ages, years, phone
 * numbers), stems the rest with the Snowball Dutch stemmer and splits compounds against a
 * vocabulary, so "werkloosheidsuitkering" also yields "uitkering" when the content knows that word.
 */
export class TermAnalyzer {
  private readonly stopwords: ReadonlySet<string>;
  private readonly vocabulary: ReadonlySet<string>;

  /** `vocabularyTexts`: the texts whose words count as known parts of compounds. */
  constructor(stopwords: Iterable<string>, vocabularyTexts: readonly string[] = []) {
    this.stopwords = new Set([...stopwords].flatMap(words));
    this.vocabulary = new Set(vocabularyTexts.flatMap((text) => this.contentWords(text).map(stem)));
  }

  /** The words of a text that can carry a topic. */
  contentWords(text: string): string[] {
    return words(text).filter((word) => !this.stopwords.has(word) && !/\d/.test(word));
  }

  groups(text: string): TermGroup[] {
    return this.contentWords(text).map((word) => ({ word, stem: stem(word), parts: this.compoundParts(word) }));
  }

  /** All search terms of a text: stems and compound parts, in order, without repeats. */
  terms(text: string): string[] {
    return [...new Set(this.groups(text).flatMap((group) => [group.stem, ...group.parts]))];
  }

  /**
   * The known parts of a compound: the longest known head (Dutch compounds end in their head word)
   * and the rest before it, without a linking -s- or -e(n)-, when that is known too; failing a known
   * head, the longest known first part ("heftruckchauffeur" → "heftruck").
   */
  private compoundParts(word: string): string[] {
    const splits = Array.from({ length: Math.max(0, word.length - 2 * MIN_PART + 1) }, (_, i) => MIN_PART + i);
    for (const split of splits) {
      const head = stem(word.slice(split));
      if (this.vocabulary.has(head)) return [...new Set([head, ...this.knownModifiers(word.slice(0, split))])];
    }
    for (const split of splits.reverse()) {
      const modifiers = this.knownModifiers(word.slice(0, split));
      if (modifiers.length > 0) return modifiers;
    }
    return [];
  }

  /** The stem of a compound's first part, with or without its linking -s- or -e(n)-, if known. */
  private knownModifiers(modifier: string): string[] {
    const stems = [modifier, modifier.replace(/(s|e|en)$/, '')]
      .filter((form) => form.length >= MIN_PART)
      .map(stem)
      .filter((form) => this.vocabulary.has(form));
    return [...new Set(stems)];
  }
}

/**
 * Stems already computed. Loading the knowledge base stems every substring of every compound, and
 * each message again; the same words come back all the time. Emptied when full, so text typed by
 * users cannot make it grow without bound.
 */
const stems = new BoundedMemo<string, string>(50_000, (word) => dutch.stem(word));

export function stem(word: string): string {
  return stems.get(word);
}
