import { normalize } from '../understanding/normalize.js';
import { entryLabel, readKnowledgeContent, type LoadedEntry } from './entries.js';

/** Plain Dutch (B1): a sentence longer than this is hard to read. */
const MAX_SENTENCE_WORDS = 25;

export type KnowledgeCheck = { errors: string[]; warnings: string[] };

/**
 * Checks the knowledge base for `npm run content:check`. Errors: what KnowledgeBase.load rejects
 * (schema, including a source and checked date on every entry; duplicate ids; unknown related ids).
 * Warnings: review dates that have passed, source check dates in the future and sentences longer
 * than 25 words in answers, variants and "more" texts. Every message names file, entry and field.
 */
export function checkKnowledge(contentDir: string, today: Date): KnowledgeCheck {
  const { entries, errors } = readKnowledgeContent(contentDir);
  const day = isoDay(today);
  const warnings = entries.flatMap((loaded) => [
    ...datesToReview(loaded, day),
    ...longSentences(loaded),
    ...sharedQuestions(loaded, entries),
  ]);
  return { errors, warnings };
}

function datesToReview({ file, entry }: LoadedEntry, day: string): string[] {
  const label = entryLabel(file, entry.id);
  const warnings: string[] = [];
  if (entry.reviewBy < day) warnings.push(`${label}, field "reviewBy": the review date ${entry.reviewBy} has passed`);
  entry.sources.forEach((source, i) => {
    if (source.checked > day) {
      warnings.push(`${label}, field "sources", entry #${i + 1}, field "checked": ${source.checked} is in the future`);
    }
  });
  return warnings;
}

function longSentences({ file, entry }: LoadedEntry): string[] {
  const texts: [string, string][] = [
    ['field "answer"', entry.answer],
    ...entry.variants.map((variant, i): [string, string] => [`field "variants", entry #${i + 1}, field "answer"`, variant.answer]),
    ['field "more"', entry.more],
  ];
  return texts.flatMap(([field, text]) =>
    sentences(text)
      .map((sentence) => ({ sentence, count: sentence.split(/\s+/).length }))
      .filter(({ count }) => count > MAX_SENTENCE_WORDS)
      .map(
        ({ sentence, count }) =>
          `${entryLabel(file, entry.id)}, ${field}: a sentence of ${count} words (B1: at most ${MAX_SENTENCE_WORDS}): "${sentence.slice(0, 60)}…"`,
      ),
  );
}

/** An example question that two entries share confuses the matcher. */
function sharedQuestions({ file, entry }: LoadedEntry, all: readonly LoadedEntry[]): string[] {
  return entry.questions.flatMap((question, i) =>
    all
      .filter(
        (other) => other.entry.id < entry.id && other.entry.questions.some((q) => normalize(q) === normalize(question)),
      )
      .map(
        (other) =>
          `${entryLabel(file, entry.id)}, field "questions", entry #${i + 1}: the same question is in entry "${other.entry.id}"`,
      ),
  );
}

/** Sentences of a text: split after . ! ? and at line breaks (list items count as sentences). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((sentence) => sentence !== '');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
