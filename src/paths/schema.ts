import { z } from 'zod';
import { sourceSchema } from '../knowledge/schema.js';

const stepId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens');
const choice = z.enum(['work', 'combine', 'study', 'unsure']);
const age = z.number().int().min(12).max(30);

/**
 * When a step is shown. Every condition given must hold; a condition on a fact that is not known
 * does not hold, unless it lists `unknown` (or, for the age, says `ageUnknown: true`).
 */
export const pathConditionSchema = z
  .strictObject({
    minAge: age.optional(),
    maxAge: age.optional(),
    /** The step is for a young person whose age is not known. */
    ageUnknown: z.literal(true).optional(),
    /** Where the rules differ: Flanders (any Flemish province), Brussels, Wallonia, or not known. */
    region: z.array(z.enum(['vlaanderen', 'brussel', 'wallonie', 'unknown'])).min(1).optional(),
    qualification: z.array(z.enum(['diploma-so', 'other-qualification', 'none', 'unknown'])).min(1).optional(),
  })
  .refine((when) => !(when.ageUnknown && (when.minAge !== undefined || when.maxAge !== undefined)), {
    message: 'a step for an unknown age cannot also have minAge or maxAge',
  })
  .refine((when) => when.minAge === undefined || when.maxAge === undefined || when.minAge <= when.maxAge, {
    message: 'minAge must not be above maxAge',
  });

export const pathStepSchema = z.strictObject({
  id: stepId,
  /** The choices (wishes) this step belongs to. */
  choices: z.array(choice).min(1),
  when: pathConditionSchema.default({}),
  /** `step`: something to do; `rule`: a rule that applies to them (leerplicht, an allowance). The plan lists them apart. */
  kind: z.enum(['step', 'rule']).default('step'),
  /** One short step in plain Dutch (B1), shown as one line of a numbered list. */
  text: z.string().min(1).max(300),
  /** Names of entries in the file's `sources`. */
  sources: z.array(stepId).min(1),
});

export const pathFileSchema = z
  .strictObject({
    /** No young person gets more steps than this for one choice (checked for every age, region and qualification). */
    maxSteps: z.number().int().min(1).max(6),
    /** Where the facts come from, by name: the page and the date it was checked. */
    sources: z.record(stepId, sourceSchema),
    steps: z.array(pathStepSchema).min(1),
  })
  .superRefine((file, context) => {
    file.steps.forEach((step, index) => {
      step.sources.forEach((name, at) => {
        if (!(name in file.sources)) {
          context.addIssue({ code: 'custom', path: ['steps', index, 'sources', at], message: `unknown source "${name}" (not in "sources")` });
        }
      });
    });
    reportRepeatedIds(file.steps, 'steps', 'step', context);
  });

/** Adds an issue for every entry whose id an earlier entry of the same list already has. */
export function reportRepeatedIds(entries: ReadonlyArray<{ id: string }>, list: string, what: string, context: z.RefinementCtx): void {
  const ids = entries.map((entry) => entry.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [list, index, 'id'], message: `${what} id "${id}" is used twice` });
  });
}

export type PathStep = z.output<typeof pathStepSchema>;
export type PathCondition = z.output<typeof pathConditionSchema>;
export type PathSource = z.output<typeof sourceSchema>;
export type PathFile = z.output<typeof pathFileSchema>;
