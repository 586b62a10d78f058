import { isValidNationalRegisterNumber } from '../../src/privacy/nationalRegisterNumber.js';
import { redact } from '../../src/privacy/redact.js';

/** Builds a national register number the way the register does: yymmdd + serial + check. */
function nationalRegisterNumber(birth: string, serial: string, bornFrom2000: boolean): string {
  const base = Number(birth + serial);
  const check = 97 - ((bornFrom2000 ? 2_000_000_000 + base : base) % 97);
  return birth + serial + String(check).padStart(2, '0');
}

/** The same number with check digits that do not hold under either rule. */
function withWrongCheck(digits: string): string {
  const base = Number(digits.slice(0, 9));
  const valid = [97 - (base % 97), 97 - ((2_000_000_000 + base) % 97)];
  const wrong = [1, 2, 3].map((n) => (Number(digits.slice(9)) + n) % 100).find((c) => !valid.includes(c)) ?? 0;
  return digits.slice(0, 9) + String(wrong).padStart(2, '0');
}

const formats: ReadonlyArray<readonly [string, (d: string) => string]> = [
  ['with dots and a dash', (d) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`],
  ['in groups of 6, 3 and 2', (d) => `${d.slice(0, 6)} ${d.slice(6, 9)} ${d.slice(9)}`],
  ['as 11 digits', (d) => d],
];

const people = [
  ['born in 1990', nationalRegisterNumber('900521', '123', false)],
  ['born in 2005', nationalRegisterNumber('050312', '123', true)],
  ['born in 2008 with an even (female) serial', nationalRegisterNumber('080229', '044', true)],
] as const;

const cases = people.flatMap(([who, digits]) => formats.map(([how, format]) => [who, how, format(digits)] as const));

describe('national register numbers', () => {
  test.each(cases)('when the number of someone %s is written %s, then it is replaced', (_, __, written) => {
    const result = redact(`mijn rijksregisternummer is ${written}.`);

    expect(result).toEqual({ text: 'mijn rijksregisternummer is [rijksregisternummer].', found: ['insz'] });
  });

  test.each(cases)('when the number of someone %s is written %s with a wrong check, then it is left as it is', (_, __, written) => {
    const digits = written.replace(/\D/g, '');
    const wrong = written.slice(0, -2) + withWrongCheck(digits).slice(9);

    expect(redact(`nummer ${wrong}`)).toEqual({ text: `nummer ${wrong}`, found: [] });
  });

  test.each([
    ['born before 2000, checked without prefix', nationalRegisterNumber('900521', '123', false), true],
    ['born from 2000, checked with the prefix 2', nationalRegisterNumber('050312', '123', true), true],
    ['with a wrong check', withWrongCheck(nationalRegisterNumber('050312', '123', true)), false],
    ['of 10 digits', nationalRegisterNumber('050312', '123', true).slice(1), false],
  ])('when a number %s is checked, then its validity is %s', (_, digits, valid) => {
    expect(isValidNationalRegisterNumber(digits)).toBe(valid);
  });

  test('when a number holds only under the rule for people born from 2000, then it is still redacted', () => {
    const digits = nationalRegisterNumber('050312', '123', true);
    const checkWithoutPrefix = 97 - (Number(digits.slice(0, 9)) % 97);

    expect(Number(digits.slice(9))).not.toBe(checkWithoutPrefix);
    expect(redact(digits).found).toEqual(['insz']);
  });

  test('when a valid number is glued into a longer run of digits, then it is left as it is', () => {
    const text = `1${nationalRegisterNumber('900521', '123', false)}`;

    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('national register numbers after their name', () => {
  const mistyped = withWrongCheck(nationalRegisterNumber('061130', '271', true));
  const dotted = `${mistyped.slice(0, 2)}.${mistyped.slice(2, 4)}.${mistyped.slice(4, 6)}-${mistyped.slice(6, 9)}.${mistyped.slice(9)}`;

  test.each([
    ['"rijksregisternummer" and a comma', `ze willen mijn rijksregisternummer, ${dotted}, is dat normaal?`, 'ze willen mijn rijksregisternummer, [rijksregisternummer], is dat normaal?'],
    ['"rijksregisternr is"', `rijksregisternr is ${mistyped}`, 'rijksregisternr is [rijksregisternummer]'],
    ['"INSZ:"', `INSZ: ${dotted}`, 'INSZ: [rijksregisternummer]'],
    ['"numéro national c\'est"', `mon numéro national c'est ${dotted}`, "mon numéro national c'est [rijksregisternummer]"],
  ])('when a mistyped number follows %s, then it is replaced all the same', (_, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['insz'] });
  });

  test('when the name is followed by no number, then the text is kept', () => {
    const text = 'waar vind ik mijn rijksregisternummer? op mijn id-kaart van 2019?';

    expect(redact(text)).toEqual({ text, found: [] });
  });
});
