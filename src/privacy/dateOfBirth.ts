/**
 * Dates of birth: a full date (day, month and year) in any common notation: 21/09/2008, 8-11-2008,
 * 28.02.2004, °12.01.2005, 2006-08-19, 3 mei 2006, 5 juin 2007, March 17, 2005. A full date is
 * read as a date of birth when its year is at least eight years ago (an appointment is not that
 * old), or when "geboren", "°", "né(e)", "born" or "geboortedatum" comes before it (then also with
 * a two-digit year: °12/01/05). Month and year alone ("januari 2005") identify no one and stay.
 */
import type { TextRange } from './types.js';

const MONTHS = [
  'januari', 'jan', 'februari', 'feb', 'febr', 'maart', 'mrt', 'april', 'apr', 'mei', 'juni', 'jun', 'juli', 'jul', 'augustus',
  'aug', 'september', 'sept', 'sep', 'oktober', 'okt', 'november', 'nov', 'december', 'dec', 'janvier', 'février', 'fevrier',
  'mars', 'avril', 'avr', 'juin', 'juillet', 'juil', 'août', 'aout', 'septembre', 'octobre', 'oct', 'novembre', 'décembre',
  'decembre', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
].join('|');
const DEGREE = String.raw`(?:°[ \t]?)?`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const NUMERIC = new RegExp(String.raw`(?<![\p{N}°])${DEGREE}${DAY}([./-])${MONTH}\1(\d{4}|\d{2})(?![\p{N}]|[./-]\d)`, 'gu');
const ISO = new RegExp(String.raw`(?<![\p{N}°])${DEGREE}(\d{4})-${MONTH}-${DAY}(?!\p{N})`, 'gu');
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}°])${DEGREE}${DAY}(?:e|ste|de|er|st|nd|rd|th)?[ \t]+(?:${MONTHS})\.?[ \t]+(\d{4})(?!\p{N})`,
  'giu',
);
const WRITTEN_MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${MONTHS})\.?[ \t]+${DAY}(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?!\p{N})`,
  'giu',
);
const BIRTH_CUE = /(?:geboren|geb\.|geboortedatum|geboortedag|née?|naissance|born|birth|dob)(?![\p{L}])[^.!?\n]{0,20}$/iu;
const MIN_YEARS_AGO = 8;

export function findDatesOfBirth(text: string, now: Date = new Date()): TextRange[] {
  const latestYear = now.getFullYear() - MIN_YEARS_AGO;
  const found: TextRange[] = [];
  const add = (start: number, end: number, year: string) => {
    const cued = text.charAt(start) === '°' || BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start));
    if (year.length === 2 ? cued : cued || Number(year) <= latestYear) found.push({ start, end });
  };
  for (const m of text.matchAll(NUMERIC)) add(m.index, m.index + m[0].length, m[2] ?? '');
  for (const m of text.matchAll(ISO)) add(m.index, m.index + m[0].length, m[1] ?? '');
  for (const m of text.matchAll(WRITTEN)) add(m.index, m.index + m[0].length, m[1] ?? '');
  for (const m of text.matchAll(WRITTEN_MONTH_FIRST)) add(m.index, m.index + m[0].length, m[1] ?? '');
  return found;
}
