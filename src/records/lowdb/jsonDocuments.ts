import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { KeyLock } from '../../storage/keyLock.js';
import { shardedFile } from '../../storage/shardedFile.js';
import type { DocumentCollection } from '../documentCollection.js';

/** How many files are read at once when every document is listed. */
const readConcurrency = 32;

/** What one file holds: the document's key and the document. */
interface Envelope<T> {
  key: string;
  value: T;
}

/**
 * JSON documents on local disk, one small lowdb file per key under `<dir>/<h0h1>/<sha256>.json`
 * (the sharding of FileStorage), so writing one document costs the same however many are stored.
 * Operations on one key run one after another (one lowdb instance per file at a time); `list`
 * reads every file, for the console and the retention purge, never for a turn.
 */
export class JsonDocuments<T> implements DocumentCollection<T> {
  readonly #lock = new KeyLock();

  constructor(private readonly dir: string) {}

  get(key: string): Promise<T | undefined> {
    return this.#lock.run(key, async () => (await this.#read(shardedFile(this.dir, key)))?.value);
  }

  put(key: string, value: T): Promise<void> {
    return this.#lock.run(key, () => this.#write(key, value));
  }

  /** Writes `change(current)` unless it is undefined; resolves with what was written. */
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.#lock.run(key, async () => {
      const next = change((await this.#read(shardedFile(this.dir, key)))?.value);
      if (next !== undefined) await this.#write(key, next);
      return next;
    });
  }

  delete(key: string): Promise<void> {
    return this.#lock.run(key, () => rm(shardedFile(this.dir, key), { force: true }));
  }

  /** Every stored document, in no particular order; files deleted meanwhile are left out. */
  async list(): Promise<T[]> {
    const files = await this.#files();
    const documents: T[] = [];
    for (let start = 0; start < files.length; start += readConcurrency) {
      const batch = await Promise.all(files.slice(start, start + readConcurrency).map((file) => this.#read(file)));
      documents.push(...batch.filter((envelope) => envelope !== undefined).map((envelope) => envelope.value));
    }
    return documents;
  }

  /** Resolves when every operation started so far has finished. */
  flush(): Promise<void> {
    return this.#lock.idle();
  }

  async #files(): Promise<string[]> {
    try {
      const names = await readdir(this.dir, { recursive: true });
      return names.filter((name) => name.endsWith('.json')).map((name) => join(this.dir, name));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async #read(file: string): Promise<Envelope<T> | undefined> {
    const db = new Low<unknown>(new JSONFile<unknown>(file), null);
    try {
      await db.read();
    } catch (error) {
      throw new Error(`JsonDocuments: cannot read ${file}: ${String(error)}`, { cause: error });
    }
    if (db.data === null) return undefined;
    if (!isEnvelope<T>(db.data)) throw new Error(`JsonDocuments: ${file} does not hold a document`);
    return db.data;
  }

  async #write(key: string, value: T): Promise<void> {
    const file = shardedFile(this.dir, key);
    await mkdir(dirname(file), { recursive: true });
    await new Low<Envelope<T>>(new JSONFile<Envelope<T>>(file), { key, value }).write();
  }
}

function isEnvelope<T>(data: unknown): data is Envelope<T> {
  return typeof data === 'object' && data !== null && 'key' in data && typeof data.key === 'string' && 'value' in data;
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
