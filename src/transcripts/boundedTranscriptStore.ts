import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { boundedKey } from '../storage/boundedKey.js';

/** Longest channel, conversation or activity id (URI-encoded) kept as it is in a transcript blob's name. */
const MAX_PART = 200;

const bounded = (id: string): string => boundedKey(id, MAX_PART);

/**
 * Transcripts under bounded ids (see boundedKey): botbuilder's BlobsTranscriptStore names a blob
 * `<channel>/<conversation>/<ticks>-<activity id>.json` and cuts the name at 1,024 characters, so
 * with long ids every activity would overwrite the one before. Activities read back carry their
 * channel and conversation ids again; a long activity id stays hashed.
 */
export class BoundedTranscriptStore implements TranscriptStore {
  constructor(private readonly inner: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    const { channelId, conversation, id } = activity;
    await this.inner.logActivity({
      ...activity,
      channelId: channelId && bounded(channelId),
      ...(conversation?.id ? { conversation: { ...conversation, id: bounded(conversation.id) } } : {}),
      ...(id ? { id: bounded(id) } : {}),
    });
  }

  async getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    const page = await this.inner.getTranscriptActivities(bounded(channelId), bounded(conversationId), continuationToken, startDate);
    const items = page.items.map((activity) => ({ ...activity, channelId, conversation: { ...activity.conversation, id: conversationId } }));
    return { ...page, items };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const page = await this.inner.listTranscripts(bounded(channelId), continuationToken);
    return { ...page, items: page.items.map((transcript) => ({ ...transcript, channelId })) };
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    return this.inner.deleteTranscript(bounded(channelId), bounded(conversationId));
  }
}
