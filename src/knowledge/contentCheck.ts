import { normalize } from '../understanding/normalize.js';
import { entryLabel, readKnowledgeContent, type LoadedEntry } from './entries.js';

/** Plain Dutch (B1): a sentence longer than this is hard to read. */
const MAX_SENTENCE_WORDS = 25;
/** An answer fits on a phone (issue 20): two to four short sentences... */
const MAX_ANSWER_SENTENCES = 4;
/** ...and about 450 characters, so the turn stays within 600 with the opening and the next question. */
const MAX_ANSWER_CHARACTERS = 450;
/** Links go on the answer's card as buttons, at most three. */
const MAX_LINKS = 3;
/** A web address written out in a text (not an e-mail address): it belongs in the entry's links. */
const RAW_URL = /\bhttps?:\/\/|\bwww\.|(?<![@\w.-])[a-z0-9-]+\.(?:be|com|org|eu|brussels|vlaanderen)\b/i;
/** The placeholders an entry's own opening may use. */
const OPENING_PLACEHOLDERS = new Set(['word', 'official']);

export type KnowledgeCheck = { errors: string[]; warnings: string[] };

/**
 * Checks the knowledge base for `npm run content:check`. Errors: what KnowledgeBase.load rejects
 * (schema, including a source and checked date on every entry; duplicate ids; unknown related ids),
 * answers longer than 4 sentences or 450 characters, web addresses written in a text, more than 3
 * links, and an opening with a placeholder other than {word} and {official}.
 * Warnings: review dates that have passed, source check dates in the future and sentences longer
 * than 25 words in answers, variants and "more" texts. Every message names file, entry and field.
 */
export function checkKnowledge(contentDir: string, today: Date): KnowledgeCheck {
  const { entries, errors: loadErrors } = readKnowledgeContent(contentDir);
  const errors = [...loadErrors, ...entries.flatMap((loaded) => [...longAnswers(loaded), ...rawUrls(loaded), ...tooManyLinks(loaded), ...badOpening(loaded)])];
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

/** The answer texts of an entry, each with the field it is in. */
function answerTexts(entry: LoadedEntry['entry']): [string, string][] {
  return [
    ['field "answer"', entry.answer],
    ...entry.variants.map((variant, i): [string, string] => [`field "variants", entry #${i + 1}, field "answer"`, variant.answer]),
  ];
}

/** Every text of an entry the young person reads: the answers and the "more" texts. */
function shownTexts(entry: LoadedEntry['entry']): [string, string][] {
  return [
    ...answerTexts(entry),
    ['field "more"', entry.more],
    ...entry.variants.flatMap((variant, i): [string, string][] => (variant.more ? [[`field "variants", entry #${i + 1}, field "more"`, variant.more]] : [])),
  ];
}

function longAnswers({ file, entry }: LoadedEntry): string[] {
  return answerTexts(entry).flatMap(([field, text]) => {
    const count = sentences(text).length;
    const problems = [
      ...(count > MAX_ANSWER_SENTENCES ? [`${count} sentences (at most ${MAX_ANSWER_SENTENCES})`] : []),
      ...(text.length > MAX_ANSWER_CHARACTERS ? [`${text.length} characters (at most ${MAX_ANSWER_CHARACTERS})`] : []),
    ];
    return problems.length === 0
      ? []
      : [`${entryLabel(file, entry.id)}, ${field}: the answer is too long for a phone: ${problems.join(' and ')}; move details to "more"`];
  });
}

function rawUrls({ file, entry }: LoadedEntry): string[] {
  return shownTexts(entry)
    .filter(([, text]) => RAW_URL.test(text))
    .map(([field, text]) => `${entryLabel(file, entry.id)}, ${field}: a web address in the text ("${RAW_URL.exec(text)?.[0] ?? ''}…"): put it in "links"`);
}

function tooManyLinks({ file, entry }: LoadedEntry): string[] {
  return entry.links.length > MAX_LINKS
    ? [`${entryLabel(file, entry.id)}, field "links": ${entry.links.length} links (at most ${MAX_LINKS} fit on the answer's card)`]
    : [];
}

function badOpening({ file, entry }: LoadedEntry): string[] {
  const opening = entry.naming?.opening ?? '';
  return [...opening.matchAll(/\{(\w*)\}/g)]
    .filter(([, name]) => !OPENING_PLACEHOLDERS.has(name ?? ''))
    .map(([placeholder]) => `${entryLabel(file, entry.id)}, field "naming", field "opening": unknown placeholder ${placeholder} (use {word} or {official})`);
}

function longSentences({ file, entry }: LoadedEntry): string[] {
  return shownTexts(entry).flatMap(([field, text]) =>
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
