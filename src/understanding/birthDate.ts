/**
 * Birth dates in normalised text and the age they give on a given day. Full dates are read in
 * Belgian order (14/03/2008, 14-3-08, 14.03.2008, 14 03 2008, 14 maart 2008) or ISO order
 * (2008-03-14). A partial date ("januari 2005", "zomer van 2007", "begin 2006") gives an age only
 * when every day it can mean gives the same age.
 */
import { closestWord } from './ageTypos.js';
import { numberWordValue } from './dutchNumbers.js';

/** A day of the Gregorian calendar; month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A date read from the text: its length in words and the age it gives, null if it doesn't fix one. */
export interface BirthDateReading {
  age: number | null;
  length: number;
}

const MONTHS = new Map<string, number>(
  [
    ['januari', 'jan'], ['februari', 'feb', 'febr'], ['maart', 'mrt', 'maa'], ['april', 'apr'],
    ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'], ['november', 'nov'], ['december', 'dec'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);
const FULL_MONTH_NAMES = new Map([...MONTHS].filter(([name]) => name.length > 4));

type Period = { from: [month: number, day: number]; to: [month: number, day: number]; yearsBefore?: number };

/** Wide bounds, so that a period only fixes an age when it does so however it is meant. */
const PERIODS = new Map<string, Period>([
  ['lente', { from: [3, 1], to: [6, 21] }],
  ['voorjaar', { from: [3, 1], to: [6, 21] }],
  ['zomer', { from: [6, 1], to: [9, 23] }],
  ['herfst', { from: [9, 1], to: [12, 21] }],
  ['najaar', { from: [9, 1], to: [12, 21] }],
  ['winter', { from: [12, 1], to: [12, 31], yearsBefore: 1 }],
  ['begin', { from: [1, 1], to: [4, 30] }],
  ['start', { from: [1, 1], to: [4, 30] }],
  ['midden', { from: [5, 1], to: [8, 31] }],
  ['eind', { from: [9, 1], to: [12, 31] }],
  ['einde', { from: [9, 1], to: [12, 31] }],
]);

const LINKS = new Set(['van', 'in', 't']);
const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const DAY = /^(\d{1,2})(?:e|de|ste)?$/;

export function calendarDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isValid({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/** Completed years on `today`; a birthday on `today` counts as reached. */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthday = !isBefore(today, { year: today.year, month: birth.month, day: birth.day });
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/** The age for a birth somewhere from `earliest` to `latest`, or null if it isn't fixed. */
function ageOfRange(earliest: CalendarDate, latest: CalendarDate, today: CalendarDate): number | null {
  if (isBefore(today, latest)) return null;
  const age = ageOn(earliest, today);
  return age === ageOn(latest, today) ? age : null;
}

function ageOfDay(date: CalendarDate, today: CalendarDate): number | null {
  return isValid(date) ? ageOfRange(date, date, today) : null;
}

function ageOfMonth(year: number, month: number, today: CalendarDate): number | null {
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return ageOfRange({ year, month, day: 1 }, { year, month, day: lastDay }, today);
}

/** A four-digit year, or with `short` also two digits: the latest year not after today. */
function readYear(word: string | undefined, today: CalendarDate, short: boolean): number | null {
  if (word === undefined) return null;
  if (/^(19|20)\d\d$/.test(word)) return Number(word);
  if (!short || !/^\d\d$/.test(word)) return null;
  const year = 2000 + Number(word);
  return year <= today.year ? year : year - 100;
}

function readDay(word: string | undefined): number | null {
  if (word === undefined) return null;
  const digits = DAY.exec(word)?.[1];
  const day = digits === undefined ? numberWordValue(word) : Number(digits);
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

function readMonthName(word: string | undefined): number | null {
  if (word === undefined) return null;
  return MONTHS.get(word) ?? closestWord(word, FULL_MONTH_NAMES);
}

/** The day as written in "14/03/2008", "14-3-08" or "2008-03-14", not yet checked. */
function writtenDate(word: string, today: CalendarDate): CalendarDate | null {
  const dmy = DAY_MONTH_YEAR.exec(word);
  if (dmy !== null) {
    const year = readYear(dmy[4], today, true);
    return year === null ? null : { year, month: Number(dmy[3]), day: Number(dmy[1]) };
  }
  const ymd = YEAR_MONTH_DAY.exec(word);
  return ymd === null ? null : { year: Number(ymd[1]), month: Number(ymd[3]), day: Number(ymd[4]) };
}

/** A date in one word ("14/03/2008", "03/2008"). Day and month are swapped when only that is valid. */
function readNumericDate(written: string, today: CalendarDate): BirthDateReading | null {
  const word = written.replaceAll("'", ''); // 3/11/'07
  const monthYear = MONTH_YEAR.exec(word);
  if (monthYear !== null) return { age: ageOfMonth(Number(monthYear[2]), Number(monthYear[1]), today), length: 1 };
  const date = writtenDate(word, today);
  if (date === null) return null;
  const swapped = { ...date, month: date.day, day: date.month };
  return { age: ageOfDay(isValid(date) || !isValid(swapped) ? date : swapped, today), length: 1 };
}

/** Skips "van"/"in"/"'t" between a month or period and its year. */
function yearAfter(words: readonly string[], at: number, today: CalendarDate, short: boolean) {
  const offset = LINKS.has(words[at] ?? '') ? 1 : 0;
  const year = readYear(words[at + offset], today, short);
  return year === null ? null : { year, length: offset + 1 };
}

/** "3 maart 2008", "3 03 2008", "3 maart" (no age), "januari 2005": several words. */
function readDayMonthYear(words: readonly string[], start: number, today: CalendarDate): BirthDateReading | null {
  const day = readDay(words[start]);
  const dayLength = day === null ? 0 : 1;
  const monthWord = words[start + dayLength];
  const monthName = readMonthName(monthWord);
  const monthDigits = day !== null && monthWord !== undefined && /^\d{1,2}$/.test(monthWord) ? Number(monthWord) : null;
  const month = monthName ?? monthDigits;
  if (month === null) return null;
  // Two-digit years only in a full date with a month name: "3 maart 08", but "sinds maart 19" is an age.
  const year = yearAfter(words, start + dayLength + 1, today, monthName !== null && day !== null);
  if (year === null) {
    // A day and an exactly spelled month without a year: a date, but no age.
    return day !== null && monthWord !== undefined && MONTHS.has(monthWord) ? { age: null, length: 2 } : null;
  }
  if (monthDigits !== null && year.length > 1) return null;
  const length = dayLength + 1 + year.length;
  const age = day === null ? ageOfMonth(year.year, month, today) : ageOfDay({ year: year.year, month, day }, today);
  return { age, length };
}

/** "zomer van 2007", "begin 2006", "winter 2008". */
function readPeriod(words: readonly string[], start: number, today: CalendarDate): BirthDateReading | null {
  const period = PERIODS.get(words[start] ?? '');
  const year = period === undefined ? null : yearAfter(words, start + 1, today, false);
  if (period === undefined || year === null) return null;
  const [fromMonth, fromDay] = period.from;
  const [toMonth, toDay] = period.to;
  const earliest = { year: year.year - (period.yearsBefore ?? 0), month: fromMonth, day: fromDay };
  const latest = { year: year.year, month: toMonth, day: toDay };
  return { age: ageOfRange(earliest, latest, today), length: 1 + year.length };
}

/**
 * Reads a date starting at `words[start]` (whitespace-separated words of normalised text, so
 * "14/03/2008" is one word), or returns null if none starts there.
 */
export function readBirthDate(words: readonly string[], start: number, today: Date): BirthDateReading | null {
  const day = calendarDate(today);
  const word = words[start];
  if (word === undefined) return null;
  return readNumericDate(word, day) ?? readDayMonthYear(words, start, day) ?? readPeriod(words, start, day);
}
