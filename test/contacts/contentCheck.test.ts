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

  test('when the real content is checked, then the contacts shown by website only are named in a warning', () => {
    expect(checkContacts(contentDir).warnings.join('\n')).toMatch(/confirmed: false, so only their name, offer and website are shown;.*: .*\bkans\b/);
  });

  test.each([
    ['phone', '  phone: 0800 00 000\n'],
    ['email', '  email: info@example.org\n'],
    ['address', '  address: Kerkstraat 1, 9000 Gent\n'],
    ['hours', '  hours: maandag 9:00-12:00\n'],
  ])('when an unconfirmed contact has field "%s", then the error names the entry and the field', (field, line) => {
    const yaml = ONLY_JAC.replace('  phone: 0800 00 000\n', line).replace('confirmed: true', 'confirmed: false');
    const { errors } = checkContacts(contentWith({ 'contacts.yaml': yaml }));
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`contacts\\.yaml: line \\d+, column \\d+: entry "jac", field "${field}": this detail would be shown, but field "source" says confirmed: false`)),
    );
  });

  test('when an unconfirmed contact has only a website, then it is no error', () => {
    const yaml = ONLY_JAC.replace('  phone: 0800 00 000\n', '  website: https://www.jac.be\n').replace('confirmed: true', 'confirmed: false');
    expect(checkContacts(contentWith({ 'contacts.yaml': yaml })).errors.join('\n')).not.toContain('entry "jac"');
  });

  test('when the offer text holds a phone number, then the error names field "offer"', () => {
    const { errors } = checkContacts(contentWith({ 'contacts.yaml': ONLY_JAC.replace('offer: Praten.', 'offer: Bel 02 313 99 11.') }));
    expect(errors).toContainEqual(expect.stringContaining('entry "jac", field "offer": a phone number belongs in field "phone"'));
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
