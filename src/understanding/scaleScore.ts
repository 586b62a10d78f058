import { numberWordValue } from './dutchNumbers.js';
import { normalize } from './normalize.js';

const LOWEST = 1;
const HIGHEST = 10;

/**
 * A score on a scale from 1 to 10, typed as a number ("7", "8/10", "een 8") or in Dutch words
 * ("zeven", "een acht", "ik denk een zes"). The last number said wins ("een zes, nee een zeven");
 * "een" counts as 1 only when no other number is said, since it is mostly an article.
 */
export function readScaleScore(text: string): number | null {
  const digits = [...text.matchAll(/(?:^|\D)(10|[1-9])(?:\s*\/\s*10)?(?!\d)/g)].map((m) => Number(m[1]));
  if (digits.length > 0) return digits.at(-1) ?? null;
  const words = normalize(text)
    .split(' ')
    .map((word) => numberWordValue(word))
    .filter((value): value is number => value !== null && value >= LOWEST && value <= HIGHEST);
  const notArticle = words.filter((value) => value !== 1);
  return notArticle.at(-1) ?? words.at(-1) ?? null;
}
