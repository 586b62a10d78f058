import type { KbEntry, KbNaming } from './schema.js';
import { stem, words } from './termAnalyzer.js';

/** Articles a naming word may be written with ("de dop"); it is matched without them. */
const ARTICLES = new Set(['de', 'het', 'een', "'t"]);

/** The stems of a word as young people type it, without a leading article. */
function stemsOf(text: string): string[] {
  const parts = words(text);
  const bare = parts.length > 1 && ARTICLES.has(parts[0] ?? '') ? parts.slice(1) : parts;
  return bare.map(stem);
}

/** Where the stems occur together, in order, in the question's stems; -1 when they do not. */
function position(question: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= question.length; i++) {
    if (phrase.every((part, j) => question[i + j] === part)) return i;
  }
  return -1;
}

/**
 * The everyday word of the entry's naming that the question uses, as it reads in a sentence ("de
 * dop"); the first in the question when it uses several. Undefined when it uses none, or also uses
 * the official name (then the young person knows it).
 */
export function theirWord(naming: KbNaming, question: string): string | undefined {
  const asked = words(question).map(stem);
  if (position(asked, stemsOf(naming.official)) >= 0) return undefined;
  const found = naming.words
    .map((word) => ({ word, at: position(asked, stemsOf(word)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  return found[0]?.word;
}

/** The keywords the topic matcher uses: the entry's keywords, then its everyday words that are not among them. */
export function matchingKeywords(entry: KbEntry): string[] {
  const bare = (word: string) => stemsOf(word).join(' ');
  const known = new Set(entry.keywords.map(bare));
  const added = (entry.naming?.words ?? []).filter((word) => {
    const key = bare(word);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  return [...entry.keywords, ...added];
}
