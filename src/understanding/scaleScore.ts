import { numberWordValue } from './dutchNumbers.js';
import { normalize } from './normalize.js';

const LOWEST = 1;
const HIGHEST = 10;

/**
 * A score on a scale from 1 to 10, typed as a number ("7", "8/10", "een 8") or in Dutch words
 * ("zeven", "een acht", "ik denk een zes"). The last number said wins ("een zes, nee een zeven").
 * "een" is mostly an article: it counts as 1 only when no other number is said and it ends the
 * message ("maar een", "een") or is written as the numeral "één"; so "ik heb al een afspraak"
 * is no score.
 */
export function readScaleScore(text: string): number | null {
  const digits = [...text.matchAll(/(?:^|\D)(10|[1-9])(?:\s*\/\s*10)?(?!\d)/g)].map((m) => Number(m[1]));
  if (digits.length > 0) return digits.at(-1) ?? null;
  const words = normalize(text).split(' ').filter((word) => word !== '');
  const values = words
    .map((word, i) => ({ value: numberWordValue(word), last: i === words.length - 1 }))
    .filter((w): w is { value: number; last: boolean } => w.value !== null && w.value >= LOWEST && w.value <= HIGHEST);
  const notOne = values.filter((w) => w.value !== 1);
  if (notOne.length > 0) return notOne.at(-1)?.value ?? null;
  const one = values.some((w) => w.last) || /(?<!\p{L})(?:één|eén|éen)(?!\p{L})/iu.test(text);
  return values.length > 0 && one ? 1 : null;
}
