import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { WriteBehind } from '../../src/storage/writeBehind.js';
import { FileTranscriptStore } from '../../src/transcripts/fileTranscriptStore.js';

let dir: string;
let store: FileTranscriptStore;

const start = Date.parse('2026-11-20T10:00:00.000Z');

function activity(conversationId: string, n: number, channelId = 'webchat'): Activity {
  return {
    type: 'message',
    id: `${conversationId}-${n}`,
    text: `bericht ${n}`,
    timestamp: new Date(start + n * 1000),
    channelId,
    conversation: { id: conversationId },
    from: { id: 'user', name: '', role: 'user' },
  } as Activity;
}

async function logMany(conversationId: string, count: number, channelId = 'webchat'): Promise<void> {
  for (let n = 0; n < count; n += 1) await store.logActivity(activity(conversationId, n, channelId));
}

// Written behind, a transcript must read as it was written: reading and deleting queue behind appends.
const writeFailures: unknown[] = [];
const unexpectedWriteError = (error: unknown) => void writeFailures.push(error);
afterEach(() => {
  expect(writeFailures).toEqual([]);
});

describe.each([
  ['written through', undefined],
  ['written behind', { onError: unexpectedWriteError }],
])('FileTranscriptStore, %s', (_mode, writeBehind: WriteBehind | undefined) => {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-transcripts-'));
    store = new FileTranscriptStore(dir, writeBehind);
  });

  afterEach(async () => {
    await store.flush();
    await rm(dir, { recursive: true, force: true });
  });

  describe('logging and reading', () => {
    it('when activities are logged, then they come back in timestamp order with their dates as dates', async () => {
      await store.logActivity(activity('c1', 2));
      await store.logActivity(activity('c1', 1));

      const page = await store.getTranscriptActivities('webchat', 'c1');

      expect(page.items.map((a) => a.id)).toEqual(['c1-1', 'c1-2']);
      expect(page.items[0]?.timestamp).toEqual(new Date(start + 1000));
      expect(page.continuationToken).toBe('');
    });

    it('when activities of one conversation are logged at once, then none is lost and they keep their order', async () => {
      await Promise.all(Array.from({ length: 10 }, (_, n) => store.logActivity({ ...activity('c1', n), timestamp: new Date(start) })));

      const page = await store.getTranscriptActivities('webchat', 'c1');

      expect(page.items.map((a) => a.id)).toEqual(Array.from({ length: 10 }, (_, n) => `c1-${n}`));
    });

    it('when a conversation is logged, then its transcript is one file under the channel with one JSON activity per line', async () => {
      await logMany('c1', 2);
      await store.flush();

      const files = (await readdir(join(dir, 'webchat'), { recursive: true })).filter((name) => name.endsWith('.jsonl'));
      expect(files).toHaveLength(1);
      const lines = (await readFile(join(dir, 'webchat', files[0] ?? ''), 'utf8')).trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line))).toMatchObject([
        { text: 'bericht 0', conversation: { id: 'c1' } },
        { text: 'bericht 1', conversation: { id: 'c1' } },
      ]);
    });

    it('when more is logged, then the new activities are added to the end of the file and the rest stays as it was', async () => {
      await logMany('c1', 2);
      await store.flush();
      const [file] = (await readdir(join(dir, 'webchat'), { recursive: true })).filter((name) => name.endsWith('.jsonl'));
      const before = await readFile(join(dir, 'webchat', file ?? ''), 'utf8');

      await store.logActivity(activity('c1', 2));
      await store.flush();

      const after = await readFile(join(dir, 'webchat', file ?? ''), 'utf8');
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length).trimEnd().split('\n')).toHaveLength(1);
    });

    it('when the last line was cut off (the process died while writing), then the activities before it are read', async () => {
      await logMany('c1', 2);
      await store.flush();
      const [file] = (await readdir(join(dir, 'webchat'), { recursive: true })).filter((name) => name.endsWith('.jsonl'));
      await appendFile(join(dir, 'webchat', file ?? ''), '{"type":"message","text":"half');

      const restarted = new FileTranscriptStore(dir);
      expect((await restarted.getTranscriptActivities('webchat', 'c1')).items.map((a) => a.text)).toEqual(['bericht 0', 'bericht 1']);

      await restarted.logActivity(activity('c1', 2));

      const page = await restarted.getTranscriptActivities('webchat', 'c1');
      expect(page.items.map((a) => a.text)).toEqual(['bericht 0', 'bericht 1', 'bericht 2']);
    });

    it('when the store is created again on the same folder, then it reads the transcripts written before', async () => {
      await logMany('c1', 3);
      await store.flush();

      const page = await new FileTranscriptStore(dir).getTranscriptActivities('webchat', 'c1');

      expect(page.items.map((a) => a.text)).toEqual(['bericht 0', 'bericht 1', 'bericht 2']);
    });

    it('when a start date is given, then earlier activities are left out', async () => {
      await logMany('c1', 5);

      const page = await store.getTranscriptActivities('webchat', 'c1', undefined, new Date(start + 3000));

      expect(page.items.map((a) => a.id)).toEqual(['c1-3', 'c1-4']);
    });

    it('when an unknown conversation or channel is read, then the page is empty', async () => {
      await logMany('c1', 1);

      expect(await store.getTranscriptActivities('webchat', 'other')).toEqual({ items: [], continuationToken: '' });
      expect(await store.getTranscriptActivities('msteams', 'c1')).toEqual({ items: [], continuationToken: '' });
    });

    it.each([
      ['an activity without a conversation', () => store.logActivity({ ...activity('c1', 0), conversation: { id: '' } } as Activity)],
      ['reading without a channel', () => store.getTranscriptActivities('', 'c1')],
      ['reading without a conversation', () => store.getTranscriptActivities('webchat', '')],
      ['listing without a channel', () => store.listTranscripts('')],
      ['deleting without a conversation', () => store.deleteTranscript('webchat', '')],
    ])('when %s is asked for, then it is refused', async (_case, call) => {
      await expect(call()).rejects.toThrow();
    });
  });

  describe('paging, as MemoryTranscriptStore', () => {
    it.each([
      [5, [5]],
      [20, [20, 0]],
      [45, [20, 20, 5]],
    ])('when %i activities are stored, then the pages hold %j', async (count, sizes) => {
      await logMany('c1', count);

      const pages: number[] = [];
      const ids: string[] = [];
      let token: string | undefined;
      do {
        const page = await store.getTranscriptActivities('webchat', 'c1', token);
        pages.push(page.items.length);
        ids.push(...page.items.map((a) => a.id ?? ''));
        token = page.continuationToken === '' ? undefined : page.continuationToken;
      } while (token !== undefined);

      expect(pages).toEqual(sizes);
      expect(ids).toEqual(Array.from({ length: count }, (_, n) => `c1-${n}`));
    });

    it('when the continuation token is unknown, then the page is empty', async () => {
      await logMany('c1', 3);

      expect((await store.getTranscriptActivities('webchat', 'c1', 'unknown')).items).toEqual([]);
    });

    it('when conversations are listed, then each comes once, oldest first, in pages of 20', async () => {
      for (let i = 0; i < 25; i += 1) {
        await store.logActivity({ ...activity(`c${i}`, 0), timestamp: new Date(start + (25 - i) * 1000) });
        await store.logActivity({ ...activity(`c${i}`, 1), timestamp: new Date(start + 60_000) });
      }
      await logMany('elsewhere', 1, 'msteams');

      const first = await store.listTranscripts('webchat');
      const second = await store.listTranscripts('webchat', first.continuationToken);

      expect(first.items).toHaveLength(20);
      expect(first.items[0]).toEqual({ channelId: 'webchat', id: 'c24', created: new Date(start + 1000) });
      expect(first.continuationToken).toBe('c5');
      expect(second.items.map((t) => t.id)).toEqual(['c4', 'c3', 'c2', 'c1', 'c0']);
      expect(second.continuationToken).toBe('');
      expect((await store.listTranscripts('msteams')).items.map((t) => t.id)).toEqual(['elsewhere']);
    });
  });

  describe('deleting', () => {
    it('when a transcript is deleted, then it is gone and the others stay', async () => {
      await logMany('c1', 2);
      await logMany('c2', 2);

      await store.deleteTranscript('webchat', 'c1');
      await store.deleteTranscript('webchat', 'never-logged');

      expect((await store.getTranscriptActivities('webchat', 'c1')).items).toEqual([]);
      expect((await store.getTranscriptActivities('webchat', 'c2')).items).toHaveLength(2);
      expect((await store.listTranscripts('webchat')).items.map((t) => t.id)).toEqual(['c2']);
    });
  });
});

describe('FileTranscriptStore written behind', () => {
  it('when the lines cannot be appended, then logging resolves, the failure is reported and later lines are written', async () => {
    const failures: unknown[] = [];
    const base = await mkdtemp(join(tmpdir(), 'file-transcripts-'));
    const blocked = join(base, 'blocked');
    await writeFile(blocked, 'a file where the transcripts folder should be');
    const behind = new FileTranscriptStore(blocked, { onError: (error) => failures.push(error) });

    await expect(behind.logActivity(activity('c1', 0))).resolves.toBeUndefined();
    await behind.flush();
    expect(failures).toHaveLength(1);

    await rm(blocked);
    await behind.logActivity(activity('c1', 1));
    expect((await behind.getTranscriptActivities('webchat', 'c1')).items.map((a) => a.text)).toEqual(['bericht 1']);
    expect(failures).toHaveLength(1);
    await rm(base, { recursive: true, force: true });
  });
});
