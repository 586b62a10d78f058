/**
 * Which knowledge-base entry a free question is about. A classifier trained on the lines in
 * content/understanding/training/topic/ (one file per entry, and `out-of-scope.yaml` for what the
 * knowledge base should not answer) scores each entry. The knowledge base's own word matcher
 * (src/knowledge/topicMatcher.ts) is kept where it measurably helps: when it names the same entry,
 * a lower score is enough. Settings in content/understanding/topic.yaml.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, readYamlFile } from '../content/yamlFile.js';
import type { TopicMatch } from '../knowledge/topicMatcher.js';
import type { ModelStore } from './classifier/modelStore.js';
import { classifierSettingsSchema, type TextClassifier } from './classifier/textClassifier.js';
import { readTrainingSet, trainingFingerprint } from './classifier/trainingSet.js';

export const OUT_OF_SCOPE = 'out-of-scope';

export const topicSettingsSchema = z
  .object({
    classifier: classifierSettingsSchema,
    decide: z
      .object({
        /** The best entry answers with at least this score. */
        answer: z.number().gt(0).lt(1),
        /** With at least this score, it answers when the word matcher names the same entry… */
        agree: z.number().gt(0).lt(1),
        /** …and otherwise the bot asks which of the two best entries is meant, when both reach it. */
        choose: z.number().gt(0).lt(1),
      })
      .strict()
      .refine((d) => d.agree <= d.answer && d.choose <= d.answer, 'agree and choose must not be above answer'),
  })
  .strict();
export type TopicSettings = z.output<typeof topicSettingsSchema>;

export class TopicReader {
  private checked: TextClassifier | undefined;

  constructor(
    private readonly model: () => TextClassifier,
    private readonly settings: TopicSettings,
    private readonly entryIds: ReadonlySet<string>,
    private readonly folder: string,
  ) {}

  static load(contentDir: string, models: ModelStore, entryIds: ReadonlySet<string>): TopicReader {
    const settings = readYamlFile(join(contentDir, 'understanding', 'topic.yaml'), topicSettingsSchema);
    const folder = join(contentDir, 'understanding', 'training', 'topic');
    const model = models.lazyClassifier('topic', trainingFingerprint([folder]), () => readTrainingSet(folder), settings.classifier);
    return new TopicReader(model, settings, entryIds, folder);
  }

  /** The model, read on first use; every label it learned must be an entry of the knowledge base. */
  private get classifier(): TextClassifier {
    if (this.checked) return this.checked;
    const classifier = this.model();
    const unknown = classifier.labels.filter((label) => label !== OUT_OF_SCOPE && !this.entryIds.has(label));
    if (unknown.length > 0) {
      throw new ContentError(this.folder, unknown.map((label) => `"${label}" is not an id of the knowledge base (content/knowledge/)`));
    }
    this.checked = classifier;
    return classifier;
  }

  warm(): void {
    void this.classifier;
  }

  /** The entry that answers the question; `words` is the word matcher's reading of it. */
  match(text: string, words: TopicMatch): TopicMatch {
    const ranked = Object.entries(this.classifier.scores(text)).sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[0] === OUT_OF_SCOPE) return { kind: 'none' };
    const [id, score] = first;
    const { decide } = this.settings;
    if (score >= decide.answer) return { kind: 'answer', id, score };
    const agrees = words.kind === 'answer' ? words.id === id : words.kind === 'ambiguous' && words.ids.includes(id);
    if (score >= decide.agree && agrees) return { kind: 'answer', id, score };
    if (score >= decide.choose && second && second[0] !== OUT_OF_SCOPE && second[1] >= decide.choose) {
      return { kind: 'ambiguous', ids: [id, second[0]] };
    }
    return { kind: 'none' };
  }
}
