import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';
import { redact, redactDeep } from '../../src/privacy/redact.js';
import { Redactor } from '../../src/privacy/redactor.js';

const validYaml = [
  'phone: "[telefoonnummer]"',
  'email: "[e-mail]"',
  'insz: "[rijksregisternummer]"',
  'iban: "[rekeningnummer]"',
  'address: "[adres]"',
  'name: "[naam]"',
  'birthdate: "[geboortedatum]"',
  'handle: "[account]"',
  'school: "[school]"',
  'class: "[klas]"',
  'plate: "[nummerplaat]"',
  'returnCode: "[terugkeercode]"',
].join('\n');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-'));
  // The names the redactor knows come from content too; only privacy.yaml is varied here.
  for (const file of ['privacy-names.yaml', 'privacy-package-names.yaml', 'municipalities.yaml']) copyFileSync(join(contentDir, file), join(dir, file));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function loadError(yaml: string): ContentError {
  writeFileSync(join(dir, 'privacy.yaml'), yaml);
  try {
    Redactor.load(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected Redactor.load to throw a ContentError');
}

describe('Redactor', () => {
  test('when a message holds several kinds of personal data, then each is replaced and listed in text order', () => {
    const text =
      'ik heet Sarah, woon in de Kerkstraat 12 in 9000 Gent, bel 0471 23 45 67 of mail sarah@gmail.com, rekening BE71 0961 2345 6769';

    expect(redact(text)).toEqual({
      text: 'ik heet [naam], woon in de [adres] in 9000 Gent, bel [telefoonnummer] of mail [e-mail], rekening [rekeningnummer]',
      found: ['name', 'address', 'phone', 'email', 'iban'],
    });
  });

  test('when the redactor is built with other markers, then those markers are used', () => {
    const redactor = new Redactor({
      phone: '<tel>', email: '<mail>', insz: '<rrn>', iban: '<iban>', address: '<adres>', name: '<naam>',
      birthdate: '<geboren>', handle: '<account>', school: '<school>', class: '<klas>', plate: '<plaat>', returnCode: '<code>',
    });

    expect(redactor.redact('ik ben Sarah, 0471234567').text).toBe('ik ben <naam>, <tel>');
  });

  test.each([
    ['an e-mail address with a phone number in it', 'jan0471234567@gmail.com', '[e-mail]', ['email']],
    ['an IBAN whose digits could be read as a phone number', 'BE71 0961 2345 6769', '[rekeningnummer]', ['iban']],
  ])('when the text holds %s, then only the stronger kind is replaced', (_, text, expected, found) => {
    expect(redact(text)).toEqual({ text: expected, found });
  });

  test.each([
    'ik heet Sarah en mijn gsm is 0471 23 45 67',
    'Kerkstraat 12 bus 3, sarah @ gmail.com',
    'geen persoonsgegevens hier, ik ben 17',
  ])('when redacted text is redacted again, then it stays the same: %s', (text) => {
    const once = redact(text).text;

    expect(redact(once)).toEqual({ text: once, found: [] });
  });

  test('when an activity is redacted deeply, then every string in it is redacted and the structure is kept', () => {
    const timestamp = new Date('2026-01-05T10:00:00Z');
    const activity = {
      type: 'message',
      text: 'ik heet Sarah, bel 0471 23 45 67',
      timestamp,
      from: { id: 'user-1', name: 'ik ben Sarah' },
      attachments: [{ contentType: 'text/plain', content: { lines: ['Kerkstraat 12', 'jan@gmail.com'] } }],
      value: { age: 17, consent: true, note: null },
    };

    const redacted = redactDeep(activity);

    expect(redacted).toEqual({
      type: 'message',
      text: 'ik heet [naam], bel [telefoonnummer]',
      timestamp,
      from: { id: 'user-1', name: 'ik ben [naam]' },
      attachments: [{ contentType: 'text/plain', content: { lines: ['[adres]', '[e-mail]'] } }],
      value: { age: 17, consent: true, note: null },
    });
    expect(redacted.timestamp).toBe(timestamp);
    expect(activity.text).toBe('ik heet Sarah, bel 0471 23 45 67');
  });

  test.each([
    ['a string', 'bel 0471234567', 'bel [telefoonnummer]'],
    ['a number', 471234567, 471234567],
    ['undefined', undefined, undefined],
    ['a list of strings', ['ik heet Sarah', 'ok'], ['ik heet [naam]', 'ok']],
  ])('when %s is redacted deeply, then it is redacted like a value inside an activity', (_, value, expected) => {
    expect(redactDeep(value)).toEqual(expected);
  });

  test('when the redactions are remembered, then an activity redacted twice comes out the same both times and as without', () => {
    const redactor = Redactor.load(contentDir);
    const activity = {
      text: 'Bel Sarah op 0471 23 45 67 of mail jan@gmail.com',
      suggestedActions: { actions: [{ title: 'Kerkstraat 12, Gent', value: 'ok' }] },
    };

    const plain = redactor.redactDeep(activity);
    const first = redactor.redactDeep(activity, { remember: true });
    const second = redactor.redactDeep(activity, { remember: true });

    expect(plain.text).not.toContain('0471');
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
  });

  test('when the project content is loaded, then it gives a redactor', () => {
    expect(Redactor.load(contentDir).redact('0471234567').text).toBe('[telefoonnummer]');
  });

  test.each([
    ['a marker is missing', validYaml.replace('email: "[e-mail]"\n', ''), 'field "email"'],
    ['a marker is empty', validYaml.replace('"[telefoonnummer]"', '""'), 'field "phone"'],
    ['a marker is not text', validYaml.replace('"[naam]"', '[naam]'), 'field "name"'],
    ['a marker looks like personal data', validYaml.replace('"[adres]"', '"Kerkstraat 1"'), 'field "address"'],
    ['an unknown kind is listed', `${validYaml}\nfax: "[fax]"`, 'fax'],
  ])('when %s, then loading fails with an error naming the file and the field', (_, yaml, field) => {
    const error = loadError(yaml);

    expect(error.file).toBe(join(dir, 'privacy.yaml'));
    expect(error.message).toContain(join(dir, 'privacy.yaml'));
    expect(error.problems.join('\n')).toContain(field);
  });

  test('when the file is missing, then loading fails with an error naming the file', () => {
    expect(() => Redactor.load(dir)).toThrow(join(dir, 'privacy.yaml'));
  });

  test('when the file is valid, then its markers are used', () => {
    writeFileSync(join(dir, 'privacy.yaml'), validYaml.replace('"[naam]"', '"[voornaam]"'));

    expect(Redactor.load(dir).redact('ik heet Lotte')).toEqual({ text: 'ik heet [voornaam]', found: ['name'] });
  });
});
