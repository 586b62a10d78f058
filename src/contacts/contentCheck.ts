import { join } from 'node:path';
import { ContentError, readYamlFile } from '../content/yamlFile.js';
import { type Contact, contactFileSchema, contactProblems, contactsFile, type Outcome } from './directory.js';
import { Municipalities, municipalityFileSchema } from './municipalities.js';
import { FLEMISH_PROVINCES } from './regionCodes.js';

export interface CheckResult {
  errors: string[];
  warnings: string[];
}

/** Every province and Brussels needs someone for each of these, reachable without a referral. */
const REQUIRED_OUTCOMES: readonly Outcome[] = ['work', 'study', 'talk'];
const REQUIRED_AREAS = ['brussel', ...FLEMISH_PROVINCES] as const;

/**
 * Checks content/contacts.yaml and content/municipalities.yaml: schema, duplicate ids and names,
 * phone numbers, known municipalities, no unconfirmed detail that would be shown, and work/study/talk
 * coverage of Brussels and every province.
 * Messages name the file, the entry and the field.
 */
export function checkContacts(contentDir: string): CheckResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const municipalities = collect(errors, () => {
    const file = join(contentDir, 'municipalities.yaml');
    return new Municipalities(readYamlFile(file, municipalityFileSchema), file);
  });
  const file = contactsFile(contentDir);
  const contacts = collect(errors, () => readYamlFile(file, contactFileSchema));
  if (!contacts) return { errors, warnings };
  if (municipalities) errors.push(...contactProblems(contacts, municipalities, file).map((p) => `${file}: ${p}`));
  errors.push(...coverageGaps(contacts).map((gap) => `${file}: ${gap}`));
  for (const contact of contacts) {
    if (!contact.phone && !contact.email && !contact.website && !contact.address) {
      warnings.push(`${file}: entry "${contact.id}": no phone, email, website or address`);
    }
  }
  const unconfirmed = contacts.filter((c) => !c.source.confirmed).map((c) => c.id);
  if (unconfirmed.length > 0) {
    warnings.push(
      `${file}: ${unconfirmed.length} entries have field "source" confirmed: false, so only their name, offer and ` +
        `website are shown; confirm their details on the organisation's own page to add them: ${unconfirmed.join(', ')}`,
    );
  }
  return { errors, warnings };
}

/** Runs a loader; a ContentError becomes error lines instead of an exception. */
function collect<T>(errors: string[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(...error.problems.map((problem) => `${error.file}: ${problem}`));
    return undefined;
  }
}

/** Missing area-wide coverage: a province needs a contact for all, Flanders or that province. */
export function coverageGaps(contacts: readonly Contact[]): string[] {
  const gaps: string[] = [];
  for (const area of REQUIRED_AREAS) {
    for (const outcome of REQUIRED_OUTCOMES) {
      const covered = contacts.some(
        (c) =>
          c.access === 'direct' &&
          c.outcomes.includes(outcome) &&
          (c.coverage === 'all' ||
            c.coverage.areas.includes(area) ||
            (area !== 'brussel' && c.coverage.areas.includes('vlaanderen'))),
      );
      if (!covered) gaps.push(`no contact for outcome "${outcome}" covers all of ${area} (field "coverage")`);
    }
  }
  return gaps;
}
