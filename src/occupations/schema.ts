import { z } from 'zod';
import { sourceSchema } from '../knowledge/schema.js';
import { pathConditionSchema, reportRepeatedIds } from '../paths/schema.js';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens');

const waySchema = z.strictObject({
  id,
  when: pathConditionSchema.default({}),
  /** One short sentence in plain Dutch (B1); {job} is the occupation's name. */
  text: z.string().min(1).max(200),
  sources: z.array(id).min(1),
});

const linkSchema = z.strictObject({
  title: z.string().min(1).max(30),
  url: z.url(),
  when: pathConditionSchema.default({}),
});

/** One extra sentence about a job, with the source that says it. */
const noteSchema = z.strictObject({
  text: z.string().min(1).max(300),
  when: pathConditionSchema.default({}),
  sources: z.array(id).min(1),
});

const occupationSchema = z.strictObject({
    id,
    /** How the bot names it after "Je denkt aan" ("werk als kapper", "werk in de zorg"). */
    name: z.string().min(1),
    /** What young people write: Dutch, tussentaal, English, French. */
    words: z.array(z.string().min(2)).min(1),
    /** The ids of the ways that fit; every way when left out. */
    ways: z.array(id).optional(),
    /** Extra sentences about this job, each with a source; shown when their condition holds. */
    notes: z.array(noteSchema).default([]),
});

export const occupationFileSchema = z
  .strictObject({
    sources: z.record(id, sourceSchema),
    links: z.strictObject({ onderwijskiezer: linkSchema, vdab: linkSchema }),
    ways: z.array(waySchema).min(1),
    jobCues: z.array(z.string().min(2)).min(1),
    occupations: z.array(occupationSchema).min(1),
  })
  .superRefine((file, context) => {
    const unknownSource = (name: string, path: (string | number)[]) => {
      if (!(name in file.sources)) context.addIssue({ code: 'custom', path, message: `unknown source "${name}" (not in "sources")` });
    };
    file.ways.forEach((way, i) => way.sources.forEach((name, n) => unknownSource(name, ['ways', i, 'sources', n])));
    const wayIds = new Set(file.ways.map((way) => way.id));
    file.occupations.forEach((occupation, i) => {
      occupation.notes.forEach((note, n) => note.sources.forEach((name, at) => unknownSource(name, ['occupations', i, 'notes', n, 'sources', at])));
      occupation.ways?.forEach((way, n) => {
        if (!wayIds.has(way)) context.addIssue({ code: 'custom', path: ['occupations', i, 'ways', n], message: `unknown way "${way}" (not in "ways")` });
      });
    });
    reportRepeatedIds(file.occupations, 'occupations', 'occupation', context);
  });

export type OccupationFile = z.output<typeof occupationFileSchema>;
export type Occupation = z.output<typeof occupationSchema>;
export type Way = z.output<typeof waySchema>;
export type OccupationLink = z.output<typeof linkSchema>;
