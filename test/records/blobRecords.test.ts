import { ContainerClient } from '@azure/storage-blob';
import { createBlobRecords } from '../../src/records/blob/blobRecords.js';
import type { ConversationRecord, NewCallbackRequest, Records } from '../../src/records/types.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

let azurite: Azurite;
let container: ContainerClient;
let records: Records;
let clock: Date;
let run = 0;

const now = () => clock;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite.stop();
});

beforeEach(async () => {
  run += 1;
  clock = new Date('2026-11-20T10:00:00.000Z');
  container = new ContainerClient(azurite.connectionString, `records-${run}`);
  await container.createIfNotExists();
  records = createBlobRecords(container, 'records/', now);
});

function conversation(id: string, lastActivityAt: string, extra: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    conversationId: id,
    channelId: 'webchat',
    startedAt: '2026-11-20T09:00:00.000Z',
    lastActivityAt,
    crisis: false,
    callbackRequested: false,
    messageCount: 4,
    ...extra,
  };
}

function request(conversationId: string): NewCallbackRequest {
  return { conversationId, contact: { kind: 'phone', value: '0470 12 34 56' }, summary: 'wil duaal leren', region: 'oost-vlaanderen' };
}

function tick(ms: number): void {
  clock = new Date(clock.getTime() + ms);
}

describe('the Blob conversation index', () => {
  it('when a record is upserted, then get returns it, and an unknown id gives undefined', async () => {
    await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z', { wish: 'combine', score: 8 }));

    expect(await records.conversations.get('c1')).toEqual(conversation('c1', '2026-11-20T10:00:00.000Z', { wish: 'combine', score: 8 }));
    expect(await records.conversations.get('c2')).toBeUndefined();
  });

  it('when a record is upserted again, then the new one replaces the old one', async () => {
    await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z'));
    await records.conversations.upsert(conversation('c1', '2026-11-20T10:05:00.000Z', { messageCount: 9 }));

    expect(await records.conversations.list()).toEqual([conversation('c1', '2026-11-20T10:05:00.000Z', { messageCount: 9 })]);
  });

  it('when several conversations are stored, then list gives the newest activity first', async () => {
    await records.conversations.upsert(conversation('b', '2026-11-20T10:01:00.000Z'));
    await records.conversations.upsert(conversation('c', '2026-11-20T10:03:00.000Z'));
    await records.conversations.upsert(conversation('a', '2026-11-20T10:02:00.000Z'));

    expect((await records.conversations.list()).map((r) => r.conversationId)).toEqual(['c', 'a', 'b']);
  });

  it('when a Teams-style id with colons and semicolons is used, then it is stored and deleted like any other', async () => {
    const id = 'a:1Xk9_f;messageid=1732096000000/x';
    await records.conversations.upsert(conversation(id, '2026-11-20T10:00:00.000Z'));
    expect((await records.conversations.get(id))?.conversationId).toBe(id);

    await records.conversations.delete(id);
    await records.conversations.delete(id);

    expect(await records.conversations.list()).toEqual([]);
  });
});

describe('the Blob call-back store', () => {
  it('when a request is created, then it is new, has an id and timestamps, and is listed', async () => {
    const created = await records.callbacks.create(request('c1'));

    expect(created).toEqual({
      ...request('c1'),
      id: expect.any(String),
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      status: 'new',
    });
    expect(await records.callbacks.list()).toEqual([created]);
  });

  it('when several requests are created, then list gives the newest first', async () => {
    const first = await records.callbacks.create(request('c1'));
    tick(1000);
    const second = await records.callbacks.create(request('c2'));
    tick(1000);
    const third = await records.callbacks.create(request('c3'));

    expect((await records.callbacks.list()).map((r) => r.id)).toEqual([third.id, second.id, first.id]);
  });

  it('when a counsellor takes a request, then its status, taker and update time change and the rest stays', async () => {
    const created = await records.callbacks.create(request('c1'));
    tick(60_000);

    const updated = await records.callbacks.update(created.id, { status: 'taken', takenBy: 'an@clb.be' });

    const expected = { ...created, status: 'taken', takenBy: 'an@clb.be', updatedAt: '2026-11-20T10:01:00.000Z' };
    expect(updated).toEqual(expected);
    expect(await records.callbacks.list()).toEqual([expected]);
  });

  it('when an unknown request is updated, then the result is undefined and nothing is created', async () => {
    expect(await records.callbacks.update('nope', { status: 'done' })).toBeUndefined();
    expect(await records.callbacks.list()).toEqual([]);
  });

  it('when two instances update the same request at once, then both succeed and the request stays whole', async () => {
    const created = await records.callbacks.create(request('c1'));
    const other = createBlobRecords(container, 'records/', now);

    const [a, b] = await Promise.all([
      records.callbacks.update(created.id, { status: 'taken', takenBy: 'an@clb.be' }),
      other.callbacks.update(created.id, { status: 'done', takenBy: 'bo@clb.be' }),
    ]);

    expect(a?.status).toBe('taken');
    expect(b?.status).toBe('done');
    const [stored] = await records.callbacks.list();
    expect([a, b]).toContainEqual(stored);
  });

  it("when a conversation's requests are deleted, then only the other conversations' requests stay", async () => {
    await records.callbacks.create(request('c1'));
    const kept = await records.callbacks.create(request('c2'));
    await records.callbacks.create(request('c1'));

    await records.callbacks.deleteForConversation('c1');

    expect(await records.callbacks.list()).toEqual([kept]);
  });

  it('when requests older than a date are deleted, then it says how many and the newer ones stay', async () => {
    await records.callbacks.create(request('old-1'));
    await records.callbacks.create(request('old-2'));
    tick(86_400_000);
    const recent = await records.callbacks.create(request('recent'));

    const deleted = await records.callbacks.deleteOlderThan(new Date('2026-11-21T00:00:00.000Z'));

    expect(deleted).toBe(2);
    expect(await records.callbacks.list()).toEqual([recent]);
  });
});

describe('the Blob audit log', () => {
  it('when entries are recorded, then list gives the newest first, at most the limit', async () => {
    await records.audit.record({ user: 'an', action: 'sign-in' });
    tick(1000);
    await records.audit.record({ user: 'an', action: 'open-conversation', target: 'c1' });
    tick(1000);
    await records.audit.record({ user: 'an', action: 'sign-out' });

    expect(await records.audit.list(2)).toEqual([
      { user: 'an', action: 'sign-out', at: '2026-11-20T10:00:02.000Z' },
      { user: 'an', action: 'open-conversation', target: 'c1', at: '2026-11-20T10:00:01.000Z' },
    ]);
    expect((await records.audit.list(10)).map((e) => e.action)).toEqual(['sign-out', 'open-conversation', 'sign-in']);
  });

  it('when entries are recorded within the same millisecond, then the later one is listed first', async () => {
    await records.audit.record({ user: 'an', action: 'sign-in' });
    await records.audit.record({ user: 'an', action: 'export-conversation', target: 'c1' });

    expect((await records.audit.list(5)).map((e) => e.action)).toEqual(['export-conversation', 'sign-in']);
  });
});

describe('the Blob insight store', () => {
  it('when events are counted, then read gives the counts per chart, unanswered questions most frequent first', async () => {
    await records.insights.count({ kind: 'conversation-started', week: '2026-W47' });
    await records.insights.count({ kind: 'conversation-started', week: '2026-W47' });
    await records.insights.count({ kind: 'step-reached', step: 'intake.age' });
    await records.insights.count({ kind: 'outcome-chosen', wish: 'combine' });
    await records.insights.count({ kind: 'score-given', score: 8 });
    await records.insights.count({ kind: 'crisis-flagged', week: '2026-W47' });
    await records.insights.count({ kind: 'question-unanswered', question: 'wat is een groeipakket?' });
    await records.insights.count({ kind: 'question-unanswered', question: 'hoe lang duurt de wachttijd?' });
    await records.insights.count({ kind: 'question-unanswered', question: 'hoe lang duurt de wachttijd?' });

    expect(await records.insights.read()).toEqual({
      conversationsPerWeek: { '2026-W47': 2 },
      stepsReached: { 'intake.age': 1 },
      outcomes: { combine: 1 },
      scores: { '8': 1 },
      crisisPerWeek: { '2026-W47': 1 },
      unanswered: [
        { question: 'hoe lang duurt de wachttijd?', count: 2 },
        { question: 'wat is een groeipakket?', count: 1 },
      ],
    });
  });

  it('when two instances count the same event many times at once, then no count is lost', async () => {
    const other = createBlobRecords(container, 'records/', now);
    const event = { kind: 'step-reached', step: 'welcome' } as const;

    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? records : other).insights.count(event)),
    );

    expect((await records.insights.read()).stepsReached).toEqual({ welcome: 40 });
  });
});
