import { join } from 'node:path';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { JsonDocuments } from '../records/lowdb/jsonDocuments.js';

/** An activity as JSON keeps it: dates as ISO text. */
type StoredActivity = Omit<Activity, 'timestamp' | 'localTimestamp'> & { timestamp?: string; localTimestamp?: string };

/** One conversation's transcript file. */
interface TranscriptDocument {
  channelId: string;
  conversationId: string;
  activities: StoredActivity[];
}

/**
 * Transcripts on local disk: one readable JSON file per conversation,
 * `<dir>/<channel>/<h0h1>/<sha256 of the conversation id>.json`. Logging costs a rewrite of that
 * conversation's file only; activities logged while a write of the same conversation is under way
 * are written together in the next one. Paging follows botbuilder's MemoryTranscriptStore: pages
 * of 20 in timestamp order, the continuation token is the id of a full page's last item, and an
 * empty token means there is no next page.
 */
export class FileTranscriptStore implements TranscriptStore {
  static readonly pageSize = 20;
  readonly #channels = new Map<string, JsonDocuments<TranscriptDocument>>();
  /** Activities waiting to be written, by channel and conversation. */
  readonly #queued = new Map<string, StoredActivity[]>();

  constructor(private readonly dir: string) {}

  async logActivity(activity: Activity): Promise<void> {
    const { channelId } = activity;
    const conversationId = activity.conversation?.id;
    if (!channelId || !conversationId) throw new Error('FileTranscriptStore: an activity needs a channelId and a conversation id');
    const queueKey = JSON.stringify([channelId, conversationId]);
    this.#queued.set(queueKey, [...(this.#queued.get(queueKey) ?? []), toStored(activity)]);
    await this.#documents(channelId).update(conversationId, (current) => {
      const batch = this.#queued.get(queueKey);
      this.#queued.delete(queueKey);
      if (batch === undefined) return undefined;
      return { channelId, conversationId, activities: [...(current?.activities ?? []), ...batch] };
    });
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const document = await this.#documents(channelId).get(conversationId);
    const activities = (document?.activities ?? [])
      .map(fromStored)
      .sort((a, b) => timeOf(a.timestamp) - timeOf(b.timestamp))
      .filter((activity) => startDate === undefined || timeOf(activity.timestamp) >= startDate.getTime());
    return pageOf(activities, (activity) => activity.id, continuationToken);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    if (!channelId) throw new Error('Missing channelId');
    const transcripts = (await this.#documents(channelId).list())
      .map((document) => ({ channelId, id: document.conversationId, created: createdOf(document) }))
      .sort((a, b) => a.created.getTime() - b.created.getTime());
    return pageOf(transcripts, (transcript) => transcript.id, continuationToken);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    await this.#documents(channelId).delete(conversationId);
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all([...this.#channels.values()].map((documents) => documents.flush()));
  }

  #documents(channelId: string): JsonDocuments<TranscriptDocument> {
    let documents = this.#channels.get(channelId);
    if (documents === undefined) {
      documents = new JsonDocuments(join(this.dir, encodeURIComponent(channelId).replaceAll('.', '%2E')));
      this.#channels.set(channelId, documents);
    }
    return documents;
  }
}

/** The items after the one whose id is the token (none when it is unknown), one page of them. */
function pageOf<T>(items: T[], idOf: (item: T) => string | undefined, continuationToken?: string): PagedResult<T> {
  const tokenAt = continuationToken ? items.findIndex((item) => idOf(item) === continuationToken) : -1;
  const rest = !continuationToken ? items : tokenAt < 0 ? [] : items.slice(tokenAt + 1);
  const page = rest.slice(0, FileTranscriptStore.pageSize);
  const last = page.at(-1);
  const full = page.length === FileTranscriptStore.pageSize && last !== undefined;
  return { items: page, continuationToken: full ? (idOf(last) ?? '') : '' };
}

function toStored(activity: Activity): StoredActivity {
  return JSON.parse(JSON.stringify(activity)) as StoredActivity;
}

function fromStored(stored: StoredActivity): Activity {
  const { timestamp, localTimestamp, ...rest } = stored;
  return {
    ...rest,
    ...(timestamp !== undefined ? { timestamp: new Date(timestamp) } : {}),
    ...(localTimestamp !== undefined ? { localTimestamp: new Date(localTimestamp) } : {}),
  };
}

function createdOf(document: TranscriptDocument): Date {
  const first = document.activities[0]?.timestamp;
  return new Date(first ?? 0);
}

function timeOf(date: Date | undefined): number {
  return date?.getTime() ?? 0;
}
