import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';

const wordList = z.array(z.string().min(1)).min(1);

export const stopwordsSchema = z.strictObject({ stopwords: wordList });
export const placesSchema = z.strictObject({ elsewhere: wordList, here: wordList });

/** The language data the topic matcher needs besides the entries themselves. */
export type TopicLexicon = {
  /** Words that say nothing about a topic. */
  stopwords: string[];
  /** Names of other countries: a question about their rules is out of scope... */
  elsewhere: string[];
  /** ...unless it also names a place here. */
  here: string[];
};

export function loadTopicLexicon(contentDir: string): TopicLexicon {
  const understanding = join(contentDir, 'understanding');
  const { stopwords } = readYamlFile(join(understanding, 'stopwords-nl.yaml'), stopwordsSchema);
  const places = readYamlFile(join(understanding, 'places-nl.yaml'), placesSchema);
  return { stopwords, ...places };
}
