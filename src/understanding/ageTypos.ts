/**
 * Typo-tolerant word lookup for the age recogniser (number words, month names). Short words get no
 * tolerance: "tegen"/"negen", "maar"/"maart" and "zelf"/"elf" are different words.
 */
import { distance } from 'fastest-levenshtein';

/** Edits allowed for a word of this length. */
function typoBudget(length: number): number {
  if (length < 6) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The value of the closest lexicon word within the typo budget that shares the first letter.
 * On a tie between different values the single one `prefer` accepts wins; otherwise null.
 */
export function closestWord<T>(
  word: string,
  lexicon: ReadonlyMap<string, T>,
  prefer: (value: T) => boolean = () => false,
): T | null {
  const exact = lexicon.get(word);
  if (exact !== undefined) return exact;
  const budget = typoBudget(word.length);
  let best = budget;
  let values: T[] = [];
  for (const [candidate, value] of lexicon) {
    if (candidate[0] !== word[0]) continue;
    const d = distance(word, candidate);
    if (d > budget) continue;
    if (d < best) {
      best = d;
      values = [value];
    } else if (d === best && !values.includes(value)) {
      values.push(value);
    }
  }
  const chosen = values.length === 1 ? values : values.filter(prefer);
  return chosen.length === 1 ? (chosen[0] ?? null) : null;
}
