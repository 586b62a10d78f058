/** Types for @nlpjs/neural 4 (NLP.js's one-layer network of leaky-ReLU units), which ships none. */
declare module '@nlpjs/neural' {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  /** Sparse input: the value of each present feature (absent features count as 0). */
  export type NeuralInput = Record<string, number>;
  export interface NeuralExample {
    input: NeuralInput;
    output: Record<string, number>;
  }
  export interface NeuralJson {
    settings: NeuralSettings;
    features?: string[];
    intents?: string[];
    /** Per output unit: one weight per feature, then the bias. */
    perceptrons?: ArrayLike<number>[];
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: NeuralExample[]): { error: number; iterations: number };
    /** One activation per output label (0 when the unit does not fire). */
    run(input: NeuralInput): Record<string, number> | undefined;
    toJSON(): NeuralJson;
    fromJSON(json: NeuralJson): void;
  }
}
