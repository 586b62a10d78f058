/**
 * The crisis lexicon (content/understanding/crisis.yaml): concept groups of words and phrases,
 * idioms that are masked before matching, rules that combine concept groups into a signal, and
 * cancellers that switch rules of some kinds off ("vroeger …, nu gaat het beter").
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/yamlFile.js';

export const crisisKinds = ['suicide', 'self-harm', 'abuse', 'violence', 'sexual-violence', 'homeless'] as const;
export type CrisisKind = (typeof crisisKinds)[number];

const NAME = /^[a-z][a-z0-9-]*$/;
/** Words of letters and digits, with `*` wildcards at either end, `=` for no typo tolerance, `@concept` references. */
const TERM = /^(?:@[a-z][a-z0-9-]*|=?\*?[a-z0-9'-]+\*?)(?: (?:@[a-z][a-z0-9-]*|=?\*?[a-z0-9'-]+\*?))*$/;

const term = z.string().regex(TERM, 'a term is lower-case words (a-z, 0-9, \', -), each optionally "*word", "word*", "=word" or "@concept"');
/** One concept group: a single term or a list of alternatives. */
const group = z.union([term, z.array(term).min(1)]);
const pattern = {
  all: z.array(group).min(1),
  window: z.number().int().min(1).max(60).optional(),
  ordered: z.boolean().optional(),
};
const patternSchema = z.object(pattern).strict();

const ruleSchema = z
  .object({
    id: z.string().regex(NAME),
    kind: z.enum(crisisKinds),
    ...pattern,
    unless: z.array(z.union([group, patternSchema])).optional(),
    refine: z.array(z.object({ kind: z.enum(crisisKinds), when: group }).strict()).optional(),
  })
  .strict();

const idiomSchema = z.object({ id: z.string().regex(NAME), ...pattern }).strict();
const cancelSchema = z.object({ id: z.string().regex(NAME), kinds: z.array(z.enum(crisisKinds)).min(1), ...pattern }).strict();

export const crisisLexiconSchema = z
  .object({
    concepts: z.record(z.string().regex(NAME, 'concept names are lower-case words joined by hyphens'), z.array(term).min(1)),
    idioms: z.array(idiomSchema).default([]),
    cancel: z.array(cancelSchema).default([]),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((lexicon, ctx) => {
    const known = new Set(Object.keys(lexicon.concepts));
    const check = (value: unknown, path: PropertyKey[]): void => {
      if (typeof value === 'string') {
        for (const ref of value.match(/@[a-z][a-z0-9-]*/g) ?? []) {
          if (!known.has(ref.slice(1))) ctx.addIssue({ code: 'custom', path, message: `unknown concept "${ref}"` });
        }
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => check(item, [...path, i]));
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) check(item, [...path, key]);
      }
    };
    check(lexicon, []);
    for (const name of known) {
      const cycle = conceptCycle(lexicon.concepts, name);
      if (cycle) ctx.addIssue({ code: 'custom', path: ['concepts', name], message: `concepts refer to each other in a circle: ${cycle}` });
    }
  });

/** The circle of concept references that leads from `start` back to itself, or null. */
function conceptCycle(concepts: Readonly<Record<string, readonly string[]>>, start: string): string | null {
  const seen = new Set<string>();
  const visit = (name: string, trail: readonly string[]): string | null => {
    const refs = (concepts[name] ?? []).flatMap((term) => term.match(/@[a-z][a-z0-9-]*/g) ?? []);
    for (const ref of refs.map((r) => r.slice(1))) {
      if (ref === start) return [...trail, name, ref].map((n) => `@${n}`).join(' → ');
      if (seen.has(ref)) continue;
      seen.add(ref);
      const found = visit(ref, [...trail, name]);
      if (found) return found;
    }
    return null;
  };
  return visit(start, []);
}

export type CrisisLexicon = z.output<typeof crisisLexiconSchema>;
export type CrisisGroup = z.output<typeof group>;
export type CrisisPattern = z.output<typeof patternSchema>;

export const crisisLexiconFile = (contentDir: string): string => join(contentDir, 'understanding', 'crisis.yaml');

export function loadCrisisLexicon(contentDir: string): CrisisLexicon {
  return readYamlFile(crisisLexiconFile(contentDir), crisisLexiconSchema);
}
