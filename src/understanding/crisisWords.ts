/**
 * One word of a crisis term and whether a token matches it: typos by length, `word*` and `*word`
 * wildcards, and `=word` for no typos at all.
 */
import { distance } from 'fastest-levenshtein';
import { tokens } from './normalize.js';

export interface Word {
  core: string;
  /** `word*`: the token may go on after the core ("zelfmoordgedachten"). */
  openEnd: boolean;
  /** `*word`: the token may start before the core ("slaappillen"). */
  openStart: boolean;
  /** Edits allowed for a typo. */
  typos: number;
}

/** Words this long allow one typo, and two from the second length on. */
export const ONE_TYPO_FROM = 7;
const TWO_TYPOS_FROM = 12;

const typosFor = (core: string): number =>
  core.length >= TWO_TYPOS_FROM ? 2 : core.length >= ONE_TYPO_FROM ? 1 : 0;

/** The words of one raw term word ("snij*", "=doodgaan", "zelf-moord"). */
export function parseWord(raw: string): Word[] {
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

/** Words with neither wildcard, which can also be typed together with the next one. */
export function isPlain(word: Word): boolean {
  return !word.openEnd && !word.openStart;
}

function closeEnough(token: string, core: string, typos: number): boolean {
  return typos > 0 && Math.abs(token.length - core.length) <= typos && distance(token, core) <= typos;
}

export function wordMatches(token: string, word: Word): boolean {
  const { core, openStart, openEnd, typos } = word;
  if (openStart && openEnd) return token.includes(core);
  if (!openStart && !openEnd) return token === core || closeEnough(token, core, typos);
  if (openEnd ? token.startsWith(core) : token.endsWith(core)) return true;
  if (typos === 0) return false;
  // With a typo: the token's first (or last) core.length or core.length + 1 letters, or the whole
  // token when it is one letter short. A dropped letter counts only at the very end of the token,
  // or "aanraden" would pass for "aanrand*".
  const piece = (n: number): string => (openEnd ? token.slice(0, n) : token.slice(-n));
  if (core.length <= token.length && closeEnough(piece(core.length), core, typos)) return true;
  if (core.length + 1 <= token.length && closeEnough(piece(core.length + 1), core, typos)) return true;
  return token.length === core.length - 1 && closeEnough(token, core, typos);
}
