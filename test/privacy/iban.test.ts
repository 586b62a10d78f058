import { isValidIban } from '../../src/privacy/iban.js';
import { redact } from '../../src/privacy/redact.js';

/** Builds an IBAN the ISO 13616 way: check digits 98 - (BBAN + country + 00, letters as numbers) mod 97. */
function iban(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => parseInt(c, 36).toString()).join('');
  const check = 98 - Number(BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

function grouped(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

function withWrongCheck(compact: string): string {
  const check = (Number(compact.slice(2, 4)) + 1) % 100;
  return compact.slice(0, 2) + String(check).padStart(2, '0') + compact.slice(4);
}

const accounts = [
  ['a Belgian account', iban('BE', '096123456769')],
  ['another Belgian account', iban('BE', '001234567890')],
  ['a Dutch account', iban('NL', 'ABNA0417164300')],
  ['a French account', iban('FR', '20041010050500013M02606')],
  ['a German account', iban('DE', '370400440532013000')],
  ['a Moroccan-style long account', iban('MA', '011519000001205000534921')],
] as const;

describe('IBANs', () => {
  test.each(accounts.flatMap(([what, compact]) => [
    [what, 'compact', compact],
    [what, 'in groups of four', grouped(compact)],
    [what, 'in lower case', grouped(compact).toLowerCase()],
  ]))('when %s is written %s, then it is replaced', (_, __, written) => {
    const result = redact(`stort op ${written} aub`);

    expect(result).toEqual({ text: 'stort op [rekeningnummer] aub', found: ['iban'] });
  });

  test.each(accounts)('when %s has a wrong check, then it is left as it is', (_, compact) => {
    const wrong = grouped(withWrongCheck(compact));

    expect(redact(wrong)).toEqual({ text: wrong, found: [] });
    expect(isValidIban(withWrongCheck(compact))).toBe(false);
  });

  test('when the example IBAN of the Belgian banks is checked, then it is valid', () => {
    expect(isValidIban('BE71096123456769')).toBe(true);
  });

  test('when an IBAN ends a sentence before a word, then only the IBAN is replaced', () => {
    const result = redact(`${grouped(iban('BE', '096123456769'))} en dat is het`);

    expect(result.text).toBe('[rekeningnummer] en dat is het');
  });
});

describe('IBANs after their name', () => {
  test.each([
    ['after "IBAN"', `IBAN ${grouped(withWrongCheck(iban('BE', '096123456769')))}, klopt dat?`, 'IBAN [rekeningnummer], klopt dat?'],
    ['after "mijn rekeningnummer is"', `mijn rekeningnummer is ${withWrongCheck(iban('BE', '001234567890'))}`, 'mijn rekeningnummer is [rekeningnummer]'],
    ['after "numéro de compte"', `numéro de compte: ${grouped(withWrongCheck(iban('BE', '001234567890')))}`, 'numéro de compte: [rekeningnummer]'],
  ])('when a mistyped IBAN stands %s, then it is replaced all the same', (_, text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  test.each([
    ['a number of times', 'mijn rekening is 2 keer gedebiteerd'],
    ['a word after "IBAN"', 'IBAN? geen idee waar ik dat vind'],
  ])('when "rekening" or "IBAN" is followed by %s, then it is kept', (_, text) => {
    expect(redact(text).text).toBe(text);
  });

  test('when a mistyped IBAN is followed by a word, then the word is kept', () => {
    expect(redact(`IBAN ${grouped(withWrongCheck(iban('BE', '096123456769')))} maar dat weet ik niet zeker`).text).toBe(
      'IBAN [rekeningnummer] maar dat weet ik niet zeker',
    );
  });
});
