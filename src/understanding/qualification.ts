import { join } from 'node:path';
import { readYamlFile } from '../content/yamlFile.js';
import { CueScorer, cueLexiconSchema } from './cueScorer.js';
import { QUALIFICATIONS, type Qualification } from './types.js';

/** The schema of content/understanding/qualification.yaml. */
export const qualificationLexiconSchema = cueLexiconSchema<Qualification>(QUALIFICATIONS);

/**
 * Reads an answer to "Heb je een diploma of getuigschrift van het secundair?": `recognize` gives
 * the qualification, or null when the answer is unclear, refused or a counter-question.
 */
export class QualificationRecognizer extends CueScorer<Qualification> {
  static load(contentDir: string): QualificationRecognizer {
    const file = join(contentDir, 'understanding', 'qualification.yaml');
    return new QualificationRecognizer(readYamlFile(file, qualificationLexiconSchema));
  }
}
