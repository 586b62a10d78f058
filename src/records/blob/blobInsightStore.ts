import { createHash } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { KeyLock } from '../../storage/keyLock.js';
import { counterOf, insightDataOf, type InsightChart, type InsightCounter } from '../insightCounters.js';
import type { InsightData, InsightEvent, InsightStore } from '../types.js';
import { BlobDocuments } from './blobDocuments.js';

/** Increments waiting to be written to one counter, and who waits for them. */
interface Batch {
  chart: InsightChart;
  key: string;
  delta: number;
  written: Promise<void>;
}

/**
 * The anonymous insight counts, one blob per counter (a chart's bar). Several instances count into
 * the same blob with ETag-guarded read-modify-writes. Within one instance, at most one write per
 * counter is under way; increments made meanwhile are added together and written next, so a busy
 * counter costs one blob write per round trip instead of one per event.
 */
export class BlobInsightStore implements InsightStore {
  readonly #documents: BlobDocuments<InsightCounter>;
  readonly #lock = new KeyLock();
  readonly #waiting = new Map<string, Batch>();

  constructor(container: ContainerClient, prefix: string) {
    this.#documents = new BlobDocuments(container, `${prefix}insights/`);
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
    return insightDataOf(await this.#documents.list());
  }
}
