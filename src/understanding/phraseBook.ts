import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';
import { normalize } from './normalize.js';
import type { SchoolStatus } from './types.js';

export type Command = 'help' | 'stop' | 'restart' | 'human' | 'delete' | 'skip';
export type YesNo = 'yes' | 'no';

const phraseList = z.array(z.string().min(1)).min(1);

export const phrasesSchema = z.strictObject({
  /** Words that may stand around a command without changing it ("help aub", "ik wil stoppen"). */
  fillers: z.array(z.string().min(1)),
  /** A command is a whole short message: one of these phrases, give or take filler words. */
  commands: z.strictObject({
    help: phraseList,
    stop: phraseList,
    restart: phraseList,
    human: phraseList,
    delete: phraseList,
    skip: phraseList,
  }),
  yesNo: z.strictObject({ yes: phraseList, no: phraseList }),
  /** First words that make a message a question even without a question mark. */
  questionWords: phraseList,
  school: z.strictObject({ 'at-school': phraseList, stopping: phraseList, stopped: phraseList }),
});

export type PhrasesLexicon = z.output<typeof phrasesSchema>;

/** Short, closed answers and global commands, from content/understanding/phrases.yaml. */
export class PhraseBook {
  private readonly fillers: Set<string>;

  constructor(private readonly lexicon: PhrasesLexicon) {
    this.fillers = new Set(lexicon.fillers.map(normalize));
  }

  static load(contentDir: string): PhraseBook {
    return new PhraseBook(readYamlFile(join(contentDir, 'understanding', 'phrases.yaml'), phrasesSchema));
  }

  /** A global command when the whole message is one (so "ik stop met school" is not "stop"). */
  command(text: string): Command | null {
    const core = this.withoutFillers(text);
    if (core === '') return null;
    return firstLabel(this.lexicon.commands, (phrase) => this.withoutFillers(phrase) === core);
  }

  /** A question: a question mark, or a first word such as "hoe", "krijg", "moet". */
  isQuestion(text: string): boolean {
    if (text.includes('?')) return true;
    const firstWord = normalize(text).split(' ')[0] ?? '';
    return this.lexicon.questionWords.some((word) => normalize(word) === firstWord);
  }

  /** Yes or no; the first word decides ("nee, dat mag niet"), else a single clear cue. */
  yesNo(text: string): YesNo | null {
    const normalized = normalize(text);
    const firstWord = normalized.split(' ')[0] ?? '';
    const byFirstWord = labelsFound(this.lexicon.yesNo, firstWord);
    if (byFirstWord.length === 1) return byFirstWord[0] ?? null;
    const found = labelsFound(this.lexicon.yesNo, normalized);
    return found.length === 1 ? (found[0] ?? null) : null;
  }

  schoolStatus(text: string): SchoolStatus | null {
    return longestMatch(this.lexicon.school, normalize(text));
  }

  private withoutFillers(text: string): string {
    return normalize(text)
      .split(' ')
      .filter((word) => word !== '' && !this.fillers.has(word))
      .join(' ');
  }
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${normalize(phrase)} `);
}

function firstLabel<L extends string>(groups: Record<L, string[]>, test: (phrase: string) => boolean): L | null {
  for (const [label, phrases] of Object.entries(groups) as [L, string[]][]) {
    if (phrases.some(test)) return label;
  }
  return null;
}

function labelsFound<L extends string>(groups: Record<L, string[]>, text: string): L[] {
  return (Object.entries(groups) as [L, string[]][])
    .filter(([, phrases]) => phrases.some((phrase) => containsPhrase(text, phrase)))
    .map(([label]) => label);
}

/** The label of the longest phrase found in the text, so "gestopt" beats "school". */
function longestMatch<L extends string>(groups: Record<L, string[]>, text: string): L | null {
  let best: { label: L; length: number } | null = null;
  for (const [label, phrases] of Object.entries(groups) as [L, string[]][]) {
    for (const phrase of phrases) {
      if (containsPhrase(text, phrase) && (best === null || phrase.length > best.length)) {
        best = { label, length: phrase.length };
      }
    }
  }
  return best?.label ?? null;
}
