import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TextFile } from 'lowdb/node';
import { RecentFiles } from './recentFiles.js';
import { shardedFile } from './shardedFile.js';

/** How many recently used files are kept in memory as text unless told otherwise. */
export const DEFAULT_CACHED_FILES = 2_000;

/**
 * One text file per key under `dir` (`<dir>/<h0h1>/<sha256>.json`, see shardedFile), replaced by
 * atomic rename (lowdb's TextFile, steno). The text of recently used files is kept in memory, so
 * reading a file just read or written costs no file access: the folder belongs to this one
 * process. The caller runs operations on one key one after another (KeyLock).
 */
export class ShardedTextFiles {
  readonly #recent: RecentFiles;
  /** Shard folders known to exist, so a write makes no `mkdir` call. */
  readonly #folders = new Set<string>();

  constructor(
    private readonly dir: string,
    cachedFiles: number = DEFAULT_CACHED_FILES,
  ) {
    this.#recent = new RecentFiles(cachedFiles);
  }

  fileFor(key: string): string {
    return shardedFile(this.dir, key);
  }

  /** The file's text, or null when there is no file. */
  async read(key: string): Promise<string | null> {
    const known = this.#recent.get(key);
    if (known !== undefined) return known;
    const text = await this.readFile(this.fileFor(key));
    this.#recent.remember(key, text);
    return text;
  }

  /** A file's text from disk, or null when there is none (for listing every file). */
  async readFile(file: string): Promise<string | null> {
    return new TextFile(file).read();
  }

  async write(key: string, text: string): Promise<void> {
    const file = this.fileFor(key);
    // Until the file is replaced, what it holds is unknown: after a failed write it is read again.
    this.#recent.forget(key);
    const folder = dirname(file);
    if (!this.#folders.has(folder)) await this.#makeFolder(folder);
    try {
      await new TextFile(file).write(text);
    } catch {
      // The folder may have been removed since (by hand, or a clean-up): make it and try once more.
      await this.#makeFolder(folder);
      await new TextFile(file).write(text);
    }
    this.#recent.remember(key, text);
  }

  async delete(key: string): Promise<void> {
    this.#recent.forget(key);
    await rm(this.fileFor(key), { force: true });
    this.#recent.remember(key, null);
  }

  async #makeFolder(folder: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    this.#folders.add(folder);
  }
}
