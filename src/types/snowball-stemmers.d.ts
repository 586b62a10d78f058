/** Types for snowball-stemmers 0.6 (a JavaScript port of the Snowball stemmers), which ships none. */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for one language, e.g. 'dutch'; throws for a language it does not have. */
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
