import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A private link's token and what it unlocks. The token is 256 random bits (base64url); what is
 * stored is found by a hash of it and encrypted (AES-256-GCM) with a key derived from it, so the
 * stored data neither reveals the link nor what it shows to someone who only has the store.
 */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const CIPHER = 'aes-256-gcm';

/** What is stored: the encrypted value, its nonce and its authentication tag (base64). */
export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

/** A new, unguessable token for a link. */
export function newLinkToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether a text from a URL can be a token at all (anything else is answered without a look-up). */
export function isLinkToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The key a token's document is stored under: a one-way hash, never the token itself. */
export function linkId(purpose: string, token: string): string {
  return createHash('sha256').update(`${purpose}\n${token}`).digest('hex');
}

/** Encrypts a JSON value with a key only the token gives. */
export function seal(purpose: string, token: string, value: unknown): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, keyOf(purpose, token), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Decrypts what `seal` stored with the same token; undefined when the token or the data does not fit. */
export function unseal(purpose: string, token: string, sealed: Sealed): unknown {
  try {
    const decipher = createDecipheriv(CIPHER, keyOf(purpose, token), Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function keyOf(purpose: string, token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, purpose, 'sealed link', 32));
}
