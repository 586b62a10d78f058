import { join } from 'node:path';
import { z } from 'zod';
import { municipalityFileSchema } from '../contacts/municipalities.js';
import { readYamlFile } from '../content/yamlFile.js';
import { PACKAGE_NAMES_FILE, packageNamesSchema } from './packageNamesFile.js';

const words = z.array(z.string().trim().min(1)).min(1);

/** content/privacy-names.yaml: see its comments. */
export const nameLexiconSchema = z.strictObject({
  firstNames: words,
  packageNameExceptions: words,
  organisations: words,
  organisationCues: words,
  organisationWords: words,
  lowerCaseWords: words,
});

export const NAMES_FILE = 'privacy-names.yaml';
const PLACES_FILE = 'municipalities.yaml';

/** Lower case without accents, so "Öztürk" and "ozturk" are one word. */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}

/**
 * What the name finder knows from content: common first names, organisations that look like a
 * person's name, and place names (a place after a first name is not a surname: "Sarah Gent").
 */
export class NameLexicon {
  private readonly firstNames: ReadonlySet<string>;
  private readonly capitalisedFirstNames: ReadonlySet<string>;
  private readonly organisations: readonly string[];
  private readonly organisationCues: ReadonlySet<string>;
  private readonly organisationWords: ReadonlySet<string>;
  private readonly places: ReadonlySet<string>;
  private readonly lowerCaseWords: ReadonlySet<string>;

  /**
   * `packageNames` widen `data.firstNames`, but count only when written with a capital, and not
   * when `data.packageNameExceptions` lists them as everyday words.
   */
  constructor(data: z.output<typeof nameLexiconSchema>, places: Iterable<string> = [], packageNames: Iterable<string> = []) {
    this.firstNames = new Set(data.firstNames.map(fold));
    const exceptions = new Set(data.packageNameExceptions.map(fold));
    this.capitalisedFirstNames = new Set([...packageNames].map(fold).filter((name) => !exceptions.has(name)));
    this.organisations = data.organisations.map(fold);
    this.organisationCues = new Set(data.organisationCues.map(fold));
    this.organisationWords = new Set(data.organisationWords.map(fold));
    this.places = new Set([...places].map(fold));
    this.lowerCaseWords = new Set(data.lowerCaseWords.map(fold));
  }

  /** A lexicon that knows no names: only the phrases that introduce a name find one. */
  static readonly empty = new NameLexicon({ firstNames: ['-'], packageNameExceptions: ['-'], organisations: ['-'], organisationCues: ['-'], organisationWords: ['-'], lowerCaseWords: ['-'] });

  static load(contentDir: string): NameLexicon {
    const data = readYamlFile(join(contentDir, NAMES_FILE), nameLexiconSchema);
    const municipalities = readYamlFile(join(contentDir, PLACES_FILE), municipalityFileSchema);
    return new NameLexicon(
      data,
      municipalities.flatMap((m) => [m.name, ...m.mergedFrom, ...m.aliases]),
      readYamlFile(join(contentDir, PACKAGE_NAMES_FILE), packageNamesSchema).names,
    );
  }

  /** A first name from content in any case, or one from the package list written with a capital. */
  isFirstName(word: string): boolean {
    const folded = fold(word);
    return this.firstNames.has(folded) || (/^\p{Lu}/u.test(word) && this.capitalisedFirstNames.has(folded));
  }

  /** Whether a first name is an everyday word when written in lower case ("said", "elke", "guy"). */
  isLowerCaseWord(word: string): boolean {
    return this.lowerCaseWords.has(fold(word));
  }

  isPlace(word: string): boolean {
    return this.places.has(fold(word));
  }

  isOrganisationCue(word: string): boolean {
    return this.organisationCues.has(fold(word));
  }

  isOrganisationWord(word: string): boolean {
    return this.organisationWords.has(fold(word));
  }

  /** Whether the text at `start` begins with a known organisation's name (which may go on after it). */
  organisationAt(text: string, start: number): boolean {
    const rest = fold(text.slice(start, start + 60));
    return this.organisations.some((name) => rest.startsWith(name) && !/^\p{L}/u.test(rest.slice(name.length)));
  }

  /** Whether a known organisation's name starts before `start` and covers it ("AZ Jan Palfijn" at "Jan"). */
  organisationAround(text: string, start: number): boolean {
    for (let from = Math.max(0, start - 20); from < start; from += 1) {
      if ((from === 0 || !/\p{L}/u.test(text.charAt(from - 1))) && this.organisationAt(text, from)) {
        const name = this.organisations.find((n) => fold(text.slice(from, from + 60)).startsWith(n)) ?? '';
        if (from + name.length > start) return true;
      }
    }
    return false;
  }
}
