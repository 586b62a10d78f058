/**
 * Splits an answer to "Hoe oud ben je?" into clauses of items: words, numbers (digits or Dutch
 * words), birth dates, and numbers that cannot be an age (ordinals, clock times, years).
 */
import { YEAR_UNITS } from './ageLexicon.js';
import { readBirthDate } from './birthDate.js';
import { readNumberWords } from './dutchNumbers.js';
import { normalize, tokens } from './normalize.js';

export type AgeItem =
  | { kind: 'word'; text: string }
  /** `years`: the unit is glued on, as in "22j" or "17jaar". */
  | { kind: 'number'; value: number; years: boolean }
  /** `age` is null when the date doesn't fix an age ("3 maart", "november 2008" in November). */
  | { kind: 'date'; age: number | null }
  | { kind: 'not-an-age' };

const DECIMAL_COMMA = /(\d),(\d)/g;
/** Punctuation that ends a clause; a dot only before a word or at the end ("7 jan. 2007" stays whole). */
const CLAUSE_END = /[,;:!?()\n]|\.(?=\s*$|\s+[^\d\s])/;
/** "17", "22j", "17jaar"; the unit glued on is any of the year units. */
const AGE_DIGITS = new RegExp(`^(\\d{1,3})(${[...YEAR_UNITS].join('|')})?$`);
const DECIMAL = /^(\d{1,3})\.\d{1,2}$/;

type Part = string | { kind: 'date'; age: number | null };

/** Whitespace words of a clause, with dates read as one part and "18.5" as "18". */
function parts(clause: string, today: Date): Part[] {
  const chunks = normalize(clause).split(' ').filter((chunk) => chunk !== '');
  const result: Part[] = [];
  for (let i = 0; i < chunks.length; ) {
    const date = readBirthDate(chunks, i, today);
    if (date !== null) {
      result.push({ kind: 'date', age: date.age });
      i += date.length;
      continue;
    }
    const chunk = chunks[i] ?? '';
    const whole = DECIMAL.exec(chunk)?.[1];
    result.push(...(whole === undefined ? tokens(chunk) : [whole]));
    i += 1;
  }
  return result;
}

function readNumber(
  texts: readonly string[],
  at: number,
  prefer: (value: number) => boolean,
): { item: AgeItem; length: number } | null {
  const text = texts[at] ?? '';
  const digits = AGE_DIGITS.exec(text);
  if (digits !== null) {
    return { item: { kind: 'number', value: Number(digits[1]), years: digits[2] !== undefined }, length: 1 };
  }
  if (/^\d/.test(text)) return { item: { kind: 'not-an-age' }, length: 1 };
  const words = readNumberWords(texts, at, prefer);
  return words === null ? null : { item: { kind: 'number', value: words.value, years: false }, length: words.length };
}

function itemsOf(clause: string, today: Date, prefer: (value: number) => boolean): AgeItem[] {
  const clauseParts = parts(clause, today);
  const texts = clauseParts.map((part) => (typeof part === 'string' ? part : ''));
  const items: AgeItem[] = [];
  for (let i = 0; i < clauseParts.length; ) {
    const part = clauseParts[i] ?? '';
    const number = typeof part === 'string' ? readNumber(texts, i, prefer) : null;
    if (typeof part !== 'string') items.push(part);
    else items.push(number?.item ?? { kind: 'word', text: part });
    i += number?.length ?? 1;
  }
  return items;
}

/**
 * The clauses of `text` (split at punctuation) as items. `prefer` settles typos that could be two
 * number words ("negentie": negentien or negentig).
 */
export function ageClauses(text: string, today: Date, prefer: (value: number) => boolean): AgeItem[][] {
  return text
    .replace(DECIMAL_COMMA, '$1.$2')
    .split(CLAUSE_END)
    .map((clause) => itemsOf(clause, today, prefer))
    .filter((items) => items.length > 0);
}
