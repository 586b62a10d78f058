import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileRecords } from '../../src/records/lowdb/fileRecords.js';
import type { Records } from '../../src/records/types.js';
import { conversation, describeRecordsContract, planFor, request, TestClock } from './recordsContract.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-records-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeRecordsContract('file', (now) => createFileRecords(dir, now));

// Written behind, the records must still read as they were written: reads queue behind writes.
const writeFailures: unknown[] = [];
const unexpectedWriteError = (error: unknown) => void writeFailures.push(error);
afterEach(() => {
  expect(writeFailures).toEqual([]);
});
describeRecordsContract('file, written behind', (now) => createFileRecords(dir, now, { onError: unexpectedWriteError }));

describe('the file records written behind', () => {
  it('when a conversation record cannot be written, then the failure is reported, the turn is not failed and the next write works', async () => {
    const failures: unknown[] = [];
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the records folder should be');
    const records = createFileRecords(blocked, undefined, { onError: (error) => failures.push(error) });

    await expect(records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z'))).resolves.toBeUndefined();
    await records.flush?.();

    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toMatch(/ENOTDIR|EEXIST/);
    await rm(blocked);
    await records.conversations.upsert(conversation('c1', '2026-11-20T11:00:00.000Z'));
    await records.flush?.();
    expect(await createFileRecords(blocked).conversations.get('c1')).toMatchObject({ lastActivityAt: '2026-11-20T11:00:00.000Z' });
    expect(failures).toHaveLength(1);
  });

  it('when a call-back request cannot be written, then its writer still gets the error', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the records folder should be');
    const records = createFileRecords(blocked, undefined, { onError: unexpectedWriteError });

    await expect(records.callbacks.create(request('c1'))).rejects.toThrow();
  });
});

describe('the file records on disk', () => {
  let clock: TestClock;
  let records: Records;

  beforeEach(() => {
    clock = new TestClock();
    records = createFileRecords(dir, clock.now);
  });

  afterEach(async () => {
    await records.flush?.();
  });

  it('when many conversation records are written at once, then each has its own small file', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => records.conversations.upsert(conversation(`conversation-${i}`, '2026-11-20T10:00:00.000Z'))),
    );

    const files = (await readdir(join(dir, 'conversations'), { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(50);
  });

  it('when audit entries span several days, then there is one file per day', async () => {
    await records.audit.record({ user: 'an', action: 'sign-in' });
    clock.tick(86_400_000);
    await records.audit.record({ user: 'bo', action: 'sign-in-failed' });
    await records.flush?.();

    expect(await readdir(join(dir, 'audit'))).toEqual(['2026-11-20.json', '2026-11-21.json']);
  });

  it('when an event is counted, then the counts file holds no text or id but the event', async () => {
    await records.insights.count({ kind: 'step-reached', step: 'wrapup.score' });
    await records.flush?.();

    expect(JSON.parse(await readFile(join(dir, 'insights', 'counts.json'), 'utf8'))).toEqual({ stepsReached: { 'wrapup.score': 1 } });
  });

  it('when events are counted and nothing flushes, then the counts file is written by itself, all events in one go', async () => {
    await Promise.all([
      records.insights.count({ kind: 'step-reached', step: 'welcome' }),
      records.insights.count({ kind: 'step-reached', step: 'welcome' }),
    ]);

    let text = '';
    for (let tries = 0; tries < 50 && text === ''; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = await readFile(join(dir, 'insights', 'counts.json'), 'utf8').catch(() => '');
    }
    expect(JSON.parse(text)).toEqual({ stepsReached: { welcome: 2 } });
  });

  it('when a plan page is published, then its files hold neither the token, the conversation id nor the words of the plan', async () => {
    const token = await records.planPages.publish('webchat', 'conversation-with-a-plan', planFor('conversation-with-a-plan'));
    await records.flush?.();

    const folder = join(dir, 'plan-pages');
    const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(2);
    const stored = (await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')))).join('\n');
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('conversation-with-a-plan');
    expect(stored).not.toContain('infoavond');
    expect(await records.planPages.open(token, new Date(0))).toEqual(planFor('conversation-with-a-plan'));
  });
});
