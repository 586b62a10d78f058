/**
 * Belgian national register numbers (INSZ / rijksregisternummer): 11 digits, yymmdd + a 3-digit
 * serial + a 2-digit check, written as 05.03.12-123.45, 050312-123-45, 050312 123 45 or 05031212345. A number
 * counts only when its check digits hold, so that other 11-digit numbers are left alone.
 */
import type { TextRange } from './types.js';

const CANDIDATE = /(?<!\d|\d[.-])\d{2}[. -]?\d{2}[. -]?\d{2}[ .-]?\d{3}[. -]?\d{2}(?!\d|[.-]\d)/g;

/**
 * Whether 11 digits form a valid national register number: the check is 97 minus the first nine
 * digits mod 97, and for people born from 2000 the nine digits are prefixed with "2" first.
 */
export function isValidNationalRegisterNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

export function findNationalRegisterNumbers(text: string): TextRange[] {
  return [...text.matchAll(CANDIDATE)]
    .filter((m) => isValidNationalRegisterNumber(m[0].replace(/\D/g, '')))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
