/**
 * `npm run --silent nlu:report -- --slot crisis [--data FILE] [--errors]`: how well the bot reads
 * a labelled set, for editors (in the spirit of `rasa test nlu`): overall figures, then per
 * category and per language, and with --errors every miss. Without --data it reads the
 * development set, content/understanding/dev/SLOT.jsonl (lines {"text", "expect", "category"?, "lang"?}).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { contentDir } from '../paths.js';
import { Understanding } from '../understanding/understanding.js';

const rowSchema = z.object({
  text: z.string(),
  expect: z.union([z.boolean(), z.literal('check')]),
  category: z.string().optional(),
  lang: z.string().optional(),
});
type Row = z.infer<typeof rowSchema>;

interface Tally {
  lines: number;
  flagged: number;
}

const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function tallyBy(rows: readonly { row: Row; flagged: boolean }[], key: (row: Row) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { row, flagged } of rows) {
    const tally = tallies.get(key(row)) ?? { lines: 0, flagged: 0 };
    tally.lines += 1;
    if (flagged) tally.flagged += 1;
    tallies.set(key(row), tally);
  }
  return tallies;
}

function table(title: string, tallies: Map<string, Tally>): string[] {
  const width = Math.max(...[...tallies.keys()].map((k) => k.length), 8);
  return [
    title,
    ...[...tallies]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => `  ${name.padEnd(width)}  ${String(t.lines).padStart(4)} lines  flagged ${pct(t.flagged, t.lines).padStart(6)}`),
  ];
}

function main(): void {
  const { values } = parseArgs({ options: { slot: { type: 'string' }, data: { type: 'string' }, errors: { type: 'boolean' } } });
  if (values.slot !== 'crisis') {
    process.stderr.write('usage: nlu:report -- --slot crisis [--data FILE] [--errors]\n');
    process.exit(2);
  }
  const file = values.data ?? join(contentDir, 'understanding', 'dev', `${values.slot}.jsonl`);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => rowSchema.parse(JSON.parse(line)));
  const understanding = Understanding.load(contentDir);
  const results = rows.map((row) => ({ row, signal: understanding.crisis(row.text) })).map((r) => ({ ...r, flagged: r.signal !== null }));
  const risk = results.filter((r) => r.row.expect !== false);
  const safe = results.filter((r) => r.row.expect === false);
  const caught = risk.filter((r) => r.flagged).length;
  const alarms = safe.filter((r) => r.flagged).length;
  const out = [
    `crisis on ${file} (${rows.length} lines)`,
    `  recall ${pct(caught, risk.length)} (${caught}/${risk.length}), helplines at once ${risk.filter((r) => r.signal?.level === 'helplines').length}, safety question ${risk.filter((r) => r.signal?.level === 'check').length}`,
    `  false alarms ${pct(alarms, safe.length)} (${alarms}/${safe.length}), precision ${pct(caught, caught + alarms)}`,
    ...table('by category (risk categories should be flagged, the others not):', tallyBy(results, (r) => r.category ?? '-')),
    ...table('risk lines by language:', tallyBy(risk, (r) => r.lang ?? '-')),
    ...table('other lines by language:', tallyBy(safe, (r) => r.lang ?? '-')),
  ];
  if (values.errors) {
    out.push('misses:');
    for (const r of results) {
      if (r.flagged !== (r.row.expect !== false)) out.push(`  [${r.row.category ?? '-'}] expected ${String(r.row.expect)}, got ${r.signal?.level ?? 'false'}: ${r.row.text}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
