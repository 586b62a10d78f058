import { EventEmitter } from 'node:events';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { KeyLock } from '../storage/keyLock.js';

/** What Direct Line returns for a read: activities after a watermark, and the new watermark. */
export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

interface StoredLog {
  conversationId: string;
  userId: string;
  /** How many activities were cleared away (deleted at the young person's request). */
  base: number;
  activities: Activity[];
}

/** Conversation ids are ours (random, URL- and file-safe); anything else is refused before touching disk. */
const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function isConversationId(value: string): boolean {
  return CONVERSATION_ID.test(value);
}

/**
 * The activity log of each web conversation, one small JSON file per conversation under `dir`, so
 * a page reload or a server restart keeps the history. The watermark is the number of activities
 * ever appended; listeners hear every appended batch (the WebSocket streams use this).
 */
export class ActivityLogs {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly lock = new KeyLock();

  constructor(private readonly dir: string) {}

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
      const numbered = activities.map((activity, i) => ({ ...activity, id: activityId(conversationId, first + i) }));
      log.activities.push(...numbered);
      await this.write(log);
      return { activities: numbered, watermark: String(first + numbered.length) };
    });
    this.events.emit(conversationId, batch);
    return batch.activities.map((activity) => activity.id);
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

  /** Hears every batch appended to a conversation from now on; returns the way to stop. */
  subscribe(conversationId: string, listener: (set: ActivitySet) => void): () => void {
    this.events.on(conversationId, listener);
    return () => this.events.off(conversationId, listener);
  }

  private file(conversationId: string): string {
    if (!isConversationId(conversationId)) throw new Error('not a web chat conversation id');
    return join(this.dir, `${conversationId}.json`);
  }

  private async read(conversationId: string): Promise<StoredLog | undefined> {
    try {
      return JSON.parse(await readFile(this.file(conversationId), 'utf8')) as StoredLog;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Writes atomically: a temporary file, then a rename. */
  private async write(log: StoredLog): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(log.conversationId);
    await writeFile(`${file}.tmp`, JSON.stringify(log));
    await rename(`${file}.tmp`, file);
  }
}

function activityId(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}
