import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for each other when read aloud or typed on a phone:
 * no 0/O, 1/I/L. 31 signs, so a code of nine has 9 × log2(31) ≈ 44.6 bits of chance.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 3;
export const CODE_LENGTH = GROUPS * GROUP_LENGTH;
/** Bytes of chance behind the part of a private link after its code. */
const LINK_SECRET_BYTES = 24;

/** A code as it is shown: "K7M-4QX-9TB". */
export function formatCode(compact: string): string {
  return compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))?.join('-') ?? compact;
}

/**
 * A new random code, uniformly drawn from crypto.randomBytes (bytes of 248 and above are thrown
 * away so that every sign is equally likely). It always holds a digit and a letter, so that a code
 * typed without dashes is never an ordinary word.
 */
export function newCode(): string {
  for (;;) {
    let code = '';
    while (code.length < CODE_LENGTH) {
      for (const byte of randomBytes(16)) {
        if (byte < 248 && code.length < CODE_LENGTH) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
      }
    }
    if (/\d/.test(code) && /[A-Z]/.test(code)) return code;
  }
}

/** A private link's token: the code, then a long random secret (so the link finds its pass by its code). */
export function newLinkToken(code: string): string {
  return `${code}${randomBytes(LINK_SECRET_BYTES).toString('base64url')}`;
}

const SIGN = `[${CODE_ALPHABET}]`;
/** Written as shown ("K7M-4QX-9TB") or all in one ("K7M4QX9TB"), anywhere in a text. */
const WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}-])(${SIGN}{3})(-?)(${SIGN}{3})\\2(${SIGN}{3})(?![\\p{L}\\p{N}-])`, 'giu');
/** With spaces ("k7m 4qx 9tb") only as the whole message: "heb het 7de" is Dutch, not a code. */
const SPACED = new RegExp(`^\\s*(${SIGN}{3})\\s+(${SIGN}{3})\\s+(${SIGN}{3})\\s*$`, 'iu');
const LINK_TOKEN = new RegExp(`^${SIGN}{${CODE_LENGTH}}[A-Za-z0-9_-]{32}$`);

/**
 * Every return code in a text, compact and in capitals: three groups of three signs with dashes or
 * nothing between them, or with spaces when the code is the whole text. One without any digit, or
 * without any letter, is a word or a number, not a code.
 */
export function findCodes(text: string): Array<{ code: string; start: number; end: number }> {
  const spaced = SPACED.exec(text);
  const found = spaced
    ? [{ code: `${spaced[1]}${spaced[2]}${spaced[3]}`, start: text.search(/\S/), end: text.trimEnd().length }]
    : [...text.matchAll(WRITTEN)].map((m) => ({ code: `${m[1]}${m[3]}${m[4]}`, start: m.index, end: m.index + m[0].length }));
  return found.map((f) => ({ ...f, code: f.code.toUpperCase() })).filter(({ code }) => /\d/.test(code) && /[A-Z]/.test(code));
}

/** The code a chat message holds: exactly one, in a message of a few words at most. */
export function codeIn(text: string): string | undefined {
  const codes = findCodes(text);
  const [found] = codes;
  if (codes.length !== 1 || found === undefined) return undefined;
  const rest = `${text.slice(0, found.start)} ${text.slice(found.end)}`.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return rest.length <= 6 ? found.code : undefined;
}

/** Whether a value has the shape of a private link's token. */
export function isLinkToken(value: string): boolean {
  return LINK_TOKEN.test(value);
}

/** The code a link token starts with. */
export function codeOfLink(token: string): string {
  return token.slice(0, CODE_LENGTH);
}

/**
 * The stored form of a code: scrypt with a fixed salt, so a pass can be found by its code while a
 * copy of the store does not give the codes away (trying all 2^44 codes through scrypt is out of reach).
 */
export function hashCode(code: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(code, 'perspectiefbot/return-code', 32, { N: 16_384, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key.toString('hex')))),
  );
}

/** The stored form of a link token: a plain SHA-256 is enough for 192 bits of chance. */
export function hashLink(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
