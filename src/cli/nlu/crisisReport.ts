/**
 * The safety check's report: recall and false alarms, then per category and per language, and
 * every miss.
 */
import type { CrisisSignal } from '../../understanding/crisis.js';

export interface CrisisRow {
  text: string;
  expect: boolean | 'check';
  category?: string;
  lang?: string;
}

export interface CrisisResult {
  row: CrisisRow;
  signal: CrisisSignal | null;
}

interface Tally {
  lines: number;
  flagged: number;
}

const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function tallyBy(rows: readonly CrisisResult[], key: (row: CrisisRow) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { row, signal } of rows) {
    const tally = tallies.get(key(row)) ?? { lines: 0, flagged: 0 };
    tally.lines += 1;
    if (signal) tally.flagged += 1;
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

export function crisisReport(file: string, results: readonly CrisisResult[], errors: boolean): string[] {
  const risk = results.filter((r) => r.row.expect !== false);
  const safe = results.filter((r) => r.row.expect === false);
  const caught = risk.filter((r) => r.signal).length;
  const alarms = safe.filter((r) => r.signal).length;
  const out = [
    `crisis on ${file} (${results.length} lines)`,
    `  recall ${pct(caught, risk.length)} (${caught}/${risk.length}), helplines at once ${risk.filter((r) => r.signal?.level === 'helplines').length}, safety question ${risk.filter((r) => r.signal?.level === 'check').length}`,
    `  false alarms ${pct(alarms, safe.length)} (${alarms}/${safe.length}), precision ${pct(caught, caught + alarms)}`,
    ...table('by category (risk categories should be flagged, the others not):', tallyBy(results, (r) => r.category ?? '-')),
    ...table('risk lines by language:', tallyBy(risk, (r) => r.lang ?? '-')),
    ...table('other lines by language:', tallyBy(safe, (r) => r.lang ?? '-')),
  ];
  if (errors) {
    out.push('misses:');
    for (const r of results) {
      if ((r.signal !== null) !== (r.row.expect !== false)) {
        out.push(`  [${r.row.category ?? '-'}] expected ${String(r.row.expect)}, got ${r.signal?.level ?? 'false'}: ${r.row.text}`);
      }
    }
  }
  return out;
}
