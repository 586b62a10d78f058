import type { PhraseBook } from '../src/understanding/phraseBook.js';

/** What an answer to an open question is, as far as the acknowledgement goes. */
export type AnswerKind = 'skipped' | 'vague' | 'low' | 'concrete';

/** The message that acknowledges an answer: its key, and their own words when it quotes them. */
export interface Acknowledgement {
  kind: AnswerKind;
  key: string;
  vars: { words: string };
}

/** How many characters of their words a reflection quotes, at most (cut at a word). */
export const QUOTE_LENGTH = 80;

/**
 * Chooses how the bot acknowledges an answer to an open question (seed 000, kapstok 2): a skipped
 * question gets a neutral line and never praise; an answer that says next to nothing gets a plain
 * "oké"; a low or tired answer is heard, without praise; a concrete answer is reflected in the
 * young person's own words, with the question's own message (`reflectKey`).
 */
export class Acknowledgements {
  constructor(private readonly phrases: PhraseBook) {}

  kindOf(answer: string | null): AnswerKind {
    if (answer === null || answer.trim() === '') return 'skipped';
    if (this.phrases.isVague(answer)) return 'vague';
    if (this.phrases.soundsLow(answer)) return 'low';
    return 'concrete';
  }

  choose(answer: string | null, reflectKey: string): Acknowledgement {
    const kind = this.kindOf(answer);
    const words = quote(answer ?? '');
    return { kind, key: kind === 'concrete' ? reflectKey : KEYS[kind], vars: { words } };
  }
}

const KEYS: Record<Exclude<AnswerKind, 'concrete'>, string> = {
  skipped: 'ack.skipped',
  vague: 'ack.vague',
  low: 'ack.low',
};

/** Their words as a reflection quotes them: one line, at most `max` characters, cut at a word with "…". */
export function quote(text: string, max = QUOTE_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}
