import { type Contact, ContactDirectory, type Outcome } from '../../src/contacts/directory.js';
import { Municipalities } from '../../src/contacts/municipalities.js';
import { selectContacts } from '../../src/contacts/selectContacts.js';
import { contentDir } from '../../src/paths.js';
import type { RegionCode } from '../../src/understanding/types.js';

const directory = ContactDirectory.load(contentDir);

/** True when the contact's coverage includes this place (region-wide, by municipality or by postcode). */
function covers(contact: Contact, region: RegionCode, postcode: string): boolean {
  const coverage = contact.coverage;
  if (coverage === 'all') return true;
  const town = directory.municipalities.withPostcode(postcode)[0];
  return (
    coverage.areas.includes(region === 'wallonie' ? 'vlaanderen' : region) ||
    (region !== 'brussel' && coverage.areas.includes('vlaanderen')) ||
    coverage.postcodes.includes(postcode) ||
    directory.townsOf(contact).some((t) => t === town)
  );
}

const PLACES: [RegionCode, string][] = [
  ['brussel', '1080'],
  ['antwerpen', '2000'],
  ['limburg', '3500'],
  ['oost-vlaanderen', '9000'],
  ['vlaams-brabant', '3000'],
  ['west-vlaanderen', '8000'],
];
const OUTCOMES: Outcome[] = ['study', 'work', 'combine', 'unsure', 'talk'];
const cases = PLACES.flatMap(([region, postcode]) => OUTCOMES.map((outcome) => [region, postcode, outcome] as const));

describe('selectContacts', () => {
  test.each(cases)(
    'when someone of 19 in %s (%s) wants "%s", then 1-3 contacts that cover the place serve it',
    (region, postcode, outcome) => {
      const chosen = selectContacts(directory, { postcode, age: 19, outcome });
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(3);
      for (const contact of chosen) {
        expect(covers(contact, region, postcode)).toBe(true);
        expect(contact.outcomes).toContain(outcome);
      }
    },
  );

  test('when nothing is known, then at least one contact comes back, for everyone', () => {
    const chosen = selectContacts(directory, {});
    expect(chosen.length).toBeGreaterThanOrEqual(1);
    expect(chosen.every((c) => c.coverage === 'all' || c.coverage.areas.includes('vlaanderen'))).toBe(true);
  });

  test('when someone in Molenbeek wants work, then the Werkwinkel for 1080 comes first', () => {
    const ids = selectContacts(directory, { postcode: '1080', age: 19, outcome: 'work' }).map((c) => c.id);
    expect(ids[0]).toBe('werkwinkel-anderlecht');
    expect(ids).toContain('actiris');
  });

  test('when someone in Schaarbeek wants work, then the Werkwinkel for 1030 comes first', () => {
    const [first] = selectContacts(directory, { municipality: 'Schaerbeek', age: 20, outcome: 'work' });
    expect(first?.id).toBe('werkwinkel-sint-joost-ten-node');
  });

  test('when someone of 17 in Brussels wants work, then the Werkwinkels (18+) are left out', () => {
    const ids = selectContacts(directory, { postcode: '1080', age: 17, outcome: 'work' }).map((c) => c.id);
    expect(ids.some((id) => id.startsWith('werkwinkel'))).toBe(false);
    expect(ids.length).toBeGreaterThan(0);
  });

  test('when someone in Mechelen wants to study, then the local Leerwinkel comes first', () => {
    const [first] = selectContacts(directory, { municipality: 'Mechelen', age: 19, outcome: 'study' });
    expect(first?.id).toBe('leerwinkel-regio-mechelen');
  });

  test('when someone in Genk wants to study, then Leerwinkel Genk comes first', () => {
    const [first] = selectContacts(directory, { postcode: '3600', age: 20, outcome: 'study' });
    expect(first?.id).toBe('leerwinkel-genk');
  });

  test('when someone in Jette is unsure, then the Jette service comes before Brussels-wide ones', () => {
    const [first] = selectContacts(directory, { postcode: '1090', outcome: 'unsure' });
    expect(first?.id).toBe('intervalle-jette');
  });

  test('when someone in Oost-Vlaanderen wants to talk, then no Brussels-only contact is chosen', () => {
    const chosen = selectContacts(directory, { region: 'oost-vlaanderen', outcome: 'talk' });
    expect(chosen.map((c) => c.id)).not.toContain('kans');
    expect(chosen.map((c) => c.id)).toContain('jac');
  });

  test('when someone is 26, then contacts for 12-25 are left out', () => {
    const ids = selectContacts(directory, { region: 'antwerpen', age: 26, outcome: 'talk' }).map((c) => c.id);
    expect(ids).not.toContain('jac');
    expect(ids.length).toBeGreaterThan(0);
  });

  test('when max is 1, then one contact comes back', () => {
    expect(selectContacts(directory, { postcode: '9000', outcome: 'study' }, 1)).toHaveLength(1);
  });

  test('when the only local contacts need a school referral, then at most one of them is given', () => {
    const base = directory.contacts.find((c) => c.id === 'spijbelcoach-maasmechelen');
    if (!base) throw new Error('fixture contact missing');
    const twin = { ...base, id: 'spijbelcoach-twin' };
    const small = ContactDirectory.create([base, twin, ...directory.contacts.filter((c) => c.id === 'jac')],
      Municipalities.load(contentDir));
    const chosen = selectContacts(small, { municipality: 'Maasmechelen', outcome: 'talk' });
    expect(chosen.map((c) => c.id)).toEqual(['spijbelcoach-maasmechelen', 'jac']);
  });
});
