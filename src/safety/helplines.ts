/**
 * Helplines (content/helplines.yaml): who to call or chat with, for which crisis kind, and when
 * they are open. Hours are machine-readable (Europe/Brussels) or marked unverified with a link.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';
import { LANGUAGES } from '../understanding/classifier/trainingSet.js';
import { crisisKinds } from '../understanding/crisis.js';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time is HH:MM, from 00:00 to 24:00');
const slot = z
  .object({ days: z.array(z.enum(weekdays)).min(1), from: time, to: time })
  .strict()
  .refine((s) => s.from < s.to, { message: '"from" must be before "to" (use 24:00 for midnight)' });

/** Either machine-readable hours, or a plain statement that they are unknown plus where to check. */
const hoursFields = {
  hours: z
    .union([z.literal('always'), z.array(slot).min(1)], {
      error: 'hours is "always" or a list of {days: [mon, tue, wed, thu, fri, sat, sun], from: HH:MM, to: HH:MM}',
    })
    .optional(),
  hoursUnverified: z.literal(true).optional(),
  hoursUrl: z.url().optional(),
};
const HOURS_CHOICE = 'give either "hours" (always, or a list of {days, from, to}) or "hoursUnverified: true" with "hoursUrl"';
const oneKindOfHours = (c: { hours?: unknown; hoursUnverified?: true; hoursUrl?: string }): boolean =>
  c.hours === undefined ? c.hoursUnverified === true && c.hoursUrl !== undefined : c.hoursUnverified === undefined;

const phone = z
  .object({ number: z.string().regex(/^\d[\d ]{1,12}\d$/, 'a number: digits, with spaces between groups where they help'), ...hoursFields })
  .strict()
  .refine(oneKindOfHours, HOURS_CHOICE);
const link = z.object({ url: z.url(), ...hoursFields }).strict().refine(oneKindOfHours, HOURS_CHOICE);

export const helplineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    for: z.array(z.enum([...crisisKinds, 'talk'])).min(1),
    emergency: z.boolean().default(false),
    regions: z.array(z.enum(['flanders', 'brussels', 'belgium'])).min(1),
    /** The languages someone can be helped in (nl, en, fr); Dutch when not given. */
    languages: z.array(z.enum(LANGUAGES)).min(1).default(['nl']),
    phone: phone.optional(),
    chat: link.optional(),
    website: link.optional(),
    source: z.object({ url: z.url(), note: z.string().min(1) }).strict(),
    checked: z.iso.date(),
  })
  .strict()
  .refine((h) => h.phone ?? h.chat ?? h.website, { message: 'give at least a phone, a chat or a website' });

export const helplinesSchema = z.array(helplineSchema).min(1).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((h, i) => {
    if (seen.has(h.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${h.id}" is used twice` });
    seen.add(h.id);
  });
});

export type Helpline = z.output<typeof helplineSchema>;
export type HelplineUse = Helpline['for'][number];
export type ChannelHours = Pick<z.output<typeof link>, 'hours' | 'hoursUnverified' | 'hoursUrl'>;
export type HoursSlot = z.output<typeof slot>;

export const helplinesFile = (contentDir: string): string => join(contentDir, 'helplines.yaml');

export function loadHelplines(contentDir: string): Helpline[] {
  return readYamlFile(helplinesFile(contentDir), helplinesSchema);
}
