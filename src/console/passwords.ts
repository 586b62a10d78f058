import { randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { BackgroundScrypt } from './backgroundScrypt.js';
import { WorkQueue } from './workQueue.js';

/** scrypt cost: N=2^17, r=8, p=1 (OWASP's recommendation for scrypt). */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

/**
 * scrypt costs a CPU for a quarter second. It runs off the event loop and out of libuv's thread
 * pool (which file reads and writes share), in a worker thread of its own at low priority, one
 * hash at a time: the bot's turns keep their latency during a sign-in flood. A few more checks
 * may wait; the rest are refused with QueueFullError.
 */
const hashing = new WorkQueue({ concurrency: 1, maxWaiting: 16 });
const scrypt = new BackgroundScrypt();

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return hashing.run(() => scrypt.derive(password.normalize('NFC'), salt, KEY_LENGTH, options));
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url), so the cost can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((value) => Number.isInteger(value) && value > 0)) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params);
  return timingSafeEqual(actual, expected);
}

/** A well-formed hash no password matches: checking it spends the same time on unknown accounts as on known ones. */
export const UNUSABLE_PASSWORD_HASH = ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, 'A'.repeat(22), 'A'.repeat(86)].join('$');

export const MIN_PASSWORD_LENGTH = 12;
