import type { Activity, TranscriptStore } from 'botbuilder';

/** The most activities read of one conversation (far more than a conversation holds). */
export const MAX_TRANSCRIPT_ACTIVITIES = 10_000;

/**
 * Every stored activity of a conversation, oldest first, across all pages of the store. It cannot
 * loop: it stops at an empty page, at a continuation token it has seen before, and after
 * MAX_TRANSCRIPT_ACTIVITIES, whatever the store answers.
 */
export async function readTranscript(store: TranscriptStore, channelId: string, conversationId: string): Promise<Activity[]> {
  const activities: Activity[] = [];
  const seen = new Set<string>();
  let continuationToken: string | undefined;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, continuationToken);
    activities.push(...page.items.slice(0, MAX_TRANSCRIPT_ACTIVITIES - activities.length));
    continuationToken = page.continuationToken === '' ? undefined : page.continuationToken;
    if (page.items.length === 0 || continuationToken === undefined || seen.has(continuationToken)) break;
    seen.add(continuationToken);
  } while (activities.length < MAX_TRANSCRIPT_ACTIVITIES);
  return activities;
}

/** A Bot Framework `.transcript` file, as the Bot Framework Emulator opens it: a JSON array of activities. */
export function transcriptFile(activities: readonly Activity[]): string {
  return JSON.stringify(activities, null, 2);
}

/** A safe file name for a conversation's export. */
export function transcriptFileName(conversationId: string): string {
  const safe = conversationId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${safe === '' ? 'gesprek' : safe}.transcript`;
}
