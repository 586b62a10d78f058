import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContacts } from '../../src/contacts/contentCheck.js';
import { contentDir } from '../../src/paths.js';

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'contacts-check-'));
  for (const name of ['contacts.yaml', 'municipalities.yaml']) {
    writeFileSync(join(dir, name), files[name] ?? readFileSync(join(contentDir, name)));
  }
  return dir;
}

const ONLY_JAC = `
- id: jac
  name: JAC
  offer: Praten.
  outcomes: [talk]
  coverage: all
  phone: 0800 00 000
  source: { ref: test, checked: 2026-11-24, confirmed: true }
`;

describe('checkContacts', () => {
  test('when the real content is checked, then there are no errors', () => {
    expect(checkContacts(contentDir).errors).toEqual([]);
  });

  test('when the real content is checked, then unconfirmed seed details are a warning', () => {
    expect(checkContacts(contentDir).warnings.join('\n')).toContain('confirmed: false');
  });

  test('when only someone to talk to is listed, then work and study gaps are errors for every area', () => {
    const { errors } = checkContacts(contentWith({ 'contacts.yaml': ONLY_JAC }));
    for (const area of ['brussel', 'antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen']) {
      expect(errors).toContainEqual(expect.stringContaining(`"work" covers all of ${area}`));
      expect(errors).toContainEqual(expect.stringContaining(`"study" covers all of ${area}`));
      expect(errors).not.toContainEqual(expect.stringContaining(`"talk" covers all of ${area}`));
    }
  });

  test('when a contact has a schema error, then the message names the file, the line and column, the entry and the field', () => {
    const { errors } = checkContacts(contentWith({ 'contacts.yaml': ONLY_JAC.replace('offer: Praten.', 'offer: 3') }));
    expect(errors).toContainEqual(expect.stringMatching(/contacts\.yaml: line 4, column 10: entry "jac", field "offer"/));
  });

  test('when a contact has no way to reach it, then that is a warning naming the entry', () => {
    const { warnings } = checkContacts(contentWith({ 'contacts.yaml': ONLY_JAC.replace('  phone: 0800 00 000\n', '') }));
    expect(warnings).toContainEqual(expect.stringContaining('entry "jac": no phone, email, website or address'));
  });

  test('when two municipalities share a name, then the error names the file, the line and column, the entry and the field', () => {
    const municipalities = `
- { name: Gent, province: oost-vlaanderen, postcodes: ['9000'] }
- { name: Gentbrugge, province: oost-vlaanderen, postcodes: ['9050'], aliases: [Gent] }
`;
    const { errors } = checkContacts(contentWith({ 'municipalities.yaml': municipalities }));
    expect(errors).toContainEqual(
      expect.stringMatching(/municipalities\.yaml: line 3, column 81: entry "Gentbrugge", field "aliases": "Gent" is also a name of "Gent"/),
    );
  });
});
