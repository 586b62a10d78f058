import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContactDirectory, isPlausiblePhone } from '../../src/contacts/directory.js';
import { ContentError } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';

const VALID = `
- id: test-contact
  name: Test
  offer: Een test.
  outcomes: [talk]
  coverage: all
  source: { ref: test, checked: 2026-11-24, confirmed: true }
`;

/** A content folder with the real municipalities and the given contacts.yaml. */
function contentWith(contactsYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'contacts-'));
  writeFileSync(join(dir, 'municipalities.yaml'), readFileSync(join(contentDir, 'municipalities.yaml')));
  writeFileSync(join(dir, 'contacts.yaml'), contactsYaml);
  return dir;
}

function loadError(contactsYaml: string): ContentError {
  try {
    ContactDirectory.load(contentWith(contactsYaml));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('ContactDirectory', () => {
  test('when the real content is loaded, then every contact is there', () => {
    const directory = ContactDirectory.load(contentDir);
    expect(directory.contacts.length).toBeGreaterThan(30);
  });

  test.each([
    ['a field has the wrong type', VALID.replace('outcomes: [talk]', 'outcomes: [dance]'), 'field "outcomes"'],
    ['a required field is missing', VALID.replace('  name: Test\n', ''), 'field "name"'],
    ['an unknown field is present', VALID.replace('  name: Test\n', '  name: Test\n  fax: 02 000 00 00\n'), 'fax'],
    ['the website is not a URL', VALID.replace('  name: Test\n', '  name: Test\n  website: kans\n'), 'field "website"'],
    ['the ages are reversed', VALID.replace('  name: Test\n', '  name: Test\n  ages: { min: 20, max: 16 }\n'), 'field "ages"'],
    ['the checked date is not a date', VALID.replace('2026-11-24', 'november'), 'field "checked"'],
  ])('when %s, then the error names the file, the entry and the field', (_what, yaml, field) => {
    const error = loadError(yaml);
    expect(error.message).toContain('contacts.yaml');
    expect(error.message).toContain('entry "test-contact"');
    expect(error.message).toContain(field);
  });

  test('when an id is used twice, then the error names the entry and field "id"', () => {
    expect(loadError(VALID + VALID).message).toMatch(/contacts\.yaml[\s\S]*entry "test-contact", field "id"/);
  });

  test('when a phone number is odd, then the error names field "phone"', () => {
    const error = loadError(VALID.replace('  name: Test\n', '  name: Test\n  phone: call us\n'));
    expect(error.message).toContain('entry "test-contact", field "phone"');
  });

  test('when coverage names an unknown municipality, then the error names field "coverage"', () => {
    const error = loadError(VALID.replace('coverage: all', 'coverage: { municipalities: [Atlantis] }'));
    expect(error.message).toContain('entry "test-contact", field "coverage": municipality "Atlantis"');
  });

  test.each(['0800 30 700', '02/313 99 11', '+32 (0)2 313 33 00', '0479 16 47 41', '102', '116 000'])(
    'when the phone is "%s", then it is plausible',
    (phone) => expect(isPlausiblePhone(phone)).toBe(true),
  );

  test.each(['call us', '01626 73 4', '12', '+31 20 123 4567'])('when the phone is "%s", then it is not', (phone) =>
    expect(isPlausiblePhone(phone)).toBe(false),
  );
});
