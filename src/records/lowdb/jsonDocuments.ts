import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isNotFound } from '../../storage/fileErrors.js';
import { KeyLock } from '../../storage/keyLock.js';
import { ShardedTextFiles } from '../../storage/shardedTextFiles.js';
import { written, type WriteBehind } from '../../storage/writeBehind.js';
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
 * Operations on one key run one after another; recently used files are kept in memory
 * (ShardedTextFiles). `list` reads every file from disk, for the console and the retention purge,
 * never for a turn. With `writeBehind`, `put` resolves before the file is written (see WriteBehind).
 */
export class JsonDocuments<T> implements DocumentCollection<T> {
  readonly #lock = new KeyLock();
  readonly #texts: ShardedTextFiles;

  constructor(
    private readonly dir: string,
    private readonly writeBehind?: WriteBehind,
  ) {
    this.#texts = new ShardedTextFiles(dir);
  }

  get(key: string): Promise<T | undefined> {
    return this.#lock.run(key, async () => (await this.#read(key))?.value);
  }

  put(key: string, value: T): Promise<void> {
    // Serialised now, so changes the caller makes later are not stored.
    const text = textOf(key, value);
    return written(this.#lock.run(key, () => this.#texts.write(key, text)), this.writeBehind);
  }

  /** Writes `change(current)` unless it is undefined; resolves with what was written. */
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.#lock.run(key, async () => {
      const next = change((await this.#read(key))?.value);
      if (next !== undefined) await this.#texts.write(key, textOf(key, next));
      return next;
    });
  }

  delete(key: string): Promise<void> {
    return this.#lock.run(key, () => this.#texts.delete(key));
  }

  /** Every stored document, in no particular order; files deleted meanwhile, or that cannot be read, are left out. */
  async list(): Promise<T[]> {
    await this.#lock.settled();
    const files = await this.#files();
    const documents: T[] = [];
    for (let start = 0; start < files.length; start += readConcurrency) {
      // One unreadable file (cut off, not JSON) must not fail every list: `get` of its key still reports it.
      const batch = await Promise.all(files.slice(start, start + readConcurrency).map((file) => this.#readFile(file).catch(() => undefined)));
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

  #read(key: string): Promise<Envelope<T> | undefined> {
    return this.#parse(this.#texts.fileFor(key), () => this.#texts.read(key));
  }

  #readFile(file: string): Promise<Envelope<T> | undefined> {
    return this.#parse(file, () => this.#texts.readFile(file));
  }

  async #parse(file: string, read: () => Promise<string | null>): Promise<Envelope<T> | undefined> {
    let data: unknown;
    try {
      const text = await read();
      if (text === null) return undefined;
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`JsonDocuments: cannot read ${file}: ${String(error)}`, { cause: error });
    }
    if (!isEnvelope<T>(data)) throw new Error(`JsonDocuments: ${file} does not hold a document`);
    return data;
  }
}

function textOf<T>(key: string, value: T): string {
  return JSON.stringify({ key, value } satisfies Envelope<T>);
}

function isEnvelope<T>(data: unknown): data is Envelope<T> {
  return typeof data === 'object' && data !== null && 'key' in data && typeof data.key === 'string' && 'value' in data;
}
