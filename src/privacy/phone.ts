/**
 * Phone numbers: Belgian numbers in every common notation (0471 23 45 67, 0471/23.45.67,
 * 0471234567, 09 123 45 67, 050-12-34-56, +32 471 23 45 67, 0032 9 123 45 67, +32 (0)9 …) and
 * international numbers written with + or 00.
 *
 * Digits joined by spaces, dots, slashes or dashes form a run; a number starts at the beginning of
 * a run or at a group after a space, ends at a group boundary, and has to look like a phone number
 * as a whole: the right length for its country, and for national notation a first group of 2-4
 * digits (the zone or mobile prefix) and one kind of separator after it. So ages (17), years
 * (2008), postcodes (9000), short helpline numbers (1813, 102, 112), dates (05/03/2008) and
 * national register numbers (05.03.12-123.45) are not phone numbers. Non-geographic service
 * numbers (0800, 070, 078, 090x) belong to organisations and are left readable.
 */
import type { TextRange } from './types.js';

const SEPARATOR = String.raw`(?:[ \t]*[./-][ \t]*|[ \t]+|[ \t]*\(0\)[ \t]*)`;
const RUN = new RegExp(String.raw`(?<![\d+])(?:\+[ \t]?)?\d+(?:${SEPARATOR}\d+)*`, 'g');
const GROUP = /\(0\)|\d+/g;
const SERVICE_NUMBER = /^(?:800|70|78|90)/;
const MAX_DIGITS = 15;

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator text before this group, trimmed of spaces; '' for a space or the first group. */
  separator: string;
  afterSpace: boolean;
}

export function findPhoneNumbers(text: string): TextRange[] {
  return [...text.matchAll(RUN)].flatMap((m) => numbersInRun(m[0], m.index, /\p{L}/u.test(text.charAt(m.index - 1))));
}

/**
 * The phone numbers in a run of digit groups. A run glued to letters is a code (an IBAN, "BE0123…")
 * unless it opens with a phone number ("gsm0471234567"), so numbers are not sought inside it.
 */
function numbersInRun(run: string, offset: number, gluedToLetter: boolean): TextRange[] {
  const plus = run.startsWith('+');
  const groups = groupsOf(run, offset);
  const found: TextRange[] = [];
  groups.forEach((group, i) => {
    const claimed = found.at(-1);
    if (claimed && group.start < claimed.end) return;
    if (i > 0 && (gluedToLetter || !group.afterSpace)) return;
    const last = longestNumberEnd(groups, i, plus && i === 0);
    if (last !== undefined) found.push({ start: plus && i === 0 ? offset : group.start, end: last.end });
  });
  return found;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let previousEnd = run.startsWith('+') ? 1 : 0;
  let pendingSeparator = '';
  for (const m of run.matchAll(GROUP)) {
    const between = run.slice(previousEnd, m.index);
    previousEnd = m.index + m[0].length;
    if (m[0] === '(0)') {
      pendingSeparator += between;
      continue;
    }
    const separator = pendingSeparator + between;
    pendingSeparator = '';
    groups.push({
      digits: m[0],
      start: offset + m.index,
      end: offset + previousEnd,
      separator: separator.trim(),
      afterSpace: separator.length > 0 && separator.trim() === '',
    });
  }
  return groups;
}

/** The last group of the longest phone number starting at group `from`, if any. */
function longestNumberEnd(groups: readonly Group[], from: number, plus: boolean): Group | undefined {
  let best: Group | undefined;
  let digits = '';
  for (let end = from + 1; end <= groups.length && digits.length <= MAX_DIGITS + 2; end += 1) {
    const number = groups.slice(from, end);
    const last = number.at(-1);
    if (last === undefined) break;
    digits += last.digits;
    const next = groups[end];
    const endsCleanly = next === undefined || next.afterSpace;
    if (endsCleanly && isPhoneNumber(number, digits, plus)) best = last;
  }
  return best;
}

function isPhoneNumber(groups: readonly Group[], digits: string, plus: boolean): boolean {
  if (plus) return isInternational(groups, digits);
  if (digits.startsWith('00')) return isInternational(groups, digits.slice(2));
  if (digits.startsWith('0')) return isBelgianNational(digits.slice(1)) && hasNationalGrouping(groups);
  return false;
}

/** Digits after + or 00: a Belgian number after 32 (an extra trunk 0 allowed), else 8-15 digits. */
function isInternational(groups: readonly Group[], digits: string): boolean {
  if (groups.slice(2).some((g) => g.digits.length < 2)) return false;
  if (digits.startsWith('32')) return isBelgianNational(digits.slice(2).replace(/^0/, ''));
  return /^[1-9]\d{7,14}$/.test(digits);
}

/** A Belgian number without its trunk 0: a landline of 8 digits or a mobile 4[5-9] of 9. */
function isBelgianNational(digits: string): boolean {
  if (SERVICE_NUMBER.test(digits)) return false;
  return /^[1-9]\d{7}$/.test(digits) || /^4[5-9]\d{7}$/.test(digits);
}

/**
 * One group, or a prefix of 2-4 digits followed by groups of 2+ digits; after the first separator
 * (0471/23.45.67) all separators are of one kind.
 */
function hasNationalGrouping(groups: readonly Group[]): boolean {
  const [prefix, ...rest] = groups;
  if (prefix === undefined || rest.length === 0) return true;
  if (prefix.digits.length < 2 || prefix.digits.length > 4) return false;
  if (rest.some((g) => g.digits.length < 2)) return false;
  const later = rest.slice(1);
  return later.every((g) => g.separator === later[0]?.separator);
}
