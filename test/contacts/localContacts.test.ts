import { CHECKED_DETAILS, type Contact, ContactDirectory, OUTCOMES } from '../../src/contacts/directory.js';
import { selectContacts } from '../../src/contacts/selectContacts.js';
import { contentDir } from '../../src/paths.js';

const directory = ContactDirectory.load(contentDir);

/** Job-seeker registration (VDAB, Actiris) or help that needs it (the Werkwinkels). */
function isRegistration(contact: Contact): boolean {
  return /werkzoekende|ingeschreven (is )?bij Actiris/i.test(contact.offer);
}

/** Local: tied to a municipality or postcode, or (in Brussels) to the Brussels region; not Flanders-wide. */
function isLocal(contact: Contact, brussels: boolean): boolean {
  const coverage = contact.coverage;
  if (coverage === 'all' || coverage.areas.includes('vlaanderen')) return false;
  return coverage.municipalities.length + coverage.postcodes.length > 0 || (brussels && coverage.areas.includes('brussel'));
}

const TOWNS = [
  ['Gent', '9000'],
  ['Antwerpen', '2000'],
  ['Hasselt', '3500'],
  ['Brugge', '8000'],
  ['Sint-Jans-Molenbeek', '1080'],
] as const;
const cases = TOWNS.flatMap(([town, postcode]) => [16, 20].map((age) => [town, postcode, age] as const));

describe('local contacts in the larger towns and Brussels', () => {
  test('the registration contacts this test looks for exist, for Flanders and for Brussels', () => {
    const names = directory.contacts.filter(isRegistration).map((c) => c.name);
    expect(names.some((name) => name.includes('VDAB'))).toBe(true);
    expect(names.some((name) => name.includes('Actiris'))).toBe(true);
  });

  test.each(cases)('when someone in %s (%s) of %i wants work, then at least one local contact comes first', (_town, postcode, age) => {
    const chosen = selectContacts(directory, { postcode, age, outcome: 'work' });
    expect(chosen.length).toBeGreaterThan(0);
    expect(isLocal(chosen[0] as Contact, postcode.startsWith('1'))).toBe(true);
  });

  test.each(cases)('when someone in %s (%s) of %i wants work, then job-seeker registration only from 18, and never VDAB in Brussels', (_town, postcode, age) => {
    const chosen = selectContacts(directory, { postcode, age, outcome: 'work' });
    const registration = chosen.filter(isRegistration);
    if (age < 18) expect(registration).toEqual([]);
    else expect(registration.length).toBeGreaterThan(0);
    const brussels = postcode.startsWith('1');
    expect(registration.every((c) => (brussels ? !c.name.includes('VDAB') : !/Actiris|Werkwinkel/.test(c.name)))).toBe(true);
    if (brussels && age >= 18) expect(chosen.map((c) => c.name)).toContain('Actiris');
  });

  test.each(TOWNS)('when someone of 16 in %s (%s) wants work, then the CLB route comes first', (_town, postcode) => {
    const [first] = selectContacts(directory, { postcode, age: 16, outcome: 'work' });
    expect(first?.name).toContain('CLB');
  });

  test('when any place, age and wish is asked, then no detail from an unconfirmed source is among the contacts', () => {
    const postcodes = [...TOWNS.map(([, postcode]) => postcode), '2800', '3000', '1800', '8500', '1030'];
    for (const postcode of postcodes) {
      for (const age of [15, 16, 17, 18, 20, 24, 26]) {
        for (const outcome of OUTCOMES) {
          for (const contact of selectContacts(directory, { postcode, age, outcome })) {
            if (contact.source.confirmed) continue;
            expect(CHECKED_DETAILS.filter((field) => contact[field] !== undefined)).toEqual([]);
          }
        }
      }
    }
  });

  test('when a shown detail is confirmed, then its source names the page and the day it was checked', () => {
    for (const contact of directory.contacts) {
      if (!CHECKED_DETAILS.some((field) => contact[field] !== undefined)) continue;
      expect({ id: contact.id, confirmed: contact.source.confirmed }).toEqual({ id: contact.id, confirmed: true });
      expect(contact.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
