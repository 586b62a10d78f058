import { text } from 'node:stream/consumers';
import type { BlobItem, ContainerClient } from '@azure/storage-blob';
import { boundedKey } from '../../storage/boundedKey.js';
import type { DocumentCollection } from '../documentCollection.js';

/** How many blobs are read at once when a whole prefix is listed. */
const readConcurrency = 32;
/** Longest document id (URI-encoded) kept as it is in a blob name, which ends at 1,024 characters. */
const MAX_ID = 512;
/** How often a read-modify-write is tried again when another writer changed the blob in between. */
const maxAttempts = 12;

interface Stored<T> {
  value: T;
  eTag: string;
}

/**
 * JSON documents kept one per blob under a name prefix of one container, listed by prefix.
 * `update` is a read-modify-write guarded by the blob's ETag, so two bot instances that change the
 * same document at once both succeed, one after the other, and neither change is lost.
 */
export class BlobDocuments<T> implements DocumentCollection<T> {
  constructor(
    private readonly container: ContainerClient,
    private readonly prefix: string,
  ) {}

  /** The blob name of a document; ids are URI-encoded so any conversation id is a valid name, and long ones hashed (boundedKey). */
  nameOf(id: string): string {
    return `${this.prefix}${encodeURIComponent(boundedKey(id, MAX_ID))}`;
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.#read(this.nameOf(id)))?.value;
  }

  /** Writes the document whatever is stored. */
  async put(id: string, value: T): Promise<void> {
    await this.#write(this.nameOf(id), value, {});
  }

  /** Writes the document only if there is none with this id yet; false when there was one. */
  async create(id: string, value: T): Promise<boolean> {
    try {
      await this.#write(this.nameOf(id), value, { ifNoneMatch: '*' });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  /**
   * Applies `change` to the stored document (undefined when there is none) and writes the result
   * if it is not undefined, on the condition that nobody wrote the blob in between; tries again
   * with the newer document when somebody did. Resolves with what was written.
   */
  async update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const name = this.nameOf(id);
    for (let attempt = 1; ; attempt += 1) {
      const stored = await this.#read(name);
      const next = change(stored?.value);
      if (next === undefined) return undefined;
      try {
        await this.#write(name, next, stored ? { ifMatch: stored.eTag } : { ifNoneMatch: '*' });
        return next;
      } catch (error) {
        if (!isConflict(error) || attempt === maxAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  async delete(id: string): Promise<void> {
    await this.container.deleteBlob(this.nameOf(id)).catch(ignoreNotFound);
  }

  /** Every document under the prefix, in blob name order. */
  async list(): Promise<T[]> {
    return this.read(await this.names());
  }

  /** Blob names under the prefix in name order, at most `limit` of them. */
  async names(limit = Number.POSITIVE_INFINITY): Promise<string[]> {
    const names: string[] = [];
    for await (const page of this.container.listBlobsFlat({ prefix: this.prefix }).byPage({ maxPageSize: 5000 })) {
      names.push(...page.segment.blobItems.map((item: BlobItem) => item.name));
      if (names.length >= limit) break;
    }
    return names.slice(0, limit);
  }

  /** The documents with these blob names, in the same order; blobs deleted meanwhile are left out. */
  async read(names: readonly string[]): Promise<T[]> {
    const documents: Array<T | undefined> = new Array<T | undefined>(names.length);
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < names.length; index = next++) {
        documents[index] = (await this.#read(names[index] ?? ''))?.value;
      }
    };
    await Promise.all(Array.from({ length: Math.min(readConcurrency, names.length) }, worker));
    return documents.filter((document): document is T => document !== undefined);
  }

  /** Deletes the blobs with these names; ones already gone are fine. */
  async deleteNames(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((name) => this.container.deleteBlob(name).catch(ignoreNotFound)));
  }

  async #read(name: string): Promise<Stored<T> | undefined> {
    try {
      const response = await this.container.getBlobClient(name).download();
      if (!response.readableStreamBody || response.etag === undefined) return undefined;
      return { value: JSON.parse(await text(response.readableStreamBody)) as T, eTag: response.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async #write(name: string, value: T, conditions: { ifMatch?: string; ifNoneMatch?: string }): Promise<void> {
    const body = JSON.stringify(value);
    await this.container.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), {
      conditions,
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
  }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** 412: the ETag no longer matches; 409: the blob was created by somebody else meanwhile. */
function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  return status === 412 || status === 409;
}

function ignoreNotFound(error: unknown): void {
  if (statusOf(error) !== 404) throw error;
}
