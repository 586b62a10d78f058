import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD');
const kbId = z.string().regex(/^[a-zà-ÿ0-9-]+$/, 'must be lower case words joined by hyphens');

export const sourceSchema = z.strictObject({
  url: z.url(),
  title: z.string().min(1),
  checked: isoDate,
});

export const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: z.url(),
});

/**
 * When a variant of an answer applies. Every condition given must hold and be known about the
 * young person; a variant with an unknown fact does not apply (the general answer covers both cases).
 */
export const conditionSchema = z.strictObject({
  /** 'vlaanderen' (any Flemish province) or 'brussel'. */
  region: z.array(z.enum(['vlaanderen', 'brussel'])).min(1).optional(),
  minAge: z.number().int().min(12).max(30).optional(),
  maxAge: z.number().int().min(12).max(30).optional(),
  qualification: z.array(z.enum(['diploma-so', 'other-qualification', 'none'])).min(1).optional(),
});

export const variantSchema = z.strictObject({
  when: conditionSchema,
  answer: z.string().min(1),
  /** Replaces the entry's "more" text when this variant applies (what did not fit in the short answer). */
  more: z.string().min(1).optional(),
});

/**
 * The entry's official name and the everyday words young people use for it. An answer to a question
 * with one of those words opens with it: "De dop, officieel de inschakelingsuitkering: …".
 */
export const namingSchema = z.strictObject({
  /** The official name as it reads in a sentence, with its article: "de inschakelingsuitkering". */
  official: z.string().min(1),
  /** Everyday words as they read in a sentence ("de dop", "stempelen"); matched without their article. */
  words: z.array(z.string().min(1)).min(1),
  /** Replaces the general opening (message kb.opening); `{word}` is their word, `{official}` the official name. */
  opening: z.string().min(1).optional(),
});

export const kbEntrySchema = z.strictObject({
  id: kbId,
  title: z.string().min(1),
  /** Questions as young people write them: slang, typos and tussentaal welcome. */
  questions: z.array(z.string().min(1)).min(3),
  /** Extra words and synonyms that point to this entry ("dop", "stempelen", "kindergeld"). */
  keywords: z.array(z.string().min(1)).default([]),
  naming: namingSchema.optional(),
  /** The general answer, in plain Dutch (B1): the core first. Covers the cases briefly when a needed fact is unknown. */
  answer: z.string().min(1),
  /** Personalised answers; the first whose conditions hold replaces `answer`. */
  variants: z.array(variantSchema).default([]),
  /** "Meer weten?" text shown after the answer. */
  more: z.string().min(1),
  links: z.array(linkSchema).min(1),
  sources: z.array(sourceSchema).min(1),
  reviewBy: isoDate,
  /** Ids of related entries. */
  related: z.array(kbId).default([]),
});

export type KbEntry = z.output<typeof kbEntrySchema>;
export type KbNaming = z.output<typeof namingSchema>;
export type KbCondition = z.output<typeof conditionSchema>;
