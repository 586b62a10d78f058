import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { KeyLock } from '../storage/keyLock.js';

/** What Direct Line returns for a read: activities after a watermark, and the new watermark. */
export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

interface Log {
  conversationId: string;
  userId: string;
  /** How many activities were cleared away (deleted at the young person's request). */
  base: number;
  activities: Activity[];
}

/** What a log file holds: the log without its conversation id, which is in no file. */
type StoredLog = Omit<Log, 'conversationId'>;

/** Stands for the conversation id wherever it occurs in a stored activity (ids, replyToId, conversation). */
const ID_PLACEHOLDER = '{conversation}';

/** Conversation ids are ours (random, URL- and file-safe); anything else is refused before touching disk. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function isConversationId(value: string): boolean {
  return CONVERSATION_ID.test(value);
}

/**
 * The activity log of each web conversation, one small JSON file per conversation under `dir`, so
 * a page reload or a server restart keeps the history. The watermark is the number of activities
 * ever appended; listeners hear every appended batch (the WebSocket streams use this).
 *
 * Stored like a transcript: every activity redacted (`redact`), with or without consent, and
 * without the conversation id, in a file named by its hash. The young person sees the redacted
 * text of their own messages after a reload. `deleteOlderThan` removes logs that can no longer be
 * resumed.
 */
export class ActivityLogs {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly lock = new KeyLock();

  constructor(
    private readonly dir: string,
    private readonly redact: (activity: Activity) => Activity = (activity) => activity,
  ) {}

  async create(conversationId: string, userId: string): Promise<void> {
    await this.lock.run(conversationId, () => this.write({ conversationId, userId, base: 0, activities: [] }));
  }

  /** The user a conversation belongs to, or undefined when there is no such conversation. */
  async owner(conversationId: string): Promise<string | undefined> {
    return (await this.read(conversationId))?.userId;
  }

  /** Appends activities, numbering their ids in order; resolves with the ids. */
  async append(conversationId: string, activities: Activity[]): Promise<string[]> {
    const batch = await this.lock.run(conversationId, async () => {
      const log = await this.read(conversationId);
      if (!log) throw new Error(`no web chat conversation ${conversationId}`);
      const first = log.base + log.activities.length;
      const numbered = activities.map((activity, i) => ({ ...this.redact(activity), id: activityId(conversationId, first + i) }));
      log.activities.push(...numbered);
      await this.write(log);
      // A return code is shown once, live, to the page that is open; the stored history has it redacted.
      const live = numbered.map((stored, i) => (carriesReturnPass(activities[i]) ? { ...activities[i], id: stored.id } as Activity : stored));
      return { activities: live, watermark: String(first + numbered.length) };
    });
    this.events.emit(conversationId, batch);
    return batch.activities.map((activity) => activity.id ?? '');
  }

  /** The activities after a watermark (all of them for an empty or unreadable one). */
  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet> {
    const log = await this.read(conversationId);
    if (!log) return { activities: [], watermark: '0' };
    const from = Math.max(0, Number.parseInt(watermark ?? '', 10) || 0);
    const total = log.base + log.activities.length;
    return { activities: log.activities.slice(Math.max(0, from - log.base)), watermark: String(total) };
  }

  /** Forgets the history but keeps the conversation and its watermark going. */
  async clear(conversationId: string): Promise<void> {
    await this.lock.run(conversationId, async () => {
      const log = await this.read(conversationId);
      if (log) await this.write({ ...log, base: log.base + log.activities.length, activities: [] });
    });
  }

  /** Deletes the logs last written before `cutoff`; returns how many. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    let deleted = 0;
    for (const name of names) {
      const file = join(this.dir, name);
      const modified = await stat(file).then((s) => s.mtime, () => undefined);
      if (modified === undefined || modified >= cutoff) continue;
      await rm(file, { force: true });
      if (name.endsWith('.json')) deleted += 1;
    }
    return deleted;
  }

  /** Hears every batch appended to a conversation from now on; returns the way to stop. */
  subscribe(conversationId: string, listener: (set: ActivitySet) => void): () => void {
    this.events.on(conversationId, listener);
    return () => this.events.off(conversationId, listener);
  }

  private file(conversationId: string): string {
    if (!isConversationId(conversationId)) throw new Error('not a web chat conversation id');
    return join(this.dir, `${createHash('sha256').update(conversationId).digest('hex')}.json`);
  }

  /** Logs written before ids were hashed, named by the id itself; rewritten on the next append. */
  private legacyFile(conversationId: string): string {
    return join(this.dir, `${conversationId}.json`);
  }

  private async read(conversationId: string): Promise<Log | undefined> {
    const stored = (await readIfThere(this.file(conversationId))) ?? (await readIfThere(this.legacyFile(conversationId)));
    if (stored === undefined) return undefined;
    return { ...(JSON.parse(stored.replaceAll(ID_PLACEHOLDER, conversationId)) as StoredLog), conversationId };
  }

  /** Writes atomically: a temporary file, then a rename. */
  private async write({ conversationId, ...log }: Log): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(conversationId);
    await writeFile(`${file}.tmp`, JSON.stringify(log).replaceAll(conversationId, ID_PLACEHOLDER));
    await rename(`${file}.tmp`, file);
    await rm(this.legacyFile(conversationId), { force: true });
  }
}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function carriesReturnPass(activity: Activity | undefined): boolean {
  const channelData: unknown = activity?.channelData;
  return activity?.from?.role === 'bot' && typeof channelData === 'object' && channelData !== null && 'returnPass' in channelData;
}

function activityId(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}
