/**
 * The feature pipeline of a trained text classifier, declared in content as a list of small
 * components (as in Rasa): each adds sparse features of a message. Every component works on the
 * same normalised text: lower case, no accents, letters repeated for emphasis cut to two
 * ("zooooo" → "zoo"), emoji kept as words of their own, other punctuation dropped; only
 * `message-shape` also looks at the raw text (a question mark, the first word, the length).
 */
import { z } from 'zod';

export const featureComponentSchema = z.union([
  z.literal('words'),
  z.literal('word-bigrams'),
  z
    .object({
      'char-ngrams': z
        .object({ min: z.number().int().min(1).max(8), max: z.number().int().min(1).max(8) })
        .strict()
        .refine((n) => n.min <= n.max, 'min must not be more than max'),
    })
    .strict(),
  z.object({ 'word-prefixes': z.object({ length: z.number().int().min(3).max(12) }).strict() }).strict(),
  z.literal('message-shape'),
]);
export type FeatureComponent = z.infer<typeof featureComponentSchema>;

type Features = Record<string, number>;
type Extractor = (words: readonly string[], features: Features, raw: string) => void;

/** Message length in words, in buckets: one word, two or three, four to eight, more. */
function lengthBucket(count: number): string {
  if (count <= 1) return '1';
  if (count <= 3) return '2-3';
  return count <= 8 ? '4-8' : '9+';
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** Lower case, no accents, emphasis letters cut to two, emoji as words, no other punctuation. */
export function classifierText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(EMOJI, (emoji) => ` ${emoji} `)
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}' ]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function extractor(component: FeatureComponent): Extractor {
  if (component === 'message-shape') {
    // What punctuation and word order say before the words do: a question mark at the end or
    // inside, the first word, and the length.
    return (words, features, raw) => {
      const trimmed = raw.trim();
      if (trimmed.endsWith('?')) features['s:ends-with-?'] = 1;
      else if (trimmed.includes('?')) features['s:has-?'] = 1;
      if (words[0] !== undefined) features[`s:first:${words[0]}`] = 1;
      features[`s:words:${lengthBucket(words.length)}`] = 1;
    };
  }
  if (component === 'words') {
    return (words, features) => {
      for (const word of words) features[`w:${word}`] = 1;
    };
  }
  if (component === 'word-bigrams') {
    return (words, features) => {
      for (let i = 0; i + 1 < words.length; i += 1) features[`b:${words[i]} ${words[i + 1]}`] = 1;
    };
  }
  if ('char-ngrams' in component) {
    const { min, max } = component['char-ngrams'];
    return (words, features) => {
      const padded = ` ${words.join(' ')} `;
      for (let n = min; n <= max; n += 1) {
        for (let i = 0; i + n <= padded.length; i += 1) features[`c:${padded.slice(i, i + n)}`] = 1;
      }
    };
  }
  const { length } = component['word-prefixes'];
  return (words, features) => {
    for (const word of words) if (word.length > length) features[`p:${word.slice(0, length)}`] = 1;
  };
}

/** Scales the features so that long and short messages weigh alike (a vector of the given length). */
function scaled(features: Features, length: number): Features {
  const keys = Object.keys(features);
  const value = keys.length === 0 ? 0 : length / Math.sqrt(keys.length);
  for (const key of keys) features[key] = value;
  return features;
}

/** Turns a message into the sparse features the classifier reads. */
export class TextFeatures {
  private readonly extractors: readonly Extractor[];

  constructor(
    readonly components: readonly FeatureComponent[],
    private readonly length: number,
  ) {
    this.extractors = components.map(extractor);
  }

  of(text: string): Features {
    const words = classifierText(text).split(' ').filter((word) => word.length > 0);
    const features: Features = {};
    for (const extract of this.extractors) extract(words, features, text);
    return scaled(features, this.length);
  }
}
