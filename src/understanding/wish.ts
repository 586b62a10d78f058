import { join } from 'node:path';
import { readYamlFile } from '../content/yamlFile.js';
import { CueScorer, cueLexiconSchema } from './cueScorer.js';
import { WISHES, type Wish } from './types.js';

/** The schema of content/understanding/wish.yaml. */
export const wishLexiconSchema = cueLexiconSchema<Wish>(WISHES);

/**
 * Reads an answer to "Wat wil je nu het liefst doen?": `recognize` gives what the young person
 * wants next, or null when the answer is about something else, refused or a counter-question.
 */
export class WishRecognizer extends CueScorer<Wish> {
  static load(contentDir: string): WishRecognizer {
    const file = join(contentDir, 'understanding', 'wish.yaml');
    return new WishRecognizer(readYamlFile(file, wishLexiconSchema));
  }
}
