/**
 * Which language a message is written in (Dutch, English or French), so a young person who writes
 * English or French hears in their own language where to get help. A classifier trained on every
 * training line of the folders named in content/understanding/language.yaml, labelled by the
 * language it is listed under. Short or mixed messages count as Dutch unless the classifier is sure.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';
import type { ModelStore } from './classifier/modelStore.js';
import { classifierSettingsSchema, type TextClassifier } from './classifier/textClassifier.js';
import { type Language, readTrainingSet, trainingFingerprint } from './classifier/trainingSet.js';

export type { Language } from './classifier/trainingSet.js';

export const languageSettingsSchema = z
  .object({
    classifier: classifierSettingsSchema,
    /** Another language than Dutch only when its score is at least this. */
    sure: z.number().gt(0).lt(1),
    /** Folders under content/understanding/training whose lines teach the languages. */
    training: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
  })
  .strict();

export class LanguageGuess {
  constructor(
    private readonly classifier: () => TextClassifier,
    private readonly sure: number,
  ) {}

  /** Reads the model now (after start-up), so the first message does not wait for it. */
  warm(): void {
    this.classifier();
  }

  static load(contentDir: string, models: ModelStore): LanguageGuess {
    const settings = readYamlFile(join(contentDir, 'understanding', 'language.yaml'), languageSettingsSchema);
    const folders = settings.training.map((folder) => join(contentDir, 'understanding', 'training', folder));
    const examples = () => folders.flatMap((folder) => readTrainingSet(folder)).map((line) => ({ text: line.text, label: line.language }));
    return new LanguageGuess(models.lazyClassifier('language', trainingFingerprint(folders), examples, settings.classifier), settings.sure);
  }

  of(text: string): Language {
    const scores = this.classifier().scores(text);
    const en = scores['en'] ?? 0;
    const fr = scores['fr'] ?? 0;
    if (Math.max(en, fr) < this.sure) return 'nl';
    return en >= fr ? 'en' : 'fr';
  }
}
