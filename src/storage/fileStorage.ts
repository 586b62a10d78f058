import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflict.js';
import { KeyLock } from './keyLock.js';
import { ShardedTextFiles } from './shardedTextFiles.js';

export interface FileStorageOptions {
  /** Folder that holds the state files; created on the first write. */
  dir: string;
  /** How many recently used files are kept in memory as text (default 2,000). */
  cachedFiles?: number;
}

/** What one file holds: the original storage key and the item with its eTag. */
interface StoredDocument {
  key: string;
  item: StoreItem & { eTag: string };
}

/**
 * Bot state on local disk, one small lowdb JSON file per storage key, so the cost of a turn does
 * not depend on how many conversations are stored. A key maps to `<dir>/<h0h1>/<sha256>.json`,
 * sharded by the first two hex characters of its hash.
 *
 * Semantics follow botbuilder's MemoryStorage: an item without an eTag or with `'*'` overwrites;
 * an item with another eTag than the stored one is rejected with an ETagConflictError (so
 * CREATE_ONLY_ETAG is stored only while the key is free); every write gives a new eTag.
 * A write appends the document to the key's file, which is replaced by atomic rename now and then
 * (ShardedTextFiles, documentLog). Operations on one key run one after another within
 * the process, operations on different keys in parallel. A file that cannot be parsed makes
 * `read` throw an error naming the key and the file; writing the key with `'*'` (or deleting it)
 * replaces the damaged file.
 *
 * The text of recently used files is kept in memory (ShardedTextFiles), so a turn reads no file and
 * checks eTags without reading one back: the folder belongs to this one process (the README's
 * scale-out section has more instances). Each read parses the text anew, so callers never share
 * an object.
 */
export class FileStorage implements Storage {
  readonly #files: ShardedTextFiles;
  readonly #lock = new KeyLock();

  constructor(options: FileStorageOptions) {
    this.#files = new ShardedTextFiles(options.dir, options.cachedFiles);
  }

  /** The file that holds `key`. */
  fileFor(key: string): string {
    return this.#files.fileFor(key);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const stored = await this.#lock.run(key, () => this.#load(key));
        if (stored) items[key] = stored.item;
      }),
    );
    return items;
  }

  /** Writes every change, then rejects with the first failure (e.g. an eTag conflict), if any. */
  async write(changes: StoreItems): Promise<void> {
    const outcomes = await Promise.allSettled(
      Object.entries(changes).map(([key, item]) => {
        // Serialised now, so changes the caller makes later are not stored.
        const text = JSON.stringify({ key, item: { ...item, eTag: randomUUID() } } satisfies StoredDocument);
        return this.#lock.run(key, () => this.#save(key, item.eTag, text));
      }),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.#lock.run(key, () => this.#files.delete(key))));
  }

  /**
   * Deletes the items last written before `cutoff` (the retention period): a conversation or a
   * young person not seen since. Returns how many.
   */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const file of await this.#files.allFiles()) {
      const modified = await stat(file).then((s) => s.mtime, () => undefined);
      if (modified === undefined || modified >= cutoff) continue;
      const key = keyIn(await this.#files.readFile(file).catch(() => null));
      if (key === undefined) await rm(file, { force: true });
      else await this.#lock.run(key, () => this.#files.delete(key));
      deleted += 1;
    }
    return deleted;
  }

  /** Resolves when every read, write and delete started so far has finished. */
  flush(): Promise<void> {
    return this.#lock.idle();
  }

  async #load(key: string): Promise<StoredDocument | undefined> {
    const file = this.fileFor(key);
    let data: unknown;
    try {
      const text = await this.#files.read(key);
      if (text === null) return undefined;
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`FileStorage: cannot read "${key}" from ${file}: ${String(error)}`, { cause: error });
    }
    if (!isStoredDocument(data, key)) {
      throw new Error(`FileStorage: ${file} does not hold a valid item for "${key}"`);
    }
    return data;
  }

  /** Writes the document `text` unless `expectedETag` is another than the stored item's. */
  async #save(key: string, expectedETag: string | undefined, text: string): Promise<void> {
    if (expectedETag && expectedETag !== '*') {
      const stored = await this.#load(key);
      if (stored && stored.item.eTag !== expectedETag) {
        throw new ETagConflictError(key, 'FileStorage');
      }
    }
    await this.#files.write(key, text);
  }
}

/** The storage key a file's text names, if it can be read. */
function keyIn(text: string | null): string | undefined {
  try {
    const data: unknown = text === null ? undefined : JSON.parse(text);
    return isRecord(data) && typeof data.key === 'string' ? data.key : undefined;
  } catch {
    return undefined;
  }
}

function isStoredDocument(value: unknown, key: string): value is StoredDocument {
  if (!isRecord(value) || value.key !== key || !isRecord(value.item)) return false;
  return typeof value.item.eTag === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
