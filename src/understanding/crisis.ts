/**
 * The safety check: does a message show acute risk? A classifier trained on the lines in
 * content/understanding/training/crisis/ (one file per category: suicidal thoughts, plans and
 * means, self-harm, violence at home, … and the traps that are not a crisis) scores each category;
 * the risk is the share of the risk categories. At or above `decide.helplines` the helplines come
 * at once; at or above `decide.check` the bot first asks one caring safety question.
 * The settings and the category → kind table are in content/understanding/crisis.yaml.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, locator, readYamlFile } from '../content/yamlFile.js';
import type { ModelStore } from './classifier/modelStore.js';
import { classifierSettingsSchema, type TextClassifier } from './classifier/textClassifier.js';
import { readTrainingSet, trainingFingerprint } from './classifier/trainingSet.js';

export const crisisKinds = ['suicide', 'self-harm', 'abuse', 'violence', 'sexual-violence', 'homeless', 'medical', 'friend'] as const;
export type CrisisKind = (typeof crisisKinds)[number];

/** `helplines`: acute, the helplines at once; `check`: possible, one safety question first. */
export type CrisisLevel = 'helplines' | 'check';

export interface CrisisSignal {
  level: CrisisLevel;
  kind: CrisisKind;
}

const categorySchema = z.union([
  z.object({ risk: z.literal(true), kind: z.enum(crisisKinds) }).strict(),
  z.object({ risk: z.literal(false) }).strict(),
]);

export const crisisSettingsSchema = z
  .object({
    classifier: classifierSettingsSchema,
    decide: z
      .object({ helplines: z.number().gt(0).lt(1), check: z.number().gt(0).lt(1) })
      .strict()
      .refine((d) => d.check <= d.helplines, 'check must not be above helplines'),
    categories: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), categorySchema),
    /**
     * Folders under training/ whose lines, whatever their own label, also teach one category that
     * is not a crisis: ordinary chat replies written for another classifier.
     */
    alsoNotCrisis: z
      .object({ category: z.string().regex(/^[a-z][a-z0-9-]*$/), folders: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => !s.alsoNotCrisis || s.categories[s.alsoNotCrisis.category]?.risk === false, {
    message: 'alsoNotCrisis.category must be a category with risk: false',
  });
export type CrisisSettings = z.output<typeof crisisSettingsSchema>;

export class CrisisCheck {
  private readonly riskKinds: ReadonlyMap<string, CrisisKind>;
  private checked: TextClassifier | undefined;

  constructor(
    private readonly model: () => TextClassifier,
    private readonly settings: CrisisSettings,
    private readonly file: string,
  ) {
    this.riskKinds = new Map(
      Object.entries(settings.categories).flatMap(([category, c]) => (c.risk ? [[category, c.kind] as const] : [])),
    );
  }

  static load(contentDir: string, models: ModelStore): CrisisCheck {
    const file = join(contentDir, 'understanding', 'crisis.yaml');
    const settings = readYamlFile(file, crisisSettingsSchema);
    const training = (name: string) => join(contentDir, 'understanding', 'training', name);
    const folder = training('crisis');
    const also = settings.alsoNotCrisis;
    const extra = (also?.folders ?? []).map(training);
    const examples = () => [
      ...readTrainingSet(folder),
      ...extra.flatMap((f) => readTrainingSet(f)).map((line) => ({ ...line, label: also?.category ?? line.label })),
    ];
    const model = models.lazyClassifier('crisis', trainingFingerprint([folder, ...extra]), examples, settings.classifier);
    return new CrisisCheck(model, settings, file);
  }

  /** The model, read on first use; every category it learned must be in the settings. */
  private get classifier(): TextClassifier {
    if (this.checked) return this.checked;
    const classifier = this.model();
    const unknown = classifier.labels.filter((label) => !(label in this.settings.categories));
    if (unknown.length > 0) {
      const at = locator(this.file);
      throw new ContentError(this.file, unknown.map((label) => at(['categories'], `categories: training label "${label}" is missing`)));
    }
    this.checked = classifier;
    return classifier;
  }

  /** Reads the model now (after start-up), so the first message does not wait for it. */
  warm(): void {
    void this.classifier;
  }

  detect(text: string): CrisisSignal | null {
    const scores = this.classifier.scores(text);
    let risk = 0;
    let top: { kind: CrisisKind; score: number } | undefined;
    for (const [label, score] of Object.entries(scores)) {
      const kind = this.riskKinds.get(label);
      if (kind === undefined) continue;
      risk += score;
      if (!top || score > top.score) top = { kind, score };
    }
    if (!top || risk < this.settings.decide.check) return null;
    return { level: risk >= this.settings.decide.helplines ? 'helplines' : 'check', kind: top.kind };
  }
}
