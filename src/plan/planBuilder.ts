import type { Profile } from '../../dialogs/profile.js';
import type { ContactDirectory } from '../contacts/directory.js';
import { selectContacts } from '../contacts/selectContacts.js';
import { shownDetails } from '../contacts/shownDetails.js';
import type { Messages } from '../content/messages.js';
import type { JobRoute, Occupations } from '../occupations/occupations.js';
import type { PathProfile, PathSteps } from '../paths/pathSteps.js';
import type { AnswerFilter } from './answerFilter.js';
import type { Plan, PlanJob } from './plan.js';

/** What the plan needs besides the profile. */
export interface PlanParts {
  messages: Messages;
  paths: PathSteps;
  contacts: ContactDirectory;
  occupations: Occupations;
  answers: AnswerFilter;
  /** The helplines to keep after a crisis signal: an introduction, then one line per way to reach them. */
  helplineLines: (now: Date) => string[];
}

/** Builds a young person's plan from what the conversation learned (their profile). */
/** The moments the "Wanneer doe je dat?" buttons stand for (dialogs/slots.ts). */
const WHEN_CODES = ['today', 'tomorrow', 'this-week', 'next-week'] as const;

export class PlanBuilder {
  constructor(private readonly parts: PlanParts) {}

  build(profile: Profile, now: Date): Plan {
    const { messages, paths, answers } = this.parts;
    const wish = profile.wish ?? 'unsure';
    const route = paths.for(pathProfileOf(profile), wish);
    const job = this.jobOf(profile);
    return {
      title: messages.text('summary.title'),
      situation: this.situation(profile),
      ...optional('choice', profile.wish ? messages.text(`summary.wish.${profile.wish}`) : undefined),
      ...optional('future', answers.realAnswer(profile.future)),
      ...optional('strengths', answers.realAnswer(profile.strengths)),
      steps: route.filter((step) => step.kind === 'step').map((step) => step.text),
      ...optional('job', job),
      rules: route.filter((step) => step.kind === 'rule').map((step) => step.text),
      contacts: this.contacts(profile),
      ...optional('nextStep', this.nextStep(profile)),
      ...optional('supporters', answers.realAnswer(profile.supporters)),
      ...optional('followUp', this.followUp(profile)),
      helplines: profile.crisisSeen ? this.parts.helplineLines(now) : [],
    };
  }

  /** When they take their step, as the young person reads it: "morgen", "deze week", or their own words. */
  momentOf(when: string): string {
    const code = WHEN_CODES.find((c) => c === when);
    return code === undefined ? when : this.parts.messages.text(`summary.when.${code}`);
  }

  /** Their next step in their own words, with when they take it (only real answers). */
  private nextStep(profile: Profile): string | undefined {
    const { answers, messages } = this.parts;
    const step = answers.realAnswer(profile.nextStep);
    if (step === undefined) return undefined;
    const { nextStepWhen } = profile;
    const isCode = WHEN_CODES.some((code) => code === nextStepWhen);
    const when = isCode ? nextStepWhen ?? undefined : answers.realAnswer(nextStepWhen);
    return when === undefined ? step : messages.text('summary.next-step.when', { step, when: this.momentOf(when) });
  }

  /**
   * The ways to the job or field their choice or their future names (when that was a real answer),
   * for their age; onderwijskiezer.be for a job the list does not know. Undefined when none is named.
   */
  jobOf(profile: Profile): PlanJob | undefined {
    const future = this.parts.answers.realAnswer(profile.future);
    const route = this.parts.occupations.routeFor([future], pathProfileOf(profile), profile.occupation ?? undefined);
    return route === undefined ? undefined : this.planJob(route);
  }

  private planJob(route: JobRoute): PlanJob {
    const { messages } = this.parts;
    const intro = route.name === undefined ? messages.text('job.unknown') : messages.text('job.intro', { job: route.name });
    return { intro, ways: route.ways, links: route.links.map(({ title, url }) => ({ title, url })) };
  }

  private situation(profile: Profile): string[] {
    const { messages } = this.parts;
    return [
      typeof profile.age === 'number' ? messages.text('summary.age', { age: profile.age }) : undefined,
      profile.school ? messages.text(`summary.school.${profile.school}`) : undefined,
      profile.qualification ? messages.text(`summary.qualification.${profile.qualification}`) : undefined,
      profile.place?.municipality ? messages.text('summary.place', { place: profile.place.municipality }) : undefined,
    ].filter((part): part is string => part !== undefined);
  }

  private contacts(profile: Profile): Plan['contacts'] {
    const chosen = selectContacts(this.parts.contacts, {
      region: profile.place?.region,
      postcode: profile.place?.postcode,
      municipality: profile.place?.municipality,
      age: profile.age ?? undefined,
      outcome: profile.wish ?? 'unsure',
    });
    return chosen.map(shownDetails);
  }

  private followUp(profile: Profile): string | undefined {
    const { messages } = this.parts;
    if (profile.followUp !== true) return undefined;
    return profile.followUpDay ? messages.text('summary.follow-up.day', { day: profile.followUpDay }) : messages.text('summary.follow-up.come-back');
  }
}

/** What the route depends on, from the profile. */
export function pathProfileOf(profile: Profile): PathProfile {
  return { age: profile.age, region: profile.place?.region, qualification: profile.qualification };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}
