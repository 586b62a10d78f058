/**
 * Reads an answer to a closed question from its words: a classifier trained on the lines in
 * content/understanding/training/<slot>/ (one file per value, plus files for "no value": unclear,
 * unrelated) gives the value, or null. Settings per slot in content/understanding/answers.yaml.
 * Word rules (the qualification's cue lexicon) decide only where they measurably help: below
 * `rulesBelow`, when the classifier is not sure.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, readYamlFile } from '../content/yamlFile.js';
import type { ModelStore } from './classifier/modelStore.js';
import { classifierSettingsSchema, type TextClassifier } from './classifier/textClassifier.js';
import { readTrainingSet, trainingFingerprint } from './classifier/trainingSet.js';

const label = z.string().regex(/^[a-z][a-z0-9-]*$/);
const answerSettingsSchema = z
  .object({
    classifier: classifierSettingsSchema,
    /** Training labels that mean there is no value: unclear, refused, about something else. */
    nullLabels: z.array(label).min(1),
    /** Below this score the word rules decide, for a slot that has them. */
    rulesBelow: z.number().min(0).max(1).default(0),
  })
  .strict();

export const answersFileSchema = z.record(label, answerSettingsSchema);
export type AnswerSettings = z.output<typeof answerSettingsSchema>;

export class AnswerReader<T extends string> {
  private checked: TextClassifier | undefined;

  constructor(
    private readonly model: () => TextClassifier,
    private readonly settings: AnswerSettings,
    private readonly values: readonly T[],
    private readonly folder: string,
    private readonly rules?: (text: string) => T | null,
  ) {}

  static load<T extends string>(
    contentDir: string,
    models: ModelStore,
    slot: string,
    values: readonly T[],
    rules?: (text: string) => T | null,
  ): AnswerReader<T> {
    const file = join(contentDir, 'understanding', 'answers.yaml');
    const settings = readYamlFile(file, answersFileSchema)[slot];
    if (!settings) throw new ContentError(file, [`no settings for "${slot}"`]);
    const folder = join(contentDir, 'understanding', 'training', slot);
    const model = models.lazyClassifier(slot, trainingFingerprint([folder]), () => readTrainingSet(folder), settings.classifier);
    return new AnswerReader(model, settings, values, folder, rules);
  }

  /** The model, read on first use; every label it learned must be a value or a "no value" label. */
  private get classifier(): TextClassifier {
    if (this.checked) return this.checked;
    const classifier = this.model();
    const known = new Set<string>([...this.values, ...this.settings.nullLabels]);
    const unknown = classifier.labels.filter((l) => !known.has(l));
    if (unknown.length > 0) throw new ContentError(this.folder, unknown.map((l) => `"${l}" is neither a value (${this.values.join(', ')}) nor in nullLabels`));
    this.checked = classifier;
    return classifier;
  }

  warm(): void {
    void this.classifier;
  }

  read(text: string): T | null {
    let top: { label: string; score: number } = { label: '', score: 0 };
    for (const [l, score] of Object.entries(this.classifier.scores(text))) if (score > top.score) top = { label: l, score };
    if (this.rules && top.score < this.settings.rulesBelow) return this.rules(text);
    return this.values.find((value) => value === top.label) ?? null;
  }
}
