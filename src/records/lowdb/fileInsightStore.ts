import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { counterOf, insightDataOf, unansweredCounters, type InsightChart, type InsightCounter } from '../insightCounters.js';
import type { InsightData, InsightEvent, InsightStore, UnansweredQuestion } from '../types.js';

/** At most this many unanswered questions are kept; the oldest goes first. */
const maxUnansweredQuestions = 20_000;

type Counts = Partial<Record<InsightChart, Record<string, number>>>;

interface Questions {
  questions: UnansweredQuestion[];
}

/**
 * The anonymous insight counts in two small files: `counts.json` (weeks, steps, outcomes, scores:
 * a bounded number of bars, no text) and `questions.json` (redacted unanswered questions, each
 * linked to its conversation by a one-way key, so it goes with the conversation and at the end of
 * the retention period). Each file has one lowdb instance for the life of the store, and is
 * written back at most once a second (and on flush), so counting costs a turn no write of its own.
 */
export class FileInsightStore implements InsightStore {
  readonly #counts: WrittenBehindFile<Counts>;
  readonly #questions: WrittenBehindFile<Questions>;
  /** Unanswered questions counted before they were linked to a conversation: they cannot go with it. */
  readonly #unlinkedFile: string;

  constructor(dir: string) {
    this.#counts = new WrittenBehindFile<Counts>(join(dir, 'counts.json'), {});
    this.#questions = new WrittenBehindFile<Questions>(join(dir, 'questions.json'), { questions: [] });
    this.#unlinkedFile = join(dir, 'unanswered.json');
  }

  async count(event: InsightEvent): Promise<void> {
    const [chart, key] = counterOf(event);
    const data = await this.#counts.data();
    const counts = (data[chart] ??= {});
    counts[key] = (counts[key] ?? 0) + 1;
    this.#counts.changed();
  }

  async addUnanswered(question: UnansweredQuestion): Promise<void> {
    const { questions } = await this.#questions.data();
    questions.push(question);
    if (questions.length > maxUnansweredQuestions) questions.shift();
    this.#questions.changed();
  }

  async forgetConversation(askedIn: string): Promise<void> {
    await this.#removeQuestions((question) => question.askedIn === askedIn);
    await this.#questions.flush();
  }

  async deleteUnansweredBefore(cutoff: Date): Promise<number> {
    await rm(this.#unlinkedFile, { force: true });
    const before = cutoff.toISOString();
    const removed = await this.#removeQuestions((question) => question.at < before);
    await this.#questions.flush();
    return removed;
  }

  async read(): Promise<InsightData> {
    const [counts, { questions }] = await Promise.all([this.#counts.data(), this.#questions.data()]);
    const counters: InsightCounter[] = Object.entries(counts).flatMap(([chart, bars]) =>
      Object.entries(bars).map(([key, count]) => ({ chart: chart as InsightChart, key, count })),
    );
    return insightDataOf([...counters, ...unansweredCounters(questions)]);
  }

  /** Resolves when every count started so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([this.#counts.flush(), this.#questions.flush()]);
  }

  async #removeQuestions(remove: (question: UnansweredQuestion) => boolean): Promise<number> {
    const data = await this.#questions.data();
    const kept = data.questions.filter((question) => !remove(question));
    const removed = data.questions.length - kept.length;
    if (removed > 0) {
      data.questions = kept;
      this.#questions.changed();
    }
    return removed;
  }
}

/**
 * Counts are written back at most this often: every turn counts something, and rewriting the whole
 * file each turn cost more than the rest of the turn's storage. Counts of the last second before
 * the process dies are lost; a normal stop writes them (flush).
 */
const WRITE_AFTER_MS = 1_000;

/** One JSON file, read once, then kept in memory and written back after changes. */
class WrittenBehindFile<T extends object> {
  readonly #db: Low<T>;
  #loaded: Promise<void> | undefined;
  #written: Promise<void> = Promise.resolve();
  #scheduled: NodeJS.Timeout | undefined;
  /** A failed write in the background, reported by the next `changed` (whose caller logs it). */
  #failure: unknown;

  constructor(
    private readonly file: string,
    initial: T,
  ) {
    this.#db = new Low<T>(new JSONFile<T>(file), initial);
  }

  async data(): Promise<T> {
    this.#loaded ??= mkdir(dirname(this.file), { recursive: true }).then(() => this.#db.read());
    await this.#loaded;
    return this.#db.data;
  }

  /** Schedules a write of the data; throws a failure of an earlier write. */
  changed(): void {
    this.#scheduled ??= setTimeout(() => void this.#write(), WRITE_AFTER_MS).unref();
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure !== undefined) throw failure;
  }

  /** Writes what is changed now, and resolves when it is on disk. */
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
}
