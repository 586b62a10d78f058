/**
 * A text classifier trained from labelled lines: the feature pipeline of the content file, then
 * NLP.js's one-layer neural network (@nlpjs/neural), one unit per label. `scores` gives each
 * label's share of the activation, so the scores of a message add up to 1 (or are all 0 when no
 * unit fires).
 */
import { NeuralNetwork, type NeuralJson } from '@nlpjs/neural';
import { z } from 'zod';
import { featureComponentSchema, TextFeatures } from './textFeatures.js';

export interface LabelledText {
  text: string;
  label: string;
}


/** The trained model as stored: features, labels and each label's weights (Float32, base64). */
export interface StoredModel {
  settings: ClassifierSettings;
  features: string[];
  labels: string[];
  weights: string[];
}

export const classifierSettingsSchema = z
  .object({
    pipeline: z.array(featureComponentSchema).min(1),
    /** Every message's features form a vector of this length, whatever the message's length. */
    length: z.number().positive().default(1),
    minCount: z.number().int().min(1).default(1),
    network: z
      .object({
        iterations: z.number().int().min(1).max(100_000).optional(),
        learningRate: z.number().positive().optional(),
        momentum: z.number().min(0).max(1).optional(),
        alpha: z.number().positive().optional(),
        errorThresh: z.number().positive().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/**
 * How a classifier is built: its feature pipeline, the fewest training lines a feature must occur
 * in to be kept (smaller model, less noise), and the network's training settings.
 */
export type ClassifierSettings = z.output<typeof classifierSettingsSchema>;

/** What a model file must hold to be used; anything else is trained again. */
export const storedModelSchema = z.object({
  settings: classifierSettingsSchema,
  features: z.array(z.string()),
  labels: z.array(z.string()).min(1),
  weights: z.array(z.string()),
});

export type Scores = Record<string, number>;

export class TextClassifier {
  private readonly known: ReadonlySet<string>;

  private constructor(
    private readonly features: TextFeatures,
    private readonly network: NeuralNetwork,
    readonly labels: readonly string[],
    private readonly stored: StoredModel,
  ) {
    this.known = new Set(stored.features);
  }

  static train(examples: readonly LabelledText[], settings: ClassifierSettings): TextClassifier {
    const features = new TextFeatures(settings.pipeline, settings.length);
    const inputs = examples.map((example) => features.of(example.text));
    const kept = frequentFeatures(inputs, settings.minCount);
    const network = new NeuralNetwork({ ...settings.network, log: false });
    network.train(
      examples.map((example, i) => ({
        input: only(inputs[i] ?? {}, kept),
        output: { [example.label]: 1 },
      })),
    );
    return TextClassifier.fromNetwork(features, network, settings);
  }

  static fromStored(stored: StoredModel): TextClassifier {
    const network = new NeuralNetwork(stored.settings.network);
    const json: NeuralJson = {
      settings: stored.settings.network,
      features: stored.features,
      intents: stored.labels,
      perceptrons: stored.weights.map(decodeWeights),
    };
    network.fromJSON(json);
    return new TextClassifier(new TextFeatures(stored.settings.pipeline, stored.settings.length), network, stored.labels, stored);
  }

  private static fromNetwork(features: TextFeatures, network: NeuralNetwork, settings: ClassifierSettings): TextClassifier {
    const json = network.toJSON();
    const stored: StoredModel = {
      settings,
      features: json.features ?? [],
      labels: json.intents ?? [],
      weights: (json.perceptrons ?? []).map(encodeWeights),
    };
    return new TextClassifier(features, network, stored.labels, stored);
  }

  toStored(): StoredModel {
    return this.stored;
  }

  /**
   * Each label's unit activation: about 1 for a line like its training lines, near 0 for others.
   * A message with no feature the model knows gets 0 everywhere: there is nothing to go by.
   */
  activations(text: string): Scores {
    const features = this.features.of(text);
    const known = Object.keys(features).some((feature) => this.known.has(feature));
    const activations = known ? (this.network.run(features) ?? {}) : {};
    const result: Scores = {};
    for (const label of this.labels) result[label] = activations[label] ?? 0;
    return result;
  }

  scores(text: string): Scores {
    const activations = this.activations(text);
    const total = Object.values(activations).reduce((sum, value) => sum + value, 0);
    const scores: Scores = {};
    for (const label of this.labels) scores[label] = total > 0 ? (activations[label] ?? 0) / total : 0;
    return scores;
  }
}

function frequentFeatures(inputs: readonly Record<string, number>[], minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const input of inputs) for (const feature of Object.keys(input)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= minCount).map(([feature]) => feature));
}

function only(input: Record<string, number>, kept: ReadonlySet<string>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [feature, value] of Object.entries(input)) if (kept.has(feature)) result[feature] = value;
  return result;
}

function encodeWeights(weights: ArrayLike<number>): string {
  return Buffer.from(Float32Array.from(weights).buffer).toString('base64');
}

function decodeWeights(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
