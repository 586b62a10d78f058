import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { counterOf, insightDataOf, type InsightChart, type InsightCounter } from '../insightCounters.js';
import type { InsightData, InsightEvent, InsightStore } from '../types.js';

/** At most this many different unanswered questions are kept; the least asked, oldest, goes first. */
const maxUnansweredQuestions = 2000;

type Counts = Partial<Record<InsightChart, Record<string, number>>>;

/**
 * The anonymous insight counts in two small files: `counts.json` (weeks, steps, outcomes, scores:
 * a bounded number of bars) and `unanswered.json` (redacted questions, capped). Each file has one
 * lowdb instance for the life of the store, and is written back at most once a second (and on
 * flush), so counting costs a turn no write of its own.
 */
export class FileInsightStore implements InsightStore {
  readonly #counts: CounterFile;
  readonly #unanswered: CounterFile;

  constructor(dir: string) {
    this.#counts = new CounterFile(join(dir, 'counts.json'), Number.POSITIVE_INFINITY);
    this.#unanswered = new CounterFile(join(dir, 'unanswered.json'), maxUnansweredQuestions);
  }

  count(event: InsightEvent): Promise<void> {
    const [chart, key] = counterOf(event);
    return (chart === 'unanswered' ? this.#unanswered : this.#counts).add(chart, key);
  }

  async read(): Promise<InsightData> {
    const [counts, unanswered] = await Promise.all([this.#counts.counters(), this.#unanswered.counters()]);
    return insightDataOf([...counts, ...unanswered]);
  }

  /** Resolves when every count started so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([this.#counts.flush(), this.#unanswered.flush()]);
  }
}

/**
 * Counts are written back at most this often: every turn counts something, and rewriting the whole
 * file each turn cost more than the rest of the turn's storage. Counts of the last second before
 * the process dies are lost; a normal stop writes them (flush).
 */
const WRITE_AFTER_MS = 1_000;

/** Counters by chart and key in one JSON file, read once, then kept in memory and written back. */
class CounterFile {
  readonly #db: Low<Counts>;
  #loaded: Promise<void> | undefined;
  #written: Promise<void> = Promise.resolve();
  #scheduled: NodeJS.Timeout | undefined;
  /** A failed write in the background, reported by the next `add` (whose caller logs it). */
  #failure: unknown;

  constructor(
    private readonly file: string,
    private readonly maxKeysPerChart: number,
  ) {
    this.#db = new Low<Counts>(new JSONFile<Counts>(file), {});
  }

  async add(chart: InsightChart, key: string): Promise<void> {
    await this.#load();
    const counts = (this.#db.data[chart] ??= {});
    counts[key] = (counts[key] ?? 0) + 1;
    if (Object.keys(counts).length > this.maxKeysPerChart) delete counts[leastCounted(counts)];
    this.#scheduled ??= setTimeout(() => void this.#write(), WRITE_AFTER_MS).unref();
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure !== undefined) throw failure;
  }

  async counters(): Promise<InsightCounter[]> {
    await this.#load();
    return Object.entries(this.#db.data).flatMap(([chart, counts]) =>
      Object.entries(counts).map(([key, count]) => ({ chart: chart as InsightChart, key, count })),
    );
  }

  /** Writes what is counted now, and resolves when it is on disk. */
  async flush(): Promise<void> {
    if (this.#scheduled) await this.#write();
    await this.#written;
  }

  #write(): Promise<void> {
    clearTimeout(this.#scheduled);
    this.#scheduled = undefined;
    this.#written = this.#written
      .then(() => this.#db.write())
      .catch((error: unknown) => {
        this.#failure = error;
      });
    return this.#written;
  }

  #load(): Promise<void> {
    this.#loaded ??= mkdir(dirname(this.file), { recursive: true }).then(() => this.#db.read());
    return this.#loaded;
  }
}

/** The first key (the oldest) among those with the lowest count. */
function leastCounted(counts: Record<string, number>): string {
  let least: [string, number] | undefined;
  for (const entry of Object.entries(counts)) {
    if (least === undefined || entry[1] < least[1]) least = entry;
  }
  return least?.[0] ?? '';
}
