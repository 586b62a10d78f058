import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { ContentError, locator, readYamlFile } from '../content/yamlFile.js';
import { tokens } from '../understanding/normalize.js';
import { REGION_CODES } from './regionCodes.js';
import { BoundedMemo } from '../boundedMemo.js';

export const postcodeSchema = z.string().regex(/^\d{4}$/, 'must be a Belgian postcode of 4 digits');

const municipalitySchema = z.strictObject({
  name: z.string().min(1),
  province: z.enum(REGION_CODES),
  postcodes: z.array(postcodeSchema).min(1),
  /** Former municipalities merged into this one (2019, 2025). */
  mergedFrom: z.array(z.string().min(1)).default([]),
  /** Deelgemeenten and names in another language. */
  aliases: z.array(z.string().min(1)).default([]),
});

export const municipalityFileSchema = z.array(municipalitySchema).min(1);

export type Municipality = z.output<typeof municipalitySchema>;

/** A name found in a text: the municipality and how many edits the text needed to match it. */
export interface NameMatch {
  readonly municipality: Municipality;
  readonly edits: number;
  /** The words of the text that matched, as a name key. */
  readonly window: string;
}

/** The key a name is looked up by: lower case, no accents, words joined by single spaces. */
export function nameKey(name: string): string {
  return tokens(name).join(' ');
}

/**
 * How many typos a name may contain and still be recognised: more when the whole answer is the
 * name ("gentt", "St-Niklaas"). Inside a sentence only longer names
 * get them: "hallo", "leven" or "wil meer" would otherwise become Halle, Leuven or Val-Meer.
 */
function allowedEdits(length: number, wholeAnswer: boolean): number {
  if (wholeAnswer) return length >= 8 ? 2 : length >= 5 ? 1 : 0;
  return length >= 12 ? 2 : length >= 8 ? 1 : 0;
}


const MAX_WORDS_IN_NAME = 4;
/** How many letters of match one typo outweighs. */
const TYPO_COST = 3;
/** Texts whose match is remembered at most; then it starts again, so memory stays small. */
const MAX_REMEMBERED_TEXTS = 256;

/** A name key of a municipality, and where it comes in the file. */
interface NameKey {
  key: string;
  municipality: Municipality;
  order: number;
}

/** The municipalities of content/municipalities.yaml, findable by name (tolerant to typos) and postcode. */
export class Municipalities {
  private readonly byKey = new Map<string, Municipality>();
  private readonly byPostcode = new Map<string, Municipality[]>();
  /** Name keys by length, each with its municipality: only keys of about a window's length can be near it. */
  private readonly byLength = new Map<number, NameKey[]>();
  /** `near` by length and limit, made when first asked. */
  private readonly nearLists = new Map<string, NameKey[]>();
  /** What `find` gave for recent texts: a turn asks for the same text more than once. */
  private readonly found = new BoundedMemo<string, NameMatch | undefined>(MAX_REMEMBERED_TEXTS, (text) => this.search(text));

  /** Throws a ContentError naming the entry and field when two municipalities share a name. */
  constructor(
    readonly all: readonly Municipality[],
    file = 'municipalities',
  ) {
    const problems: string[] = [];
    const at = locator(file);
    all.forEach((municipality, entry) => {
      const names: Array<[PropertyKey[], string]> = [
        [['name'], municipality.name],
        ...municipality.mergedFrom.map((n, i): [PropertyKey[], string] => [['mergedFrom', i], n]),
        ...municipality.aliases.map((n, i): [PropertyKey[], string] => [['aliases', i], n]),
      ];
      for (const [path, name] of names) {
        const key = nameKey(name);
        const owner = this.byKey.get(key);
        if (owner && owner !== municipality) {
          problems.push(at([entry, ...path], `entry "${municipality.name}", field "${String(path[0])}": "${name}" is also a name of "${owner.name}"`));
        }
        this.byKey.set(key, owner ?? municipality);
      }
      for (const postcode of municipality.postcodes) {
        this.byPostcode.set(postcode, [...(this.byPostcode.get(postcode) ?? []), municipality]);
      }
    });
    if (problems.length > 0) throw new ContentError(file, problems);
    [...this.byKey].forEach(([key, municipality], order) => {
      this.byLength.set(key.length, [...(this.byLength.get(key.length) ?? []), { key, municipality, order }]);
    });
  }

  static load(contentDir: string): Municipalities {
    const file = join(contentDir, 'municipalities.yaml');
    return new Municipalities(readYamlFile(file, municipalityFileSchema), file);
  }

  withPostcode(postcode: string): readonly Municipality[] {
    return this.byPostcode.get(postcode) ?? [];
  }

  /** The municipality with exactly this name, alias or former name (case, accents and hyphens aside). */
  named(name: string): Municipality | undefined {
    return this.byKey.get(nameKey(name));
  }

  /**
   * The name in a short text ("ik woon in Sint-Niklaas", "Gentt", "Sint-Jan-Molenbeek") that covers
   * the most letters, each typo counting against it; names within a few typos count.
   */
  find(text: string): NameMatch | undefined {
    return this.found.get(text);
  }

  private search(text: string): NameMatch | undefined {
    let best: (NameMatch & { score: number }) | undefined;
    const whole = nameKey(text);
    for (const window of wordWindows(text)) {
      const limit = allowedEdits(window.length, window === whole);
      const exact = this.byKey.get(window);
      for (const { key, municipality } of exact ? [{ key: window, municipality: exact }] : this.near(window.length, limit)) {
        const edits = key === window ? 0 : distance(window, key);
        const score = window.length - TYPO_COST * edits;
        if (edits <= limit && (!best || score > best.score)) best = { municipality, edits, window, score };
      }
    }
    return best && { municipality: best.municipality, edits: best.edits, window: best.window };
  }

  /** The name keys within `limit` letters of `length`, in the order of the file (the first wins a tie). */
  private near(length: number, limit: number): NameKey[] {
    if (limit === 0) return [];
    const key = `${length}:${limit}`;
    let keys = this.nearLists.get(key);
    if (!keys) {
      const lengths = Array.from({ length: 2 * limit + 1 }, (_, i) => length - limit + i);
      keys = lengths.flatMap((n) => this.byLength.get(n) ?? []).sort((a, b) => a.order - b.order);
      this.nearLists.set(key, keys);
    }
    return keys;
  }
}

/** Every run of 1 to 4 consecutive words of a text as name keys, longest runs first. */
export function wordWindows(text: string): string[] {
  const words = tokens(text);
  const windows: string[] = [];
  for (let size = Math.min(MAX_WORDS_IN_NAME, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      windows.push(words.slice(start, start + size).join(' '));
    }
  }
  return windows;
}
