import type { RegionCode } from '../understanding/types.js';
import type { Contact, ContactDirectory, Outcome } from './directory.js';
import type { Municipality } from './municipalities.js';
import { placeOfPostcode } from './region.js';
import { isFlemishProvince } from './regionCodes.js';

/** What is known about the young person; every field may be missing. */
export interface ContactQuery {
  region?: RegionCode;
  postcode?: string;
  municipality?: string;
  age?: number;
  outcome?: Outcome;
}

/** How close a contact is: in the municipality, in the province (or Brussels), or everywhere. */
const NEARNESS = { everywhere: 1, province: 2, local: 3 } as const;
type Nearness = (typeof NEARNESS)[keyof typeof NEARNESS];

interface Location {
  region?: RegionCode;
  postcode?: string;
  town?: Municipality;
}

/**
 * The 1 to `max` contacts that fit best: serving the wished outcome (someone to talk to when none
 * does; 'unsure' when the outcome is unknown), open to the age, and as near as possible — local
 * first, then province or Brussels, then Flanders-wide. Contacts the young person can reach alone
 * come before those that need a school or CLB, and at most one of the latter is given.
 */
export function selectContacts(directory: ContactDirectory, query: ContactQuery, max = 3): Contact[] {
  const location = locate(directory, query);
  const reachable = directory.contacts
    .map((contact, order) => ({ contact, order, nearness: nearness(directory, contact, location) }))
    .filter((c): c is typeof c & { nearness: Nearness } => c.nearness !== undefined && fitsAge(c.contact, query.age));
  const wanted = query.outcome ?? 'unsure';
  const serving = (outcome: Outcome) => reachable.filter((c) => c.contact.outcomes.includes(outcome));
  const candidates = [serving(wanted), serving('talk'), reachable].find((list) => list.length > 0) ?? [];
  candidates.sort(
    (a, b) =>
      b.nearness - a.nearness ||
      accessRank(a.contact) - accessRank(b.contact) ||
      a.order - b.order,
  );
  const chosen: Contact[] = [];
  for (const { contact } of candidates) {
    if (chosen.length >= Math.max(1, max)) break;
    if (contact.access !== 'direct' && chosen.some((c) => c.access !== 'direct')) continue;
    chosen.push(contact);
  }
  return chosen;
}

function locate(directory: ContactDirectory, query: ContactQuery): Location {
  const named = query.municipality === undefined ? undefined : directory.municipalities.named(query.municipality);
  const byPostcode = query.postcode === undefined ? null : placeOfPostcode(query.postcode, directory.municipalities);
  const town =
    named ??
    (byPostcode?.municipality === undefined ? undefined : directory.municipalities.named(byPostcode.municipality));
  return {
    region: query.region ?? town?.province ?? byPostcode?.region,
    postcode: query.postcode,
    town,
  };
}

function nearness(directory: ContactDirectory, contact: Contact, location: Location): Nearness | undefined {
  const coverage = contact.coverage;
  if (coverage === 'all') return NEARNESS.everywhere;
  const { region, postcode, town } = location;
  const inTown = town !== undefined && directory.townsOf(contact).includes(town);
  const postcodes = postcode !== undefined ? [postcode] : (town?.postcodes ?? []);
  if (inTown || postcodes.some((code) => coverage.postcodes.includes(code))) return NEARNESS.local;
  if (region === undefined) return coverage.areas.includes('vlaanderen') ? NEARNESS.everywhere : undefined;
  if (region === 'brussel' || isFlemishProvince(region)) {
    if (coverage.areas.some((area) => area === region)) return NEARNESS.province;
    if (region !== 'brussel' && coverage.areas.includes('vlaanderen')) return NEARNESS.everywhere;
  }
  return undefined;
}

function fitsAge(contact: Contact, age: number | undefined): boolean {
  if (age === undefined || contact.ages === undefined) return true;
  const { min, max } = contact.ages;
  return (min === undefined || age >= min) && (max === undefined || age <= max);
}

function accessRank(contact: Contact): number {
  return contact.access === 'direct' ? 0 : 1;
}
