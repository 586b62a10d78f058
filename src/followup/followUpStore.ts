import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConversationReference } from 'botbuilder';

/** One agreed check-in: where to send it and when. */
export interface FollowUp {
  id: string;
  reference: Partial<ConversationReference>;
  /** ISO time at which the check-in is due. */
  dueAt: string;
  /** ISO time at which the young person agreed to it (missing in check-ins stored before it was kept). */
  agreedAt?: string;
  /** Failed deliveries so far. */
  attempts: number;
}

/** The channel and conversation a follow-up belongs to (one follow-up per conversation). */
export interface ConversationKey {
  channelId: string;
  conversation: { id: string };
}

/**
 * Agreed check-ins, one small JSON file each under `dir`, so they survive a restart. Read once at
 * first use and kept in memory; listeners hear every change (the scheduler re-arms its timer).
 */
export class FollowUpStore {
  private items: Promise<Map<string, FollowUp>> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly dir: string) {}

  /** Agrees a check-in for the reference's conversation (replacing an earlier one). */
  async schedule(reference: Partial<ConversationReference>, dueAt: Date, agreedAt: Date = new Date()): Promise<void> {
    const key = { channelId: reference.channelId ?? '', conversation: { id: reference.conversation?.id ?? '' } };
    const item: FollowUp = { id: followUpId(key), reference, dueAt: dueAt.toISOString(), agreedAt: agreedAt.toISOString(), attempts: 0 };
    await this.save(item);
  }

  /** Forgets the conversation's check-in, if any. */
  async cancel(key: ConversationKey): Promise<void> {
    await this.remove(followUpId(key));
  }

  /** The check-ins due at `now`, earliest first. */
  async due(now: Date): Promise<FollowUp[]> {
    return [...(await this.load()).values()].filter((item) => Date.parse(item.dueAt) <= now.getTime()).sort(byDueAt);
  }

  /** When the next check-in is due, or undefined when none is agreed. */
  async nextDueAt(): Promise<Date | undefined> {
    const [first] = [...(await this.load()).values()].sort(byDueAt);
    return first ? new Date(first.dueAt) : undefined;
  }

  /**
   * Deletes the check-ins agreed before `cutoff` (the retention period): their conversation is
   * deleted by then. Returns how many.
   */
  async deleteAgreedBefore(cutoff: Date): Promise<number> {
    const before = cutoff.toISOString();
    const old = [...(await this.load()).values()].filter((item) => (item.agreedAt ?? item.dueAt) < before);
    for (const item of old) await this.remove(item.id);
    return old.length;
  }

  async remove(id: string): Promise<void> {
    const items = await this.load();
    if (!items.delete(id)) return;
    await rm(join(this.dir, `${id}.json`), { force: true });
    this.changed();
  }

  /** Stores a new or changed check-in (atomically: a temporary file, then a rename). */
  async save(item: FollowUp): Promise<void> {
    const items = await this.load();
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${item.id}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(item));
    await rename(`${file}.tmp`, file);
    items.set(item.id, item);
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private load(): Promise<Map<string, FollowUp>> {
    this.items ??= this.readAll();
    return this.items;
  }

  private async readAll(): Promise<Map<string, FollowUp>> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const items = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map(async (name) => JSON.parse(await readFile(join(this.dir, name), 'utf8')) as FollowUp),
    );
    return new Map(items.map((item) => [item.id, item]));
  }
}

/** A file-safe id per conversation that does not show the conversation id itself. */
function followUpId(key: ConversationKey): string {
  return createHash('sha256').update(`${key.channelId}/${key.conversation.id}`).digest('hex').slice(0, 32);
}

function byDueAt(a: FollowUp, b: FollowUp): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}
