import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';
import { normalize } from './normalize.js';
import type { SchoolStatus } from './types.js';

export type Command = 'help' | 'stop' | 'restart' | 'human' | 'delete' | 'skip' | 'comeback';
export type YesNo = 'yes' | 'no';
/** An answer to "Ben je nu veilig?", or a wish while the conversation waits after a crisis signal. */
export type SafetyAnswer = 'unsafe' | 'safe' | 'resume' | 'helplines';

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
    /** "Hoe kom ik hier terug?": the bot gives a code and a private link. */
    comeback: phraseList,
  }),
  yesNo: z.strictObject({ yes: phraseList, no: phraseList }),
  /** First words that make a message a question even without a question mark. */
  questionWords: phraseList,
  school: z.strictObject({ 'at-school': phraseList, stopping: phraseList, stopped: phraseList }),
  safety: z.strictObject({ unsafe: phraseList, safe: phraseList, resume: phraseList, helplines: phraseList }),
  /** How an answer to an open question sounds: low or tired, or saying next to nothing. */
  tone: z.strictObject({ low: phraseList, vague: phraseList }),
  /** First-person words and how the bot says them back ("mijn" → "je"). */
  yourWords: z.record(z.string().min(1), z.string().min(1)),
  /** Words that name a moment ("morgen", "maandag", "next week"): a next step that has one needs no "Wanneer?". */
  timeWords: phraseList,
});

export type PhrasesLexicon = z.output<typeof phrasesSchema>;

/** Phrases by label, normalised once, with the length each phrase has as written. */
type NormalizedGroups<L extends string> = ReadonlyArray<{ label: L; phrase: string; length: number }>;

/** Short, closed answers and global commands, from content/understanding/phrases.yaml. */
export class PhraseBook {
  private readonly fillers: Set<string>;
  /** Each command phrase without its filler words, and its command (the first one listed wins). */
  private readonly commands = new Map<string, Command>();
  private readonly questionWords: Set<string>;
  private readonly yesNoPhrases: NormalizedGroups<YesNo>;
  private readonly schoolPhrases: NormalizedGroups<SchoolStatus>;
  private readonly safetyPhrases: NormalizedGroups<SafetyAnswer>;
  private readonly lowPhrases: readonly string[];
  private readonly timePhrases: readonly string[];
  private readonly vaguePhrases: readonly (readonly string[])[];
  private readonly yourWords: ReadonlyMap<string, string>;

  constructor(lexicon: PhrasesLexicon) {
    this.fillers = new Set(lexicon.fillers.map(normalize));
    for (const { label, phrase } of normalizedGroups(lexicon.commands)) {
      const core = this.withoutFillers(phrase);
      if (!this.commands.has(core)) this.commands.set(core, label);
    }
    this.questionWords = new Set(lexicon.questionWords.map(normalize));
    this.yesNoPhrases = normalizedGroups(lexicon.yesNo);
    this.schoolPhrases = normalizedGroups(lexicon.school);
    this.safetyPhrases = normalizedGroups(lexicon.safety);
    this.lowPhrases = lexicon.tone.low.map(normalize);
    this.timePhrases = lexicon.timeWords.map(normalize);
    this.vaguePhrases = lexicon.tone.vague.map((phrase) => normalize(phrase).split(' ')).sort((a, b) => b.length - a.length);
    this.yourWords = new Map(Object.entries(lexicon.yourWords).map(([own, yours]) => [own.toLowerCase(), yours]));
  }

  static load(contentDir: string): PhraseBook {
    return new PhraseBook(readYamlFile(join(contentDir, 'understanding', 'phrases.yaml'), phrasesSchema));
  }

  /** A global command when the whole message is one (so "ik stop met school" is not "stop"). */
  command(text: string): Command | null {
    const core = this.withoutFillers(text);
    if (core === '') return null;
    return this.commands.get(core) ?? null;
  }

  /** A question: a question mark, or a first word such as "hoe", "krijg", "moet". */
  isQuestion(text: string): boolean {
    if (text.includes('?')) return true;
    return this.questionWords.has(firstWordOf(normalize(text)));
  }

  /** Yes or no; the first word decides ("nee, dat mag niet"), else a single clear cue. */
  yesNo(text: string): YesNo | null {
    const normalized = normalize(text);
    const byFirstWord = labelsFound(this.yesNoPhrases, firstWordOf(normalized));
    if (byFirstWord.length === 1) return byFirstWord[0] ?? null;
    const found = labelsFound(this.yesNoPhrases, normalized);
    return found.length === 1 ? (found[0] ?? null) : null;
  }

  /**
   * The longest safety phrase in the text; else an answer that starts with yes is safe and one that
   * starts with no is not ("ik weet het niet" is neither).
   */
  safetyAnswer(text: string): SafetyAnswer | null {
    const normalized = normalize(text);
    const found = longestMatch(this.safetyPhrases, normalized);
    if (found) return found;
    const [yesNo, other] = labelsFound(this.yesNoPhrases, firstWordOf(normalized));
    if (other !== undefined) return null;
    return yesNo === 'yes' ? 'safe' : yesNo === 'no' ? 'unsafe' : null;
  }

  schoolStatus(text: string): SchoolStatus | null {
    return longestMatch(this.schoolPhrases, normalize(text));
  }

  /** An answer that sounds low or tired: one of the `tone.low` phrases is in it ("ik ben zo moe"). */
  soundsLow(text: string): boolean {
    const normalized = normalize(text);
    return this.lowPhrases.some((phrase) => containsPhrase(normalized, phrase));
  }

  /** An answer that says next to nothing: empty, or only `tone.vague` words ("ja", "hmm", "euh ok"). */
  isVague(text: string): boolean {
    const words = normalize(text).split(' ').filter((word) => word !== '');
    for (let at = 0; at < words.length; ) {
      const phrase = this.vaguePhrases.find((p) => p.every((word, i) => words[at + i] === word));
      if (!phrase) return false;
      at += phrase.length;
    }
    return true;
  }

  /** Whether an answer names a moment: one of the `timeWords` phrases, or a date such as "12/1" or "14 december". */
  namesATime(text: string): boolean {
    const normalized = normalize(text);
    return /\b\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}(?:u|h)\d{0,2}\b/.test(text) || this.timePhrases.some((phrase) => containsPhrase(normalized, phrase));
  }

  /** Their words as the bot says them back to them: "mijn broer" → "je broer" (whole words, case kept otherwise). */
  addressed(text: string): string {
    return text.replace(/[\p{L}']+/gu, (word) => this.yourWords.get(word.toLowerCase()) ?? word);
  }

  private withoutFillers(text: string): string {
    return normalize(text)
      .split(' ')
      .filter((word) => word !== '' && !this.fillers.has(word))
      .join(' ');
  }
}

function normalizedGroups<L extends string>(groups: Record<L, string[]>): NormalizedGroups<L> {
  return (Object.entries(groups) as [L, string[]][]).flatMap(([label, phrases]) =>
    phrases.map((phrase) => ({ label, phrase: normalize(phrase), length: phrase.length })),
  );
}

function firstWordOf(normalized: string): string {
  return normalized.split(' ')[0] ?? '';
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** The labels with a phrase in the text, each once, in the order they are listed. */
function labelsFound<L extends string>(groups: NormalizedGroups<L>, text: string): L[] {
  const found: L[] = [];
  for (const { label, phrase } of groups) if (!found.includes(label) && containsPhrase(text, phrase)) found.push(label);
  return found;
}

/** The label of the longest phrase found in the text, so "gestopt" beats "school". */
function longestMatch<L extends string>(groups: NormalizedGroups<L>, text: string): L | null {
  let best: { label: L; length: number } | null = null;
  for (const { label, phrase, length } of groups) {
    if (containsPhrase(text, phrase) && (best === null || length > best.length)) best = { label, length };
  }
  return best?.label ?? null;
}
