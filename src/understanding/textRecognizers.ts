/**
 * Microsoft's Recognizers-Text (@microsoft/recognizers-text-suite) where it serves: yes and no in
 * Dutch, English and French behind the confirm questions, and ages and birth dates written in
 * English or French. It has no Dutch number or date models; Dutch stays our own code. The package
 * is large, so it is read on first use (start-up calls `warm` right after the bot is listening).
 */
import { createRequire } from 'node:module';

type Suite = typeof import('@microsoft/recognizers-text-suite');
type ModelResult = ReturnType<Suite['recognizeAge']>[number];

const require = createRequire(import.meta.url);
const CULTURES = { nl: 'nl-nl', en: 'en-us', fr: 'fr-fr' } as const;

const MIN_AGE = 12;
const MAX_AGE = 30;
const DAY_MS = 86_400_000;

/** "I'll be 20", "turning 20", "bientôt 20", "presque 20", "almost 20": one year less now. */
const TO_COME = /\b(?:will be|i'?ll be|turning|turn|almost|nearly|soon|bient[oô]t|presque|vais avoir|aurai|j'aurai)\b/i;
/** "I am 17", "I'm seventeen", "j'ai 17", "im 17": a number right after these is an age. */
const OWN_AGE = /\b(?:i am|i'?m|im|age|aged|turn|turning|will be|i'?ll be|j'ai|jai|ai|age de|âgée?|aurai|vais avoir)\s*(?:almost|nearly|presque|bientôt|bientot)?\s*$/i;
/** Words around a bare number that keep it an age: "seventeen", "quinze ans", "sixteen and a half". */
const AGE_WORDS = /\b(?:years?|old|yo|yrs|ans|and a half|et demi|almost|nearly|presque|bientôt|bientot)\b|[\s.!,]/gi;
/** English or French words that make this reading win over the Dutch one ("I turn 20 next week"). */
export const FOREIGN_AGE_CUE = /\b(?:years?|old|born|i'?m|am|turn(?:ing)?|will|ans|j'ai|née?|presque|bientôt|aurai|vais)\b/i;

export class TextRecognizers {
  private suite: Suite | undefined;

  private get recognizers(): Suite {
    this.suite ??= require('@microsoft/recognizers-text-suite') as Suite;
    return this.suite;
  }

  /** Reads the package and builds its models now, so the first message does not wait. */
  warm(): void {
    const r = this.recognizers;
    for (const culture of Object.values(CULTURES)) r.recognizeBoolean('ja', culture);
    r.recognizeAge('17 years old', CULTURES.en);
    r.recognizeAge('17 ans', CULTURES.fr);
    r.recognizeDateTime('3 march 2008', CULTURES.en);
    r.recognizeDateTime('3 mars 2008', CULTURES.fr);
  }

  /** Yes or no in Dutch, English or French ("ok", "yep", "oui", "nee dank je"), or null. */
  yesNo(text: string): 'yes' | 'no' | null {
    for (const culture of Object.values(CULTURES)) {
      const value: unknown = this.recognizers.recognizeBoolean(text, culture)[0]?.resolution?.['value'];
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
    }
    return null;
  }

  /** A phone number or e-mail address its sequence models find (after our own Belgian finders). */
  contact(text: string): { kind: 'phone' | 'email'; value: string } | null {
    const email = this.recognizers.recognizeEmail(text, CULTURES.en)[0];
    if (email) return { kind: 'email', value: email.text.replace(/\s+/g, '') };
    const phone = this.recognizers.recognizePhoneNumber(text, CULTURES.en)[0];
    return phone ? { kind: 'phone', value: phone.text.trim() } : null;
  }

  /** An age written in English or French: "17 years old", "j'ai seize ans", "I'm eighteen", a birth date. */
  age(text: string, today: Date): number | null {
    const said = this.saidAge(text, CULTURES.en) ?? this.saidAge(text, CULTURES.fr);
    if (said !== null) return served(said);
    // Belgian dates are day-month: French first, so 12/04/2009 is the 12th of April.
    return served(this.birthDateAge(text, today, CULTURES.fr) ?? this.birthDateAge(text, today, CULTURES.en));
  }

  private saidAge(text: string, culture: string): number | null {
    const r = this.recognizers;
    const stated = r.recognizeAge(text, culture).map((result) => ({ result, value: numberOf(result) }));
    const numbers = r.recognizeNumber(text, culture);
    const own = numbers
      .filter((result) => OWN_AGE.test(text.slice(0, result.start)) || isAlone(text, result))
      .map((result) => ({ result, value: numberOf(result) }));
    const said = [...stated, ...own].find((found) => found.value !== null);
    if (said?.value == null) return null;
    return TO_COME.test(text.slice(0, said.result.start)) ? said.value - 1 : said.value;
  }

  private birthDateAge(text: string, today: Date, culture: string): number | null {
    for (const result of this.recognizers.recognizeDateTime(text, culture, undefined, today)) {
      const values: unknown = result.resolution?.['values'];
      const first: unknown = Array.isArray(values) ? values[0] : undefined;
      const field = (name: string): string =>
        typeof first === 'object' && first !== null && name in first ? String((first as Record<string, unknown>)[name]) : '';
      const day = isoDay(field('timex'));
      if (day !== null) {
        if (day > today.getTime() + DAY_MS) continue;
        return ageOn(day, today);
      }
      // A month or a season ("juillet 2007", "the summer of 2006") fixes the age when its first and last day agree.
      const start = isoDay(field('start'));
      const end = isoDay(field('end'));
      if (start === null || end === null || end > today.getTime() || !/^\d{4}/.test(field('timex'))) continue;
      const atStart = ageOn(start, today);
      if (atStart === ageOn(end - DAY_MS, today)) return atStart;
    }
    return null;
  }
}

/** The number is the whole message, give or take age words ("quinze ans", "twenty", "sixteen and a half"). */
function isAlone(text: string, result: ModelResult): boolean {
  return (text.slice(0, result.start) + text.slice(result.end + 1)).replace(AGE_WORDS, '') === '';
}

/** A number as an age in whole years: "sixteen and a half" is 16. */
function numberOf(result: ModelResult): number | null {
  const value = Number(result.resolution?.['value']);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}

function isoDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

function served(age: number | null): number | null {
  return age !== null && age >= MIN_AGE && age <= MAX_AGE ? age : null;
}

function ageOn(born: number, today: Date): number {
  const birth = new Date(born);
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birth.getUTCMonth() || (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
