import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ConversationState, TestAdapter, UserState } from 'botbuilder';
import { CREATE_ONLY_ETAG, ETagConflictError } from '../../src/storage/eTagConflict.js';
import { FileStorage } from '../../src/storage/fileStorage.js';

const key = 'webchat/conversations/abc';

let dir: string;
let storage: FileStorage;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-storage-'));
  storage = new FileStorage({ dir });
});

afterEach(async () => {
  await storage.flush();
  await rm(dir, { recursive: true, force: true });
});

/** The documents of a state file, one JSON document per line. */
function linesOf(text: string): unknown[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line): unknown => JSON.parse(line));
}

async function eTagOf(itemKey: string): Promise<string> {
  const items = await storage.read([itemKey]);
  const eTag: unknown = items[itemKey]?.eTag;
  if (typeof eTag !== 'string') throw new Error(`no eTag stored for ${itemKey}`);
  return eTag;
}

describe('FileStorage reading and writing', () => {
  it('when an item is written, then reading it returns the item with a fresh eTag', async () => {
    await storage.write({ [key]: { step: 'intake.age', answers: { age: 17 } } });

    const items = await storage.read([key]);

    expect(items[key]).toEqual({ step: 'intake.age', answers: { age: 17 }, eTag: expect.any(String) });
  });

  it('when an unknown key is read, then it is absent from the result', async () => {
    await storage.write({ [key]: { n: 1 } });

    const items = await storage.read([key, 'msteams/users/29:nobody']);

    expect(Object.keys(items)).toEqual([key]);
  });

  it('when a key is written, then its file lies in a folder named after the first two hex characters of its hash and holds the key', async () => {
    await storage.write({ 'msteams/users/29:xyz': { n: 1 } });

    const file = storage.fileFor('msteams/users/29:xyz');
    const hash = basename(file, '.json');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(dirname(file)).toBe(join(dir, hash.slice(0, 2)));
    expect(linesOf(await readFile(file, 'utf-8'))).toEqual([expect.objectContaining({ key: 'msteams/users/29:xyz', item: expect.objectContaining({ n: 1 }) })]);
  });

  it('when the caller changes an item after calling write, then the stored item and the caller’s eTag are unchanged', async () => {
    const item = { answers: ['eerste'], eTag: '*' };

    const writing = storage.write({ [key]: item });
    item.answers.push('later');
    await writing;

    expect((await storage.read([key]))[key]).toMatchObject({ answers: ['eerste'] });
    expect(item.eTag).toBe('*');
  });

  it('when items are written repeatedly, then every write gives a new eTag', async () => {
    const eTags = new Set<string>();
    for (let turn = 0; turn < 5; turn++) {
      await storage.write({ [key]: { turn } });
      eTags.add(await eTagOf(key));
    }

    expect(eTags.size).toBe(5);
  });

  it('when a key is deleted, then it reads as absent, its file is gone, and deleting a missing key is fine', async () => {
    await storage.write({ [key]: { n: 1 }, other: { n: 2 } });

    await storage.delete([key, 'never-written']);

    expect(await storage.read([key, 'other'])).toEqual({ other: { n: 2, eTag: expect.any(String) } });
    await expect(readFile(storage.fileFor(key))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('when 2000 conversations are stored, then each one reads back its own item and no folder holds them all', async () => {
    const keys = Array.from({ length: 2000 }, (_, index) => `webchat/conversations/c${index}`);
    await storage.write(Object.fromEntries(keys.map((itemKey, index) => [itemKey, { index }])));

    const items = await storage.read(keys);

    keys.forEach((itemKey, index) => expect(items[itemKey]).toMatchObject({ index }));
    const shards = await readdir(dir);
    expect(shards.length).toBeLessThanOrEqual(256);
    const largestShard = Math.max(...(await Promise.all(shards.map(async (shard) => (await readdir(join(dir, shard))).length))));
    expect(largestShard).toBeLessThan(100);
  });
});

describe('FileStorage eTag concurrency', () => {
  it('when an item is written with "*" or without eTag, then it overwrites whatever is stored', async () => {
    await storage.write({ [key]: { n: 1 } });
    await storage.write({ [key]: { n: 2, eTag: '*' } });
    await storage.write({ [key]: { n: 3 } });

    expect((await storage.read([key]))[key]).toMatchObject({ n: 3 });
  });

  it('when an item is written with the stored eTag, then it is saved', async () => {
    await storage.write({ [key]: { n: 1 } });

    await storage.write({ [key]: { n: 2, eTag: await eTagOf(key) } });

    expect((await storage.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('when an item is written with a stale eTag, then write rejects with an eTag conflict naming the key and keeps the stored item', async () => {
    await storage.write({ [key]: { n: 1 } });
    const stale = await eTagOf(key);
    await storage.write({ [key]: { n: 2, eTag: stale } });

    await expect(storage.write({ [key]: { n: 3, eTag: stale } })).rejects.toThrow(
      `FileStorage: error writing "${key}" due to eTag conflict.`,
    );
    expect((await storage.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('when one of several changes conflicts, then write rejects and the other changes are saved', async () => {
    await storage.write({ [key]: { n: 1 } });

    await expect(storage.write({ [key]: { n: 2, eTag: 'stale' }, other: { n: 9 } })).rejects.toThrow('eTag conflict');

    expect(await storage.read([key, 'other'])).toMatchObject({ [key]: { n: 1 }, other: { n: 9 } });
  });

  it('when an item read as missing is created by two writers, then the first creates it and the second gets an eTag conflict', async () => {
    await storage.write({ [key]: { writer: 'a', eTag: CREATE_ONLY_ETAG } });

    const refused = storage.write({ [key]: { writer: 'b', eTag: CREATE_ONLY_ETAG } });

    await expect(refused).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read([key]))[key]).toMatchObject({ writer: 'a' });
  });

  it('when an item with an eTag is written to an unknown key, then it is stored, as MemoryStorage does', async () => {
    await storage.write({ [key]: { n: 1, eTag: 'from-elsewhere' } });

    expect((await storage.read([key]))[key]).toMatchObject({ n: 1 });
  });

  it('when 50 writes with "*" to one key run at once, then every line of the file is valid JSON and the last holds the value of the last write to finish', async () => {
    const finished: number[] = [];

    await Promise.all(
      Array.from({ length: 50 }, (_, n) => storage.write({ [key]: { n, eTag: '*' } }).then(() => finished.push(n))),
    );

    expect(finished).toHaveLength(50);
    const lines = linesOf(await readFile(storage.fileFor(key), 'utf-8'));
    expect(lines.at(-1)).toMatchObject({ key, item: { n: finished.at(-1) } });
    expect((await storage.read([key]))[key]).toMatchObject({ n: finished.at(-1) });
    expect(await readdir(dirname(storage.fileFor(key)))).toEqual([basename(storage.fileFor(key))]);
  });

  it('when ten writers use the same eTag at once, then exactly one wins and the others get an eTag conflict', async () => {
    await storage.write({ [key]: { writer: -1 } });
    const eTag = await eTagOf(key);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, writer) => storage.write({ [key]: { writer, eTag } })),
    );

    const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toEqual(expect.objectContaining({ message: expect.stringContaining('eTag conflict') }));
    }
    expect((await storage.read([key]))[key]).toMatchObject({ writer: winners[0] });
  });
});

describe('FileStorage across restarts', () => {
  it('when a new instance opens the same folder, then it reads what the old one wrote and accepts its eTags', async () => {
    await storage.write({ [key]: { n: 1 } });
    const eTag = await eTagOf(key);

    const restarted = new FileStorage({ dir });

    expect((await restarted.read([key]))[key]).toEqual({ n: 1, eTag });
    await restarted.write({ [key]: { n: 2, eTag } });
    expect((await restarted.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('when writes are not awaited but flush is, then a new instance reads every one of them', async () => {
    const keys = Array.from({ length: 20 }, (_, index) => `k${index}`);
    for (const [index, itemKey] of keys.entries()) void storage.write({ [itemKey]: { index } });

    await storage.flush();

    const items = await new FileStorage({ dir }).read(keys);
    expect(Object.keys(items)).toHaveLength(20);
  });

  it('when botbuilder’s ConversationState and UserState save through it, then a restarted bot continues the conversation', async () => {
    const runBot = (turnStorage: FileStorage): TestAdapter => {
      const conversationState = new ConversationState(turnStorage);
      const userState = new UserState(turnStorage);
      const turns = conversationState.createProperty<number>('turns');
      const name = userState.createProperty<string>('name');
      return new TestAdapter(async (context) => {
        const count = (await turns.get(context, 0)) + 1;
        await turns.set(context, count);
        const text = context.activity.text ?? '';
        if (text.startsWith('ik ben ')) await name.set(context, text.slice('ik ben '.length));
        await context.sendActivity(`${count} ${await name.get(context, '?')}`);
        await conversationState.saveChanges(context);
        await userState.saveChanges(context);
      });
    };

    await runBot(storage).send('hallo').assertReply('1 ?').send('ik ben Sam').assertReply('2 Sam');
    await storage.flush();
    await runBot(new FileStorage({ dir })).send('ik ben er weer').assertReply('3 er weer');
  });
});

describe('FileStorage writing each key as a log of documents', () => {
  it('when a key is written three times, then its file holds three lines and a restarted instance reads the last', async () => {
    for (const n of [1, 2, 3]) await storage.write({ [key]: { n } });

    expect(linesOf(await readFile(storage.fileFor(key), 'utf-8'))).toHaveLength(3);
    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 3 });
  });

  it('when a key is written 300 times, then its file is replaced now and then and stays small', async () => {
    const filler = 'x'.repeat(1_000);
    let largest = 0;
    for (let n = 1; n <= 300; n += 1) {
      await storage.write({ [key]: { n, filler } });
      largest = Math.max(largest, (await stat(storage.fileFor(key))).size);
    }

    expect(largest).toBeLessThanOrEqual(32 * 1024);
    expect(linesOf(await readFile(storage.fileFor(key), 'utf-8')).length).toBeLessThan(32);
    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 300 });
  });

  it('when the last line was cut off (the machine stopped mid-write), then a restarted instance reads the item before it and writes on with whole lines', async () => {
    await storage.write({ [key]: { n: 1 } });
    await storage.write({ [key]: { n: 2 } });
    await appendFile(storage.fileFor(key), '{"key":"webchat/conversations/abc","item":{"n":3,');

    const restarted = new FileStorage({ dir });
    expect((await restarted.read([key]))[key]).toMatchObject({ n: 2 });
    await restarted.write({ [key]: { n: 4, eTag: '*' } });

    expect(linesOf(await readFile(storage.fileFor(key), 'utf-8'))).toEqual([expect.objectContaining({ item: expect.objectContaining({ n: 4 }) })]);
    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 4 });
  });

  it.each([
    ['one compact document', (document: object) => JSON.stringify(document)],
    ['one pretty-printed document', (document: object) => JSON.stringify(document, null, 2)],
  ])('when a file holds %s without a line break (as written before the log), then it reads and the next write goes on from it', async (_, format) => {
    await storage.write({ [key]: { n: 0 } });
    await writeFile(storage.fileFor(key), format({ key, item: { n: 1, eTag: 'old' } }));

    const restarted = new FileStorage({ dir });
    expect((await restarted.read([key]))[key]).toEqual({ n: 1, eTag: 'old' });
    await restarted.write({ [key]: { n: 2, eTag: 'old' } });

    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 2 });
  });
});

describe('FileStorage with a damaged file', () => {
  // Files are damaged while no instance has them in memory: as after a restart.
  it('when a stored file is not valid JSON, then read rejects with an error naming the key and the file', async () => {
    await storage.write({ [key]: { n: 1 } });
    const file = storage.fileFor(key);
    await writeFile(file, '{"key": "webchat/conv');

    await expect(new FileStorage({ dir }).read([key])).rejects.toThrow(`FileStorage: cannot read "${key}" from ${file}`);
  });

  it('when a stored file holds another key, then read rejects with an error naming the key and the file', async () => {
    const file = storage.fileFor(key);
    await storage.write({ [key]: { n: 1 } });
    await writeFile(file, JSON.stringify({ key: 'someone-else', item: { eTag: '1' } }));

    await expect(new FileStorage({ dir }).read([key])).rejects.toThrow(`FileStorage: ${file} does not hold a valid item for "${key}"`);
  });

  it('when a damaged file is overwritten with "*", then the key reads normally again', async () => {
    await storage.write({ [key]: { n: 1 } });
    await writeFile(storage.fileFor(key), '');
    const restarted = new FileStorage({ dir });

    await restarted.write({ [key]: { n: 2, eTag: '*' } });

    expect((await restarted.read([key]))[key]).toMatchObject({ n: 2 });
    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 2 });
  });
});

describe('FileStorage keeping recent files in memory', () => {
  it('when an item is read, then changing the returned object changes neither the stored item nor the next read', async () => {
    await storage.write({ [key]: { answers: ['eerste'] } });

    const first = (await storage.read([key]))[key] as { answers: string[] };
    first.answers.push('later');

    expect((await storage.read([key]))[key]).toMatchObject({ answers: ['eerste'] });
    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ answers: ['eerste'] });
  });

  it('when more keys are used than it keeps, then every key still reads back its own item from disk', async () => {
    const small = new FileStorage({ dir, cachedFiles: 3 });
    const keys = Array.from({ length: 10 }, (_, i) => `webchat/conversations/c${i}`);
    await small.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));

    const items = await small.read(keys);

    expect(keys.map((k) => items[k]?.i)).toEqual(keys.map((_, i) => i));
  });

  it('when a read key was deleted, then it reads as absent and can be written again', async () => {
    await storage.write({ [key]: { n: 1 } });
    await storage.read([key]);

    await storage.delete([key]);

    expect(await storage.read([key])).toEqual({});
    await storage.write({ [key]: { n: 2, eTag: 'stale-etag-of-the-deleted-item' } });
    expect((await storage.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('when a shard folder is removed while running, then the next write makes it again', async () => {
    await storage.write({ [key]: { n: 1 } });
    await rm(dirname(storage.fileFor(key)), { recursive: true });

    await storage.write({ [key]: { n: 3 } });

    expect((await new FileStorage({ dir }).read([key]))[key]).toMatchObject({ n: 3 });
  });
});
