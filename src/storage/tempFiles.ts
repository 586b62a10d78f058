import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isNotFound } from './fileErrors.js';

/**
 * Removes the temporary files that writes by atomic rename leave behind when the process dies
 * between writing and renaming (lowdb's `.<name>.tmp`, `<name>.tmp` of the web chat and follow-ups)
 * under each folder. Run at start-up, before any write: the folders belong to this one process.
 * Resolves with how many were removed.
 */
export async function removeTempFiles(dirs: readonly string[]): Promise<number> {
  const removed = await Promise.all(dirs.map(removeIn));
  return removed.reduce((sum, count) => sum + count, 0);
}

async function removeIn(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw error;
  }
  const temporary = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.tmp'));
  await Promise.all(temporary.map((entry) => rm(join(entry.parentPath, entry.name), { force: true })));
  return temporary.length;
}
