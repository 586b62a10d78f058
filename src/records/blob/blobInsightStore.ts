import { createHash } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { KeyLock } from '../../storage/keyLock.js';
import { counterOf, insightDataOf, unansweredCounters, type InsightChart, type InsightCounter } from '../insightCounters.js';
import type { InsightData, InsightEvent, InsightStore, UnansweredQuestion } from '../types.js';
import { BlobDocuments } from './blobDocuments.js';

/** Increments waiting to be written to one counter, and who waits for them. */
interface Batch {
  chart: InsightChart;
  key: string;
  delta: number;
  written: Promise<void>;
}

/** The unanswered questions of one conversation, in one blob named by its conversationKey. */
interface AskedIn {
  askedIn: string;
  questions: Array<Pick<UnansweredQuestion, 'question' | 'at'>>;
}

/**
 * The anonymous insight counts, one blob per counter (a chart's bar), and the redacted unanswered
 * questions, one blob per conversation (by its one-way key), so they go with the conversation. Several instances count into
 * the same blob with ETag-guarded read-modify-writes. Within one instance, at most one write per
 * counter is under way; increments made meanwhile are added together and written next, so a busy
 * counter costs one blob write per round trip instead of one per event.
 */
export class BlobInsightStore implements InsightStore {
  readonly #documents: BlobDocuments<InsightCounter>;
  readonly #questions: BlobDocuments<AskedIn>;
  readonly #lock = new KeyLock();
  readonly #waiting = new Map<string, Batch>();

  constructor(container: ContainerClient, prefix: string) {
    this.#documents = new BlobDocuments(container, `${prefix}insights/`);
    this.#questions = new BlobDocuments(container, `${prefix}questions/`);
  }

  async addUnanswered({ askedIn, question, at }: UnansweredQuestion): Promise<void> {
    await this.#questions.update(askedIn, (current) => ({ askedIn, questions: [...(current?.questions ?? []), { question, at }] }));
  }

  async forgetConversation(askedIn: string): Promise<void> {
    await this.#questions.delete(askedIn);
  }

  /** Deletes old questions, and the unanswered counters kept before questions were linked to a conversation. */
  async deleteUnansweredBefore(cutoff: Date): Promise<number> {
    const unlinked = (await this.#documents.names()).filter((name) => name.includes('/unanswered/'));
    await this.#documents.deleteNames(unlinked);
    const before = cutoff.toISOString();
    const recent = (question: Pick<UnansweredQuestion, 'at'>) => question.at >= before;
    let removed = 0;
    for (const { askedIn, questions } of await this.#questions.list()) {
      const kept = questions.filter(recent);
      removed += questions.length - kept.length;
      if (kept.length === 0) await this.#questions.delete(askedIn);
      else if (kept.length < questions.length) {
        await this.#questions.update(askedIn, (current) => current && { askedIn, questions: current.questions.filter(recent) });
      }
    }
    return removed;
  }

  count(event: InsightEvent): Promise<void> {
    const [chart, key] = counterOf(event);
    const id = `${chart}/${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
    const waiting = this.#waiting.get(id);
    if (waiting) {
      waiting.delta += 1;
      return waiting.written;
    }
    const batch: Batch = { chart, key, delta: 1, written: Promise.resolve() };
    this.#waiting.set(id, batch);
    batch.written = this.#lock.run(id, async () => {
      this.#waiting.delete(id);
      await this.#documents.update(id, (current) => ({ chart, key, count: (current?.count ?? 0) + batch.delta }));
    });
    return batch.written;
  }

  async read(): Promise<InsightData> {
    const [counters, asked] = await Promise.all([this.#documents.list(), this.#questions.list()]);
    const questions = asked.flatMap(({ askedIn, questions: list }) => list.map((item) => ({ ...item, askedIn })));
    return insightDataOf([...counters.filter((counter) => counter.chart !== 'unanswered'), ...unansweredCounters(questions)]);
  }
}
