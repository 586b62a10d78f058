/**
 * `npm run --silent understand -- --slot SLOT [--today YYYY-MM-DD]`: reads one text per line on
 * stdin and prints one JSON object per line, {"text": ..., "value": ...}, using the bot's own code.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../paths.js';
import { Redactor } from '../privacy/redactor.js';
import { PhraseBook } from '../understanding/phraseBook.js';
import { Understanding } from '../understanding/understanding.js';

const SLOTS = ['topic', 'age', 'qualification', 'wish', 'crisis', 'reply', 'pii'] as const;
type Slot = (typeof SLOTS)[number];

function isSlot(value: string | undefined): value is Slot {
  return SLOTS.some((slot) => slot === value);
}

function parseToday(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw new Error(`--today must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return date;
}

interface Readers {
  understanding: Understanding;
  redactor: Redactor;
  phrases: PhraseBook;
}

function valueFor({ understanding, redactor, phrases }: Readers, slot: Slot, text: string, today: Date): unknown {
  switch (slot) {
    case 'pii':
      return redactor.redact(text).text;
    case 'age':
      return understanding.age(text, today);
    case 'qualification':
      return understanding.qualification(text);
    case 'wish':
      return understanding.wish(text);
    case 'crisis': {
      const signal = understanding.crisis(text);
      return signal === null ? false : signal.level === 'helplines' ? true : 'check';
    }
    case 'reply':
      return understanding.reply(text, phrases.command(text)).kind;
    case 'topic': {
      const match = understanding.topic(text);
      return match.kind === 'answer' ? match.id : null;
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { slot: { type: 'string' }, today: { type: 'string' } } });
  if (!isSlot(values.slot)) {
    process.stderr.write(`usage: understand --slot ${SLOTS.join('|')} [--today YYYY-MM-DD]\n`);
    process.exit(2);
  }
  const today = parseToday(values.today);
  const readers: Readers = {
    understanding: Understanding.load(contentDir),
    redactor: Redactor.load(contentDir),
    phrases: PhraseBook.load(contentDir),
  };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const text of lines) {
    const value = valueFor(readers, values.slot, text, today);
    process.stdout.write(`${JSON.stringify({ text, value })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
