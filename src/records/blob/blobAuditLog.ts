import { randomUUID } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import type { AuditEntry, AuditLog } from '../types.js';
import { BlobDocuments } from './blobDocuments.js';

/** Later than any timestamp the log will see (year 2286), so `latest - ms` sorts newest first. */
const latest = 9_999_999_999_999;
const sequenceDigits = 9;

/**
 * The console's audit trail, append-only, one blob per entry. Entry names start with the time
 * counted backwards, so listing by prefix yields the newest first and `list(limit)` reads only
 * `limit` blobs however long the log is.
 */
export class BlobAuditLog implements AuditLog {
  readonly #documents: BlobDocuments<AuditEntry>;
  /** Orders entries made in the same millisecond by this instance. */
  #sequence = 0;

  constructor(
    container: ContainerClient,
    prefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#documents = new BlobDocuments(container, `${prefix}audit/`);
  }

  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    const at = this.now();
    this.#sequence = (this.#sequence + 1) % 10 ** sequenceDigits;
    const id = [
      String(latest - at.getTime()).padStart(13, '0'),
      String(10 ** sequenceDigits - 1 - this.#sequence).padStart(sequenceDigits, '0'),
      randomUUID(),
    ].join('-');
    await this.#documents.put(id, { ...entry, at: at.toISOString() });
  }

  async list(limit: number): Promise<AuditEntry[]> {
    return this.#documents.read(await this.#documents.names(limit));
  }
}
