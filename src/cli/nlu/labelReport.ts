/**
 * A report for a slot whose value is one label (reply, wish, …), as `rasa test nlu` gives it:
 * accuracy, per label precision, recall and F1, the confusions, per language, and every miss.
 */
export interface LabelledRow {
  text: string;
  expect: string;
  lang?: string;
}

export interface LabelResult {
  row: LabelledRow;
  got: string;
}

const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function labelReport(slot: string, file: string, results: readonly LabelResult[], errors: boolean): string[] {
  const right = results.filter((r) => r.got === r.row.expect);
  const labels = [...new Set(results.flatMap((r) => [r.row.expect, r.got]))].sort();
  const width = Math.max(...labels.map((l) => l.length), 8);
  const out = [`${slot} on ${file} (${results.length} lines)`, `  accuracy ${pct(right.length, results.length)} (${right.length}/${results.length})`];
  out.push(`  ${'label'.padEnd(width)}  lines  precision  recall     f1`);
  for (const label of labels) {
    const expected = results.filter((r) => r.row.expect === label);
    const predicted = results.filter((r) => r.got === label);
    const hits = expected.filter((r) => r.got === label).length;
    const precision = predicted.length === 0 ? 0 : hits / predicted.length;
    const recall = expected.length === 0 ? 0 : hits / expected.length;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out.push(
      `  ${label.padEnd(width)}  ${String(expected.length).padStart(5)}  ${pct(hits, predicted.length).padStart(9)}  ${pct(hits, expected.length).padStart(6)}  ${f1.toFixed(2).padStart(5)}`,
    );
  }
  const confusions = [...countBy(results.filter((r) => r.got !== r.row.expect), (r) => `${r.row.expect} → ${r.got}`)].sort((a, b) => b[1] - a[1]);
  out.push('confusions (expected → got):', ...confusions.map(([pair, n]) => `  ${pair}: ${n}`));
  const byLang = countBy(results, (r) => r.row.lang ?? '-');
  const rightByLang = countBy(right, (r) => r.row.lang ?? '-');
  out.push('by language:', ...[...byLang].sort().map(([lang, n]) => `  ${lang}: ${pct(rightByLang.get(lang) ?? 0, n)} of ${n}`));
  if (errors) {
    out.push('misses:', ...results.filter((r) => r.got !== r.row.expect).map((r) => `  expected ${r.row.expect}, got ${r.got}: ${r.row.text}`));
  }
  return out;
}
