/**
 * What a message typed at an open question is: an answer, a factual question, a request to
 * explain, "don't know", a wish for a person, a wish to skip the question or to stop. A classifier
 * trained on the lines in content/understanding/training/reply/ (one file per kind) scores each
 * kind; the settings are in content/understanding/reply.yaml. A whole-message command from the
 * phrase book ("sla over", "stop") is taken as it is. When another kind than an answer wins without
 * being sure, the reading says so and the bot checks ("Bedoel je …?") instead of guessing.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, readYamlFile } from '../content/yamlFile.js';
import type { ModelStore } from './classifier/modelStore.js';
import { classifierSettingsSchema, type TextClassifier } from './classifier/textClassifier.js';
import { readTrainingSet, trainingFingerprint } from './classifier/trainingSet.js';
import type { Command } from './phraseBook.js';

export const replyKinds = ['answer', 'question', 'clarify', 'dont-know', 'human', 'skip', 'stop'] as const;
export type ReplyKind = (typeof replyKinds)[number];

export interface ReplyReading {
  kind: ReplyKind;
  /** False when the kind won without reaching `sure`: the bot asks before acting on it. */
  sure: boolean;
}

export const replySettingsSchema = z
  .object({
    classifier: classifierSettingsSchema,
    /** Another kind than `answer` is acted on at once only with at least this score. */
    sure: z.number().gt(0).lt(1),
    /** Below this score for every kind, the message is taken as an answer. */
    floor: z.number().gt(0).lt(1),
  })
  .strict()
  .refine((s) => s.floor <= s.sure, 'floor must not be above sure');
export type ReplySettings = z.output<typeof replySettingsSchema>;

const commandKinds: Partial<Record<Command, ReplyKind>> = { stop: 'stop', human: 'human', skip: 'skip' };

export class ReplyKindReader {
  private checked: TextClassifier | undefined;

  constructor(
    private readonly model: () => TextClassifier,
    private readonly settings: ReplySettings,
    private readonly folder: string,
  ) {}

  static load(contentDir: string, models: ModelStore): ReplyKindReader {
    const settings = readYamlFile(join(contentDir, 'understanding', 'reply.yaml'), replySettingsSchema);
    const folder = join(contentDir, 'understanding', 'training', 'reply');
    const model = models.lazyClassifier('reply', trainingFingerprint([folder]), () => readTrainingSet(folder), settings.classifier);
    return new ReplyKindReader(model, settings, folder);
  }

  /** The model, read on first use; it must have learned exactly the reply kinds. */
  private get classifier(): TextClassifier {
    if (this.checked) return this.checked;
    const classifier = this.model();
    const unknown = classifier.labels.filter((label) => !isReplyKind(label));
    const missing = replyKinds.filter((kind) => !classifier.labels.includes(kind));
    if (unknown.length + missing.length > 0) {
      throw new ContentError(this.folder, [
        ...unknown.map((label) => `"${label}" is not a reply kind (${replyKinds.join(', ')})`),
        ...missing.map((kind) => `no training file for the reply kind "${kind}"`),
      ]);
    }
    this.checked = classifier;
    return classifier;
  }

  /** Reads the model now (after start-up), so the first message does not wait for it. */
  warm(): void {
    void this.classifier;
  }

  /** The kind of a reply; `command` is the phrase book's reading of the whole message, if any. */
  read(text: string, command: Command | null = null): ReplyReading {
    const byCommand = command ? commandKinds[command] : undefined;
    if (byCommand) return { kind: byCommand, sure: true };
    let top: { kind: ReplyKind; score: number } = { kind: 'answer', score: 0 };
    for (const [label, score] of Object.entries(this.classifier.scores(text))) {
      if (isReplyKind(label) && score > top.score) top = { kind: label, score };
    }
    if (top.kind === 'answer' || top.score < this.settings.floor) return { kind: 'answer', sure: true };
    return { kind: top.kind, sure: top.score >= this.settings.sure };
  }
}

function isReplyKind(label: string): label is ReplyKind {
  return (replyKinds as readonly string[]).includes(label);
}
