import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { KeyLock } from '../../storage/keyLock.js';
import type { AuditEntry, AuditLog } from '../types.js';
import { isNotFound } from '../../storage/fileErrors.js';

const dayFile = /^\d{4}-\d{2}-\d{2}\.json$/;

/**
 * The console's audit trail, append-only, one file per day (`<dir>/2026-11-24.json`, oldest entry
 * first), so an entry costs a rewrite of one day's file and `list(limit)` reads only the newest days.
 */
export class FileAuditLog implements AuditLog {
  readonly #lock = new KeyLock();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    const at = this.now().toISOString();
    const day = at.slice(0, 10);
    return this.#lock.run(day, async () => {
      await mkdir(this.dir, { recursive: true });
      const db = new Low<AuditEntry[]>(new JSONFile<AuditEntry[]>(join(this.dir, `${day}.json`)), []);
      await db.read();
      db.data.push({ ...entry, at });
      await db.write();
    });
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const name of (await this.#days()).reverse()) {
      if (entries.length >= limit) break;
      const db = new Low<AuditEntry[]>(new JSONFile<AuditEntry[]>(join(this.dir, name)), []);
      await db.read();
      entries.push(...db.data.reverse());
    }
    return entries.slice(0, limit);
  }

  flush(): Promise<void> {
    return this.#lock.idle();
  }

  async #days(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => dayFile.test(name)).sort();
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }
}
