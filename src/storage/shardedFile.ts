import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BoundedMemo } from '../boundedMemo.js';

/** Hashes of keys used lately: a turn asks for the file of the same few keys several times. */
const hashes = new BoundedMemo<string, string>(10_000, (key) => createHash('sha256').update(key).digest('hex'));

/**
 * The file that holds `key` under `dir`: `<dir>/<h0h1>/<sha256>.json` (or another extension),
 * sharded by the first two hex characters of the key's hash, so no folder holds more than a small
 * share of the files and any key (a conversation id, a storage key) is a safe file name.
 */
export function shardedFile(dir: string, key: string, extension = '.json'): string {
  const hash = hashes.get(key);
  return join(dir, hash.slice(0, 2), `${hash}${extension}`);
}
