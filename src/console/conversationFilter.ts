import type { Activity } from 'botbuilder';
import { REGION_CODES } from '../contacts/regionCodes.js';
import type { ConversationRecord } from '../records/types.js';
import { WISHES, type RegionCode, type Wish } from '../understanding/types.js';

/** What the conversation list is filtered on; every field is optional. */
export interface ConversationFilter {
  /** Dates as YYYY-MM-DD: conversations active on some day in the range. */
  from?: string;
  to?: string;
  region?: RegionCode;
  outcome?: Wish | 'none';
  crisis?: boolean;
  callback?: boolean;
  minScore?: number;
  maxScore?: number;
  /** Words to find in the transcript. */
  text?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function yesNo(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

function score(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && /^\d{1,2}$/.test(value) && n >= 1 && n <= 10 ? n : undefined;
}

/** Reads the filter from the list page's query string; anything unrecognised is ignored. */
export function parseFilter(query: URLSearchParams): ConversationFilter {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const text = (query.get('q') ?? '').trim().slice(0, 200);
  return {
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
    region: oneOf(REGION_CODES, query.get('region')),
    outcome: oneOf([...WISHES, 'none'], query.get('outcome')),
    crisis: yesNo(query.get('crisis')),
    callback: yesNo(query.get('callback')),
    minScore: score(query.get('minScore')),
    maxScore: score(query.get('maxScore')),
    ...(text !== '' ? { text } : {}),
  };
}

/** True when a record passes every filter except the text search. */
export function matchesRecord(record: ConversationRecord, filter: ConversationFilter): boolean {
  const checks = [
    filter.from === undefined || record.lastActivityAt.slice(0, 10) >= filter.from,
    filter.to === undefined || record.startedAt.slice(0, 10) <= filter.to,
    filter.region === undefined || record.region === filter.region,
    filter.outcome === undefined || (record.wish ?? 'none') === filter.outcome,
    filter.crisis === undefined || record.crisis === filter.crisis,
    filter.callback === undefined || record.callbackRequested === filter.callback,
    filter.minScore === undefined || (record.score !== undefined && record.score >= filter.minScore),
    filter.maxScore === undefined || (record.score !== undefined && record.score <= filter.maxScore),
  ];
  return checks.every(Boolean);
}

/** Lower case without accents, so "école" is found with "ecole". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of the search occurs in the conversation's messages. */
export function transcriptContains(activities: readonly Activity[], search: string): boolean {
  const haystack = fold(
    activities
      .map((activity) => [activity.text ?? '', fallbackText(activity) ?? ''].join(' '))
      .join('\n'),
  );
  return fold(search)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}

/** The plain-text version the bot attaches to a card (`channelData.fallbackText`). */
export function fallbackText(activity: Partial<Activity>): string | undefined {
  const value: unknown = (activity.channelData as { fallbackText?: unknown } | undefined)?.fallbackText;
  return typeof value === 'string' ? value : undefined;
}
