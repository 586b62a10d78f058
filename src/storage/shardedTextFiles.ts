import { appendFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TextFile } from 'lowdb/node';
import { isNotFound } from './fileErrors.js';
import { endsWhole, logLine, needsCompaction, newestDocument } from './documentLog.js';
import { RecentFiles } from './recentFiles.js';
import { shardedFile } from './shardedFile.js';

/** How many recently used files are kept in memory as text unless told otherwise. */
export const DEFAULT_CACHED_FILES = 2_000;

/** A file this process read or wrote: its newest text (null: no file) and what appending needs. */
interface KnownFile {
  text: string | null;
  /** The file's size in bytes. */
  bytes: number;
  /** Whether the file ends with a whole line, so that a line can be appended. */
  appendable: boolean;
}

/**
 * One text per key under `dir` (`<dir>/<h0h1>/<sha256>.json`, see shardedFile), kept as a document
 * log (documentLog): a write appends a line to the file, and the file is replaced by atomic rename
 * (lowdb's TextFile, steno) when it is new, has grown, or was not read or written by this process.
 * The text of recently used files is kept in memory, so reading a file just read or written costs
 * no file access: the folder belongs to this one process. The caller runs operations on one key
 * one after another (KeyLock).
 *
 * Appends are synchronous: a line of a few kilobytes goes to the operating system's cache in some
 * microseconds, where an asynchronous append costs three hand-overs to libuv's thread pool (open,
 * write, close) that take more CPU than the write itself.
 */
export class ShardedTextFiles {
  readonly #recent: RecentFiles<KnownFile>;
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

  /** The key's newest text, or null when there is no file. */
  async read(key: string): Promise<string | null> {
    const known = this.#recent.get(key);
    if (known !== undefined) return known.text;
    const raw = await new TextFile(this.fileFor(key)).read();
    const text = raw === null ? null : newestDocument(raw);
    this.#recent.remember(key, { text, bytes: raw === null ? 0 : Buffer.byteLength(raw), appendable: raw !== null && endsWhole(raw) });
    return text;
  }

  /** A file's newest text from disk, or null when there is none (for listing every file). */
  async readFile(file: string): Promise<string | null> {
    const raw = await new TextFile(file).read();
    return raw === null ? null : newestDocument(raw);
  }

  /** Every file under the folder, in its shard folders. */
  async allFiles(): Promise<string[]> {
    const entries = await readdir(this.dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => join(entry.parentPath, entry.name));
  }

  async write(key: string, text: string): Promise<void> {
    const file = this.fileFor(key);
    const line = logLine(text);
    const lineBytes = Buffer.byteLength(line);
    const known = this.#recent.get(key);
    // Until the write is done, what the file holds is unknown: after a failure it is read again.
    this.#recent.forget(key);
    if (known?.text != null && known.appendable && !needsCompaction(known.bytes, lineBytes) && this.#append(file, line)) {
      this.#recent.remember(key, { text, bytes: known.bytes + lineBytes, appendable: true });
      return;
    }
    await this.#replace(file, line);
    this.#recent.remember(key, { text, bytes: lineBytes, appendable: true });
  }

  async delete(key: string): Promise<void> {
    this.#recent.forget(key);
    await rm(this.fileFor(key), { force: true });
    this.#recent.remember(key, { text: null, bytes: 0, appendable: false });
  }

  /** Appends a line to an existing file; false when the file's folder is gone (it is replaced then). */
  #append(file: string, line: string): boolean {
    try {
      appendFileSync(file, line);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async #replace(file: string, line: string): Promise<void> {
    const folder = dirname(file);
    if (!this.#folders.has(folder)) await this.#makeFolder(folder);
    try {
      await new TextFile(file).write(line);
    } catch {
      // The folder may have been removed since (by hand, or a clean-up): make it and try once more.
      await this.#makeFolder(folder);
      await new TextFile(file).write(line);
    }
  }

  async #makeFolder(folder: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    this.#folders.add(folder);
  }
}
