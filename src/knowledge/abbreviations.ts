import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';

export const abbreviationsSchema = z.strictObject({
  /** Abbreviation (as written, case matters) → a short plain-Dutch explanation. */
  abbreviations: z.record(z.string().regex(/^[A-Za-z0-9]+$/, 'must be one word of letters and digits'), z.string().min(1)),
});

/** Texts with abbreviations explained, and every abbreviation explained so far in the conversation. */
export type Explained = { texts: string[]; explained: string[] };

/**
 * Abbreviations young people may not know (content/abbreviations.yaml). The first time one is used
 * in a conversation, its explanation follows in brackets: "de HVW (Hulpkas voor …)", or joins the
 * brackets already there: "VDAB (de Vlaamse dienst …; in Brussel bij Actiris)". An abbreviation
 * whose explanation is written out in the text needs none.
 */
export class Abbreviations {
  private readonly patterns: ReadonlyArray<{ abbreviation: string; meaning: string; pattern: RegExp }>;

  constructor(meanings: Readonly<Record<string, string>>) {
    this.patterns = Object.entries(meanings).map(([abbreviation, meaning]) => ({
      abbreviation,
      meaning,
      // Only the bare word: not inside "VDAB-opleiding", "CLB's" or a longer word.
      pattern: new RegExp(`(?<![\\p{L}\\p{N}/.-])${abbreviation}(?![\\p{L}\\p{N}'’-])`, 'gu'),
    }));
  }

  static load(contentDir: string): Abbreviations {
    return new Abbreviations(readYamlFile(join(contentDir, 'abbreviations.yaml'), abbreviationsSchema).abbreviations);
  }

  /**
   * Explains, at its first use in these texts (in order), each abbreviation not explained before.
   * Only the texts as given are searched, never an explanation added to them.
   */
  explain(texts: readonly string[], before: readonly string[]): Explained {
    const explained = new Set(before);
    const insertions = texts.map((): Array<{ at: number; text: string }> => []);
    for (const { abbreviation, meaning, pattern } of this.patterns) {
      if (explained.has(abbreviation)) continue;
      const i = texts.findIndex((text) => firstUse(text, pattern) !== undefined);
      const text = texts[i];
      const at = text === undefined ? undefined : firstUse(text, pattern);
      if (text === undefined || at === undefined) continue;
      explained.add(abbreviation);
      if (text.toLowerCase().includes(meaning.toLowerCase())) continue;
      // "VDAB (in Brussel bij Actiris)": the explanation joins the brackets already there.
      const bracket = /^\s*\(/.exec(text.slice(at));
      insertions[i]?.push(bracket ? { at: at + bracket[0].length, text: `${meaning}; ` } : { at, text: ` (${meaning})` });
    }
    const result = texts.map((text, i) =>
      (insertions[i] ?? []).sort((a, b) => b.at - a.at).reduce((done, { at, text: added }) => done.slice(0, at) + added + done.slice(at), text),
    );
    return { texts: result, explained: [...explained] };
  }
}

/** Where the first use outside brackets ends (brackets in brackets read badly), if there is one. */
function firstUse(text: string, pattern: RegExp): number | undefined {
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    if ((before.match(/\(/g) ?? []).length <= (before.match(/\)/g) ?? []).length) return match.index + match[0].length;
  }
  return undefined;
}
