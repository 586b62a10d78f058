import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, locator, readYamlFile } from '../content/yamlFile.js';
import type { Wish } from '../understanding/types.js';
import { Municipalities, type Municipality, postcodeSchema } from './municipalities.js';
import { FLEMISH_PROVINCES } from './regionCodes.js';

/** What a contact helps with: the four outcomes of the perspective conversation, plus someone to talk to. */
export const OUTCOMES = ['study', 'work', 'combine', 'unsure', 'talk'] as const satisfies readonly (Wish | 'talk')[];
export type Outcome = (typeof OUTCOMES)[number];

/** Areas a contact can cover: all of Flanders, Brussels, or one province. */
export const AREAS = ['vlaanderen', 'brussel', ...FLEMISH_PROVINCES] as const;
export type Area = (typeof AREAS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD');

const coverageSchema = z.union([
  z.literal('all'),
  z
    .strictObject({
      areas: z.array(z.enum(AREAS)).default([]),
      /** Names as in content/municipalities.yaml. */
      municipalities: z.array(z.string().min(1)).default([]),
      postcodes: z.array(postcodeSchema).default([]),
    })
    .refine((c) => c.areas.length + c.municipalities.length + c.postcodes.length > 0, {
      message: 'name at least one area, municipality or postcode (or write "all")',
    }),
]);

const agesSchema = z
  .strictObject({
    min: z.number().int().min(0).max(99).optional(),
    max: z.number().int().min(0).max(99).optional(),
  })
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, {
    message: 'min must not be above max',
  });

const sourceSchema = z.strictObject({
  /** Where the details come from: a seed, domain/facts.md, or a web page. */
  ref: z.string().min(1),
  url: z.url().optional(),
  /** When the details were taken from the source. */
  checked: isoDate,
  /** False when the details are copied from a seed and were not checked again against a live source. */
  confirmed: z.boolean(),
});

export const contactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  name: z.string().min(1),
  /** What they offer a school leaver, in plain Dutch (B1). */
  offer: z.string().min(1),
  ages: agesSchema.optional(),
  outcomes: z.array(z.enum(OUTCOMES)).min(1),
  coverage: coverageSchema,
  /** 'via-school-or-clb': a young person cannot sign up alone; the school or CLB refers. */
  access: z.enum(['direct', 'via-school-or-clb']).default('direct'),
  phone: z.string().min(1).optional(),
  email: z.email().optional(),
  address: z.string().min(1).optional(),
  website: z.url().optional(),
  /** Opening hours as the source writes them; left out when unknown or unverified. */
  hours: z.string().min(1).optional(),
  source: sourceSchema,
});

export const contactFileSchema = z.array(contactSchema).min(1);

export type Contact = z.output<typeof contactSchema>;

/** Short numbers (102, 1813, 116 000) or Belgian numbers of 9 or 10 digits, written with spaces, dots or slashes. */
export function isPlausiblePhone(phone: string): boolean {
  const digits = phone.replace('(0)', '').replace(/[\s./()-]/g, '');
  return /^(?:(?:\+32|0)\d{8,9}|1\d{2,5})$/.test(digits);
}

/** The details a young person is shown and that must be confirmed on the organisation's own page. */
export const CHECKED_DETAILS = ['phone', 'email', 'address', 'hours'] as const satisfies readonly (keyof Contact)[];

/** A phone number written into running text: six digits or more in groups ("02 313 99 11", "0800/30.700"). */
const PHONE_IN_TEXT = /(?:\+32|\b0)\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b/;

/**
 * Problems that make the directory unusable: duplicate ids, odd phone numbers, unknown municipalities,
 * and a phone, e-mail, address or opening hours whose source is not confirmed (they would be shown).
 */
export function contactProblems(contacts: readonly Contact[], municipalities: Municipalities, file: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const at = locator(file);
  contacts.forEach((contact, i) => {
    const entry = `entry "${contact.id}"`;
    if (seen.has(contact.id)) problems.push(at([i, 'id'], `${entry}, field "id": the id is used twice`));
    seen.add(contact.id);
    if (contact.phone !== undefined && !isPlausiblePhone(contact.phone)) {
      problems.push(at([i, 'phone'], `${entry}, field "phone": "${contact.phone}" does not look like a Belgian phone number`));
    }
    if (!contact.source.confirmed) {
      for (const field of CHECKED_DETAILS) {
        if (contact[field] === undefined) continue;
        problems.push(
          at([i, field], `${entry}, field "${field}": this detail would be shown, but field "source" says confirmed: false. ` +
            `Confirm it on the organisation's own page (source url, checked date) or remove it and keep only the website`),
        );
      }
    }
    if (PHONE_IN_TEXT.test(contact.offer)) {
      problems.push(at([i, 'offer'], `${entry}, field "offer": a phone number belongs in field "phone", where its source is checked`));
    }
    if (contact.coverage === 'all') return;
    contact.coverage.municipalities.forEach((name, n) => {
      if (!municipalities.named(name)) {
        problems.push(at([i, 'coverage', 'municipalities', n], `${entry}, field "coverage": municipality "${name}" is not in municipalities.yaml`));
      }
    });
  });
  return problems;
}

/** The contacts of content/contacts.yaml, with the municipalities their coverage names. */
export class ContactDirectory {
  private constructor(
    readonly contacts: readonly Contact[],
    readonly municipalities: Municipalities,
  ) {}

  /** Validates the contacts against the municipalities; throws a ContentError naming file, entry and field. */
  static create(contacts: readonly Contact[], municipalities: Municipalities, file = 'contacts'): ContactDirectory {
    const problems = contactProblems(contacts, municipalities, file);
    if (problems.length > 0) throw new ContentError(file, problems);
    return new ContactDirectory(contacts, municipalities);
  }

  static load(contentDir: string): ContactDirectory {
    const file = contactsFile(contentDir);
    return ContactDirectory.create(readYamlFile(file, contactFileSchema), Municipalities.load(contentDir), file);
  }

  /** The municipalities a contact's coverage names (empty for region-wide contacts). */
  townsOf(contact: Contact): Municipality[] {
    if (contact.coverage === 'all') return [];
    return contact.coverage.municipalities.flatMap((name) => this.municipalities.named(name) ?? []);
  }
}

export function contactsFile(contentDir: string): string {
  return join(contentDir, 'contacts.yaml');
}
