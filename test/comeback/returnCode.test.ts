import { CODE_ALPHABET, CODE_LENGTH, codeIn, findCodes, formatCode, hashCode, newCode, newLinkToken, isLinkToken } from '../../src/comeback/returnCode.js';
import { Redactor } from '../../src/privacy/redact.js';
import { contentDir } from '../../src/paths.js';

describe('return codes', () => {
  test('when codes are made, then they use only unambiguous signs, hold at least 40 bits of chance and differ', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThan(44);
    const codes = Array.from({ length: 2_000 }, () => newCode());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(?=.*\d)(?=.*[A-Z])[2-9A-HJKMNP-Z]{9}$/);
    // Every sign turns up about as often as every other (a biased draw would not).
    const counts = new Map<string, number>();
    for (const sign of codes.join('')) counts.set(sign, (counts.get(sign) ?? 0) + 1);
    expect(counts.size).toBe(CODE_ALPHABET.length);
    const expected = (codes.length * CODE_LENGTH) / CODE_ALPHABET.length;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.35);
  });

  test('when a code is shown, then it comes in three groups of three', () => {
    expect(formatCode('K7M4QX9TB')).toBe('K7M-4QX-9TB');
  });

  test('when a young person types a code with dashes, spaces, in lower case or in a short sentence, then it is read', () => {
    expect(codeIn('K7M-4QX-9TB')).toBe('K7M4QX9TB');
    expect(codeIn('k7m 4qx 9tb')).toBe('K7M4QX9TB');
    expect(codeIn('k7m4qx9tb')).toBe('K7M4QX9TB');
    expect(codeIn('hoi, mijn code is K7M-4QX-9TB')).toBe('K7M4QX9TB');
  });

  test('when a message only looks a bit like a code, then it is no code', () => {
    expect(codeIn('werkgever')).toBeUndefined();
    expect(codeIn('ik zat in het 2de jaar')).toBeUndefined();
    expect(codeIn('ik kan 2de van wat')).toBeUndefined();
    expect(codeIn('ik heb het 7de jaar bso gedaan')).toBeUndefined();
    expect(codeIn('6de jaar beroeps geslaagd maar geen 7de gedaan')).toBeUndefined();
    expect(codeIn('0470 12 34 56')).toBeUndefined();
    expect(codeIn('K7M-4QX-9TB en ABC-234-DEF')).toBeUndefined();
  });

  test('when a link token is made, then it starts with its code and has the shape of a link token', () => {
    const code = newCode();
    const token = newLinkToken(code);
    expect(token.startsWith(code)).toBe(true);
    expect(isLinkToken(token)).toBe(true);
    expect(isLinkToken(`${token}x`)).toBe(false);
  });

  test('when a code is hashed, then the hash is the same for the same code and shows nothing of it', async () => {
    const hash = await hashCode('K7M4QX9TB');
    expect(hash).toBe(await hashCode('K7M4QX9TB'));
    expect(hash).not.toBe(await hashCode('K7M4QX9TC'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('when a transcript holds a code or a private link, then the redactor replaces them', () => {
    const redactor = Redactor.load(contentDir);
    const token = newLinkToken('K7M4QX9TB');
    expect(redactor.redact('mijn code is k7m-4qx-9tb').text).toBe('mijn code is [terugkeercode]');
    expect(redactor.redact(`open https://bot.example.org/terug/${token} straks`).text).toBe('open https://bot.example.org/terug/[terugkeercode] straks');
    expect(redactor.redact('k7m 4qx 9tb').text).toBe('[terugkeercode]');
    expect(redactor.redact('ik heb het 7de jaar bso gedaan').text).toBe('ik heb het 7de jaar bso gedaan');
    expect(findCodes('ik werk 38 uur per week')).toEqual([]);
  });
});
