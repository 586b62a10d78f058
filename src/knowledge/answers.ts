import type { KbCondition, KbEntry } from './schema.js';

type Region = NonNullable<KbCondition['region']>[number];
type Qualification = NonNullable<KbCondition['qualification']>[number];

/** What the bot knows about the young person; anything it does not know is left out. */
export type KbFacts = { age?: number; region?: Region; qualification?: Qualification };

/** An entry's answer for one young person: the first variant that applies, else the general answer. */
export type KbAnswer = Pick<KbEntry, 'id' | 'title' | 'naming' | 'more' | 'links' | 'sources' | 'related'> & {
  text: string;
  /** True when a variant replaced the general answer. */
  personalised: boolean;
};

export function answerFor(entry: KbEntry, facts: KbFacts): KbAnswer {
  const variant = entry.variants.find((candidate) => conditionHolds(candidate.when, facts));
  return {
    id: entry.id,
    title: entry.title,
    text: variant?.answer ?? entry.answer,
    personalised: variant !== undefined,
    naming: entry.naming,
    more: variant?.more ?? entry.more,
    links: entry.links,
    sources: entry.sources,
    related: entry.related,
  };
}

/** Every condition given holds and is known: an unknown fact never selects a variant. */
export function conditionHolds(when: KbCondition, facts: KbFacts): boolean {
  const { age, region, qualification } = facts;
  if (when.region && (region === undefined || !when.region.includes(region))) return false;
  if (when.qualification && (qualification === undefined || !when.qualification.includes(qualification))) {
    return false;
  }
  if (when.minAge !== undefined && (age === undefined || age < when.minAge)) return false;
  if (when.maxAge !== undefined && (age === undefined || age > when.maxAge)) return false;
  return true;
}
