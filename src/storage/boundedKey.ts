import { createHash } from 'node:crypto';

/** What a bounded key that was hashed starts with. */
const HASHED = '#';

/**
 * A key (an id, a storage key) that fits in a blob name: the key itself when its URI encoding has
 * at most `max` characters, as before (stored data stays readable), otherwise `#` and its SHA-256.
 * A key that starts with `#` is always hashed, so a chosen id can never name another's blob.
 */
export function boundedKey(key: string, max: number): string {
  if (encodeURIComponent(key).length <= max && !key.startsWith(HASHED)) return key;
  return `${HASHED}${createHash('sha256').update(key).digest('hex')}`;
}
