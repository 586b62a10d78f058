/**
 * `npm run --silent nlu:report -- --slot crisis|reply|topic [--data FILE] [--errors]`: how well the bot
 * reads a labelled set, for editors (in the spirit of `rasa test nlu`). Without --data it reads the
 * development set, content/understanding/dev/SLOT.jsonl (lines {"text", "expect", "category"?, "lang"?}).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { contentDir } from '../paths.js';
import { PhraseBook } from '../understanding/phraseBook.js';
import { Understanding } from '../understanding/understanding.js';
import { crisisReport } from './nlu/crisisReport.js';
import { labelReport } from './nlu/labelReport.js';

const crisisRow = z.object({
  text: z.string(),
  expect: z.union([z.boolean(), z.literal('check')]),
  category: z.string().optional(),
  lang: z.string().optional(),
});
const labelRow = z.object({
  text: z.string(),
  expect: z.string().nullable().transform((value) => value ?? 'null'),
  lang: z.string().optional(),
});
const SLOTS = ['crisis', 'reply', 'topic'] as const;
type Slot = (typeof SLOTS)[number];
const isSlot = (value: string | undefined): value is Slot => SLOTS.some((slot) => slot === value);

function readRows<T>(file: string, schema: z.ZodType<T, unknown>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => schema.parse(JSON.parse(line)));
}

const USAGE = `usage: nlu:report -- --slot ${SLOTS.join('|')} [--data FILE] [--errors]\n`;

function readOptions(): { slot?: string; data?: string; errors?: boolean } {
  try {
    return parseArgs({ options: { slot: { type: 'string' }, data: { type: 'string' }, errors: { type: 'boolean' } } }).values;
  } catch {
    return {};
  }
}

function main(): void {
  const values = readOptions();
  if (!isSlot(values.slot)) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const file = values.data ?? join(contentDir, 'understanding', 'dev', `${values.slot}.jsonl`);
  const understanding = Understanding.load(contentDir);
  const errors = values.errors === true;
  let out: string[];
  if (values.slot === 'crisis') {
    const results = readRows(file, crisisRow).map((row) => ({ row, signal: understanding.crisis(row.text) }));
    out = crisisReport(file, results, errors);
  } else {
    const phrases = PhraseBook.load(contentDir);
    const read = (text: string): string => {
      if (values.slot === 'reply') return understanding.reply(text, phrases.command(text)).kind;
      const match = understanding.topic(text);
      return match.kind === 'answer' ? match.id : 'null';
    };
    out = labelReport(values.slot, file, readRows(file, labelRow).map((row) => ({ row, got: read(row.text) })), errors);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
