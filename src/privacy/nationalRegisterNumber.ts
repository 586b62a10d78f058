/**
 * Belgian national register numbers (INSZ / rijksregisternummer): 11 digits, yymmdd + a 3-digit
 * serial + a 2-digit check, written as 05.03.12-123.45, 050312-123-45, 050312 123 45 or 05031212345. A number
 * on its own counts only when its check digits hold, so that other 11-digit numbers are left alone;
 * right after its name ("rijksregisternummer", "rijksregisternr", "INSZ", "numéro national") it
 * counts even when they fail, because people mistype it.
 */
import type { TextRange } from './types.js';

const SHAPE = String.raw`\d{2}[. -]?\d{2}[. -]?\d{2}[ .-]?\d{3}[. -]?\d{2}(?!\d|[.-]\d)`;
const CANDIDATE = new RegExp(String.raw`(?<!\d|\d[.-])${SHAPE}`, 'g');

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

/** The number's name, then at most a few words without digits ("is", "c'est", ":"), then the number. */
const AFTER_KEYWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:rijksregister(?:nummer|nr)?|insz(?:-?nummer)?|num[ée]ro[ \t]+(?:de[ \t]+)?(?:registre[ \t]+)?national|n°[ \t]*national|registre[ \t]+national|national[ \t]+(?:register|id)[ \t]+number)[^\d\n]{0,20}?(?<!\d)(${SHAPE})`,
  'giu',
);

export function findNationalRegisterNumbers(text: string): TextRange[] {
  const valid = [...text.matchAll(CANDIDATE)]
    .filter((m) => isValidNationalRegisterNumber(m[0].replace(/\D/g, '')))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const named = [...text.matchAll(AFTER_KEYWORD)].map((m) => {
    const number = m[1] ?? '';
    const end = m.index + m[0].length;
    return { start: end - number.length, end };
  });
  return [...valid, ...named];
}
