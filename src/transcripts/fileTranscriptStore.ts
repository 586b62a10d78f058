import { appendFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { isNotFound } from '../storage/fileErrors.js';
import { KeyLock } from '../storage/keyLock.js';
import { shardedFile } from '../storage/shardedFile.js';
import { written, type WriteBehind } from '../storage/writeBehind.js';

/** An activity as JSON keeps it: dates as ISO text. */
type StoredActivity = Omit<Activity, 'timestamp' | 'localTimestamp'> & { timestamp?: string; localTimestamp?: string };

const EXTENSION = '.jsonl';

/**
 * Transcripts on local disk: one JSON Lines file per conversation, one activity per line,
 * `<dir>/<channel>/<h0h1>/<sha256 of the conversation id>.jsonl`, where `<channel>` is the
 * URI-encoded channel id, or `#` and its SHA-256 when that is long (see channelFolder). Logging appends the new lines
 * only, so a turn costs the same however long the conversation is; activities logged while an
 * append to the same conversation is under way go together in the next one. A line that cannot be
 * read (cut off when the process died mid-write) is left out. Paging follows botbuilder's
 * MemoryTranscriptStore: pages of 20 in timestamp order, the continuation token is the id of a full
 * page's last item (its position, `@<n>`, when that id is not unique, so paging always moves on),
 * and an empty token means there is no next page. With `writeBehind`, logging
 * resolves before the lines are appended (see WriteBehind); reading and deleting wait for them.
 */
export class FileTranscriptStore implements TranscriptStore {
  static readonly pageSize = 20;
  readonly #lock = new KeyLock();
  /** Lines waiting to be appended, by file. */
  readonly #queued = new Map<string, string[]>();
  /** Folders known to exist, so an append makes no `mkdir` call. */
  readonly #folders = new Set<string>();
  /** Files known to end with a whole line (this process appended to them). */
  readonly #whole = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly writeBehind?: WriteBehind,
  ) {}

  async logActivity(activity: Activity): Promise<void> {
    const { channelId } = activity;
    const conversationId = activity.conversation?.id;
    if (!channelId || !conversationId) throw new Error('FileTranscriptStore: an activity needs a channelId and a conversation id');
    const file = this.#fileOf(channelId, conversationId);
    this.#queued.set(file, [...(this.#queued.get(file) ?? []), `${JSON.stringify(activity)}\n`]);
    const appended = this.#lock.run(file, async () => {
      const lines = this.#queued.get(file);
      this.#queued.delete(file);
      if (lines !== undefined) await this.#append(file, lines.join(''));
    });
    await written(appended, this.writeBehind);
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const file = this.#fileOf(channelId, conversationId);
    const activities = (await this.#lock.run(file, () => readActivities(file)))
      .map(fromStored)
      .sort((a, b) => timeOf(a.timestamp) - timeOf(b.timestamp))
      .filter((activity) => startDate === undefined || timeOf(activity.timestamp) >= startDate.getTime());
    return pageOf(activities, (activity) => activity.id, continuationToken);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    if (!channelId) throw new Error('Missing channelId');
    const transcripts: TranscriptInfo[] = [];
    await this.#lock.settled();
    for (const file of await this.#files(channelId)) {
      // Reading the whole file for its first line: the console lists transcripts, a turn never does.
      // One file that cannot be read does not fail the list.
      const [first] = await readActivities(file).catch(() => []);
      if (first?.conversation?.id) transcripts.push({ channelId, id: first.conversation.id, created: new Date(first.timestamp ?? 0) });
    }
    transcripts.sort((a, b) => a.created.getTime() - b.created.getTime());
    return pageOf(transcripts, (transcript) => transcript.id, continuationToken);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const file = this.#fileOf(channelId, conversationId);
    await this.#lock.run(file, () => rm(file, { force: true }));
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await this.#lock.idle();
  }

  #channelDir(channelId: string): string {
    return join(this.dir, channelFolder(channelId));
  }

  #fileOf(channelId: string, conversationId: string): string {
    return shardedFile(this.#channelDir(channelId), conversationId, EXTENSION);
  }

  async #files(channelId: string): Promise<string[]> {
    const dir = this.#channelDir(channelId);
    try {
      const names = await readdir(dir, { recursive: true });
      return names.filter((name) => name.endsWith(EXTENSION)).map((name) => join(dir, name));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async #append(file: string, lines: string): Promise<void> {
    const folder = dirname(file);
    if (!this.#folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.#folders.add(folder);
    }
    // A line cut off by an earlier process is ended first, so that it does not swallow the new one.
    const text = this.#whole.has(file) || (await endsWholeLine(file)) ? lines : `\n${lines}`;
    // Synchronous, as in ShardedTextFiles: a few lines reach the operating system's cache in
    // microseconds, less than the thread-pool hand-overs of an asynchronous append cost.
    try {
      appendFileSync(file, text);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // The folder was removed since (by hand, or a clean-up): make it again.
      await mkdir(folder, { recursive: true });
      appendFileSync(file, text);
    }
    if (this.#whole.size >= MAX_KNOWN_FILES) this.#whole.clear();
    this.#whole.add(file);
  }
}

/** Longest channel folder name kept readable; longer channel ids are hashed (file names end at 255 bytes). */
const MAX_READABLE_CHANNEL = 100;

/**
 * The folder of a channel's transcripts: its URI-encoded id (as before, so stored transcripts stay
 * readable), or `#` and the SHA-256 of the id when that is long. URI encoding never leaves a `#`,
 * so the two kinds of names cannot meet.
 */
export function channelFolder(channelId: string): string {
  const encoded = encodeURIComponent(channelId).replaceAll('.', '%2E');
  return encoded.length <= MAX_READABLE_CHANNEL ? encoded : `#${createHash('sha256').update(channelId).digest('hex')}`;
}

/** Files remembered as whole at most; then they are checked again, so memory stays small. */
const MAX_KNOWN_FILES = 10_000;

/** Whether a file is missing, empty or ends with a line break. */
async function endsWholeLine(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isNotFound(error)) return true;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

/** The activities of one transcript file, in the order they were logged; none when there is no file. */
async function readActivities(file: string): Promise<StoredActivity[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  return text.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as StoredActivity];
    } catch {
      return [];
    }
  });
}

/**
 * The items after the one the token names (none when it is unknown), one page of them. The token
 * is the id of the previous page's last item, or `@<position>` when that id is not unique (or
 * missing): an id that repeats would otherwise send the reader back to its first occurrence, and
 * paging would never end.
 */
function pageOf<T>(items: T[], idOf: (item: T) => string | undefined, continuationToken?: string): PagedResult<T> {
  const start = continuationToken ? startAfter(items, idOf, continuationToken) : 0;
  const page = items.slice(start, start + FileTranscriptStore.pageSize);
  const lastAt = start + page.length - 1;
  const last = page.at(-1);
  if (page.length < FileTranscriptStore.pageSize || last === undefined) return { items: page, continuationToken: '' };
  const id = idOf(last);
  const unique = id !== undefined && id !== '' && items.findIndex((item) => idOf(item) === id) === lastAt && items.findLastIndex((item) => idOf(item) === id) === lastAt;
  return { items: page, continuationToken: unique ? id : `@${lastAt}` };
}

/** Where the page after the token starts; past the end when the token names nothing. */
function startAfter<T>(items: T[], idOf: (item: T) => string | undefined, token: string): number {
  const at = items.findIndex((item) => idOf(item) === token);
  if (at >= 0) return at + 1;
  const position = /^@(\d+)$/.exec(token)?.[1];
  return position === undefined ? items.length : Number(position) + 1;
}

function fromStored(stored: StoredActivity): Activity {
  const { timestamp, localTimestamp, ...rest } = stored;
  return {
    ...rest,
    ...(timestamp !== undefined ? { timestamp: new Date(timestamp) } : {}),
    ...(localTimestamp !== undefined ? { localTimestamp: new Date(localTimestamp) } : {}),
  };
}

function timeOf(date: Date | undefined): number {
  return date?.getTime() ?? 0;
}
