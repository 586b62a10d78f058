/**
 * Dutch cardinal number words (1-99) in normalised text, tolerant of typos ("achtien", "negetien",
 * "zeventein") and of the spellings "tweeentwintig", "tweeëntwintig" and "twee en twintig".
 */
import { closestWord } from './ageTypos.js';

const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien', 'elf', 'twaalf', 'dertien', 'veertien',
  'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien',
];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

function buildLexicon(): Map<string, number> {
  const lexicon = new Map<string, number>();
  UNITS.forEach((word, i) => lexicon.set(word, i + 1));
  TEENS.forEach((word, i) => lexicon.set(word, i + 10));
  TENS.forEach((tens, t) => {
    const tensValue = (t + 2) * 10;
    lexicon.set(tens, tensValue);
    // "ën" after a vowel loses its diaeresis in normalised text: tweeëntwintig -> tweeentwintig.
    UNITS.forEach((unit, u) => lexicon.set(`${unit}en${tens}`, tensValue + u + 1));
  });
  return lexicon;
}

const LEXICON = buildLexicon();
const TENS_VALUES = new Set(TENS.map((word) => LEXICON.get(word)));
const ORDINAL_ENDINGS = ['ste', 'de'];

function isOrdinal(word: string, prefer: (value: number) => boolean): boolean {
  return ORDINAL_ENDINGS.some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length);
    return closestWord(stem, LEXICON, prefer) !== null;
  });
}

/**
 * The value of one normalised word that is a cardinal number word, or null. Ordinals
 * ("vijfde", "achttiende") are not cardinals. `prefer` breaks ties between typo readings.
 */
export function numberWordValue(word: string, prefer: (value: number) => boolean = () => false): number | null {
  const exact = LEXICON.get(word);
  if (exact !== undefined) return exact;
  return isOrdinal(word, prefer) ? null : closestWord(word, LEXICON, prefer);
}

/**
 * Reads a number written in words at `start`: one word ("negentien") or unit, "en", tens as
 * separate words ("twee en twintig"). The lone article "een" is not read as a number.
 */
export function readNumberWords(
  words: readonly string[],
  start: number,
  prefer: (value: number) => boolean = () => false,
): { value: number; length: number } | null {
  const first = words[start];
  const value = first === undefined ? null : numberWordValue(first, prefer);
  if (value === null) return null;
  const compound = value < 10 ? splitCompound(words, start, value, prefer) : null;
  if (compound !== null) return compound;
  return first === 'een' ? null : { value, length: 1 };
}

function splitCompound(
  words: readonly string[],
  start: number,
  unit: number,
  prefer: (value: number) => boolean,
): { value: number; length: number } | null {
  const tensWord = words[start + 2];
  if (words[start + 1] !== 'en' || tensWord === undefined) return null;
  const tens = numberWordValue(tensWord, prefer);
  return tens !== null && TENS_VALUES.has(tens) ? { value: tens + unit, length: 3 } : null;
}
