import type { PhraseBook } from '../understanding/phraseBook.js';
import type { ReplyKind, ReplyReading } from '../understanding/replyKind.js';

/** Reads what a message typed at an open question was (Understanding.reply). */
export type ReplyReader = (text: string) => ReplyReading;

/**
 * Kinds of reply that say nothing about the young person. A stop or a call for a person would have
 * ended the question, so a kept text read that way was taken as an answer and stays.
 */
const NOT_ABOUT_THEM: ReadonlySet<ReplyKind> = new Set(['question', 'dont-know', 'skip', 'clarify']);

/**
 * Keeps the young person's words for their plan only when they were a real answer: never a skip,
 * "weet ik nie", an answer that says next to nothing or sounds low, or a question they asked.
 */
export class AnswerFilter {
  constructor(
    private readonly phrases: PhraseBook,
    private readonly readReply: ReplyReader,
  ) {}

  realAnswer(text: string | null | undefined): string | undefined {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '' || this.phrases.isVague(trimmed) || this.phrases.soundsLow(trimmed)) return undefined;
    const reading = this.readReply(trimmed);
    if (NOT_ABOUT_THEM.has(reading.kind) && (reading.sure || /\?\s*$/.test(trimmed))) return undefined;
    return trimmed;
  }
}
