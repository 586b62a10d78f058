import type { Activity, TranscriptStore } from 'botbuilder';

/** Every stored activity of a conversation, oldest first, across all pages of the store. */
export async function readTranscript(store: TranscriptStore, channelId: string, conversationId: string): Promise<Activity[]> {
  const activities: Activity[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, continuationToken);
    activities.push(...page.items);
    continuationToken = page.continuationToken === '' ? undefined : page.continuationToken;
  } while (continuationToken !== undefined);
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
