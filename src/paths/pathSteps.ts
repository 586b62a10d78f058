import { join } from 'node:path';
import { ContentError, locator, readYamlFile } from '../content/yamlFile.js';
import { rulesRegion } from '../contacts/regionCodes.js';
import type { Qualification, RegionCode, Wish } from '../understanding/types.js';
import { QUALIFICATIONS, WISHES } from '../understanding/types.js';
import { pathFileSchema, type PathCondition, type PathSource, type PathStep } from './schema.js';

/** What the path depends on; every field may be missing (not asked) or null (not known). */
export interface PathProfile {
  age?: number | null;
  region?: RegionCode | null;
  qualification?: Qualification | null;
}

/** The ages, regions and qualifications every choice must have a path for (ages 12-30 and unknown). */
const AGES: ReadonlyArray<number | null> = [...Array.from({ length: 19 }, (_, i) => 12 + i), null];
const REGIONS: ReadonlyArray<RegionCode | null> = ['antwerpen', 'brussel', 'wallonie', null];
const QUALIFICATION_VALUES: ReadonlyArray<Qualification | null> = [...QUALIFICATIONS, null];
/** A file that is wrong for many profiles lists the first few, enough to see the pattern. */
const MAX_PROBLEMS_SHOWN = 12;

/** The outcome path's small steps (content/paths.yaml): for each choice, the steps that hold for this young person. */
export class PathSteps {
  private constructor(
    readonly steps: readonly PathStep[],
    readonly maxSteps: number,
    private readonly sources: Readonly<Record<string, PathSource>>,
  ) {}

  /** Reads content/paths.yaml; throws a ContentError when a profile would get no steps or too many. */
  static load(contentDir: string): PathSteps {
    const file = join(contentDir, 'paths.yaml');
    const data = readYamlFile(file, pathFileSchema);
    const paths = new PathSteps(data.steps, data.maxSteps, data.sources);
    const problems = paths.coverageProblems();
    if (problems.length > 0) {
      const locate = locator(file);
      const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => locate(['steps'], problem));
      const more = problems.length - shown.length;
      throw new ContentError(file, more > 0 ? [...shown, `and ${more} more like these`] : shown);
    }
    return paths;
  }

  /** The steps for this choice that hold for the young person, in the order of the file. */
  for(profile: PathProfile, choice: Wish): PathStep[] {
    return this.steps.filter((step) => step.choices.includes(choice) && conditionHolds(step.when, profile));
  }

  /** Where a step's facts come from: its sources, with page and check date. */
  sourcesOf(step: PathStep): PathSource[] {
    return step.sources.flatMap((name) => this.sources[name] ?? []);
  }

  /** Every choice, for every age, region and qualification (known or not), has 1 to maxSteps steps. */
  coverageProblems(): string[] {
    const problems: string[] = [];
    for (const choice of WISHES)
      for (const age of AGES)
        for (const region of REGIONS)
          for (const qualification of QUALIFICATION_VALUES) {
            const count = this.for({ age, region, qualification }, choice).length;
            if (count >= 1 && count <= this.maxSteps) continue;
            const who = `age ${age ?? 'unknown'}, region ${region ?? 'unknown'}, qualification ${qualification ?? 'unknown'}`;
            problems.push(`choice "${choice}" has ${count} steps for ${who} (must be 1 to maxSteps, ${this.maxSteps})`);
          }
    return problems;
  }
}

/** Whether a condition of content/paths.yaml (or another file that uses it) holds for the young person. */
export function conditionHolds(when: PathCondition, profile: PathProfile): boolean {
  const age = profile.age ?? undefined;
  if (when.ageUnknown && age !== undefined) return false;
  if (when.minAge !== undefined && (age === undefined || age < when.minAge)) return false;
  if (when.maxAge !== undefined && (age === undefined || age > when.maxAge)) return false;
  const region = profile.region ? rulesRegion(profile.region) : 'unknown';
  if (when.region && !when.region.includes(region)) return false;
  const qualification = profile.qualification ?? 'unknown';
  if (when.qualification && !when.qualification.includes(qualification)) return false;
  return true;
}
