/**
 * Training lines for a classifier, as content editors keep them: one YAML file per label in a
 * folder under content/understanding/training/, with the lines grouped by language.
 *
 *   label: plan-means
 *   nl:
 *     - ik heb de pillen van mijn ma al maanden opgespaard
 *   en: [...]
 *   fr: [...]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, locator, readYamlFile } from '../../content/yamlFile.js';

export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const line = z.string().trim().min(1).max(2_000);
export const trainingFileSchema = z
  .object({
    label: z.string().regex(/^\p{Ll}[\p{Ll}\p{N}-]*$/u),
    nl: z.array(line).default([]),
    en: z.array(line).default([]),
    fr: z.array(line).default([]),
  })
  .strict();

export interface TrainingLine {
  text: string;
  label: string;
  language: Language;
  file: string;
  /** Where in its file's list for the language it is (from 0). */
  index: number;
}

/** Every line of every file in the folder, in file order; a label used by two files is an error. */
export function readTrainingSet(folder: string): TrainingLine[] {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  if (files.length === 0) throw new ContentError(folder, ['no training files (*.yaml) in this folder']);
  const seen = new Map<string, string>();
  return files.flatMap((name) => {
    const file = join(folder, name);
    const data = readYamlFile(file, trainingFileSchema);
    const earlier = seen.get(data.label);
    if (earlier) throw new ContentError(file, [locator(file)(['label'], `label "${data.label}" is also used by ${earlier}`)]);
    seen.set(data.label, name);
    return LANGUAGES.flatMap((language) => data[language].map((text, index) => ({ text, label: data.label, language, file: name, index })));
  });
}

/** A fingerprint of the folders' training files (names and bytes), without parsing them. */
export function trainingFingerprint(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort()) {
      hash.update(`${name}\n`).update(readFileSync(join(folder, name)));
    }
  }
  return hash.digest('hex');
}
