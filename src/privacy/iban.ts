/**
 * IBANs of any country, compact (BE71096123456769) or in groups (BE71 0961 2345 6769), upper or
 * lower case. A candidate on its own counts only when it passes the ISO 13616 mod-97 check; right
 * after "IBAN", "rekening(nummer)", "compte" or "account" it counts even when the check fails,
 * because people mistype it.
 */
import type { TextRange } from './types.js';

const START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const ALPHANUMERIC = /[A-Za-z0-9]/;
const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/** Whether a compact IBAN (no spaces) passes the mod-97 check. */
export function isValidIban(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  if (compact.length < MIN_LENGTH || compact.length > MAX_LENGTH) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder === 1;
}

/**
 * Two letters, two check digits and more letters or digits in groups of up to four, each with a
 * digit, so that a word after the number ("BE12 3456 7890 1234 maar ...") is not taken along.
 */
const SHAPE = String.raw`[A-Za-z]{2}\d{2}(?:[ ]?(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{1,4}){3,8}(?![\p{L}\p{N}])`;
const AFTER_KEYWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:iban|bic[ \t]*/[ \t]*iban|(?:bank)?rekening(?:nummer|nr)?|compte(?:[ \t]+bancaire)?|num[ée]ro[ \t]+de[ \t]+compte|(?:bank[ \t]+)?account(?:[ \t]+number)?)[^\p{L}\p{N}\n]{0,6}(?:(?:is|est|c['’]est|=|nr|nummer|number|:)[^\p{L}\p{N}\n]{0,4}){0,2}(${SHAPE})`,
  'giu',
);

export function findIbans(text: string): TextRange[] {
  return [...validIbans(text), ...namedIbans(text)];
}

function namedIbans(text: string): TextRange[] {
  return [...text.matchAll(AFTER_KEYWORD)]
    .filter((m) => (m[1] ?? '').replace(/ /g, '').length >= MIN_LENGTH)
    .map((m) => {
      const end = m.index + m[0].length;
      return { start: end - (m[1] ?? '').length, end };
    });
}

function validIbans(text: string): TextRange[] {
  const found: TextRange[] = [];
  let from = 0;
  for (const m of text.matchAll(START)) {
    if (m.index < from) continue;
    const end = longestValidEnd(text, m.index);
    if (end !== undefined) {
      found.push({ start: m.index, end });
      from = end;
    }
  }
  return found;
}

/** Reads alphanumeric groups separated by single spaces and returns the end of the longest valid IBAN. */
function longestValidEnd(text: string, start: number): number | undefined {
  let compact = '';
  let best: number | undefined;
  let i = start;
  while (i < text.length && compact.length <= MAX_LENGTH) {
    const char = text.charAt(i);
    if (ALPHANUMERIC.test(char)) {
      compact += char;
      i += 1;
      continue;
    }
    if (/\p{L}/u.test(char)) break;
    if (isValidIban(compact)) best = i;
    if (char !== ' ' || !ALPHANUMERIC.test(text.charAt(i + 1))) break;
    i += 1;
  }
  if (i === text.length && isValidIban(compact)) best = i;
  return best;
}
