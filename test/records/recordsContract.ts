import { conversationKey } from '../../src/records/conversationKey.js';
import type { Plan } from '../../src/plan/plan.js';
import type { ConversationRecord, NewCallbackRequest, Records } from '../../src/records/types.js';

/** A clock the tests move by hand; starts at 2026-11-20 10:00 UTC. */
export class TestClock {
  #current = new Date('2026-11-20T10:00:00.000Z');

  readonly now = (): Date => this.#current;

  tick(ms: number): void {
    this.#current = new Date(this.#current.getTime() + ms);
  }
}

export function conversation(id: string, lastActivityAt: string, extra: Partial<ConversationRecord> = {}): ConversationRecord {
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

export function request(conversationId: string): NewCallbackRequest {
  return { conversationId, contact: { kind: 'phone', value: '0470 12 34 56' }, summary: 'wil duaal leren', region: 'oost-vlaanderen' };
}

/** A small plan whose situation names its conversation, so a test can tell plans apart. */
export function planFor(conversationId: string): Plan {
  return { title: 'Ik kan… werk maken van mijn toekomst', situation: [`plan van ${conversationId}`], steps: ['Ga naar de infoavond.'], rules: [], contacts: [], helplines: [] };
}

/**
 * Opens records on the storage of the current test (set up by the caller's `beforeEach`); a
 * second call opens another instance on the same storage, as after a restart.
 */
export type OpenRecords = (now: () => Date) => Records;

/** Registers the behaviour every storage backend of the records must have. */
export function describeRecordsContract(backend: string, open: OpenRecords): void {
  describe(`the ${backend} records`, () => {
    let clock: TestClock;
    let records: Records;

    /** Another instance on the same storage, once everything written so far is stored. */
    const restarted = async (): Promise<Records> => {
      await records.flush?.();
      return open(clock.now);
    };

    beforeEach(() => {
      clock = new TestClock();
      records = open(clock.now);
    });

    afterEach(async () => {
      await records.flush?.();
    });

    describe('conversation index', () => {
      it('when a record is upserted, then get returns it, and an unknown id gives undefined', async () => {
        await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z', { wish: 'combine', score: 8 }));

        expect(await records.conversations.get('c1')).toEqual(conversation('c1', '2026-11-20T10:00:00.000Z', { wish: 'combine', score: 8 }));
        expect(await records.conversations.get('c2')).toBeUndefined();
      });

      it('when a record is upserted again, then the new one replaces the old one', async () => {
        await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z'));
        await records.conversations.upsert(conversation('c1', '2026-11-20T11:00:00.000Z', { messageCount: 9 }));

        expect(await records.conversations.list()).toEqual([conversation('c1', '2026-11-20T11:00:00.000Z', { messageCount: 9 })]);
      });

      it('when several records are stored, then list gives the newest activity first', async () => {
        await records.conversations.upsert(conversation('old', '2026-11-01T10:00:00.000Z'));
        await records.conversations.upsert(conversation('new', '2026-11-20T10:00:00.000Z'));
        await records.conversations.upsert(conversation('mid', '2026-11-10T10:00:00.000Z'));

        expect((await records.conversations.list()).map((r) => r.conversationId)).toEqual(['new', 'mid', 'old']);
      });

      it('when a record is deleted, then it is gone and the others stay', async () => {
        await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z'));
        await records.conversations.upsert(conversation('c2', '2026-11-20T10:00:00.000Z'));

        await records.conversations.delete('c1');
        await records.conversations.delete('never-stored');

        expect((await records.conversations.list()).map((r) => r.conversationId)).toEqual(['c2']);
      });

      it('when a Teams-style id with colons and semicolons is used, then it is stored and deleted like any other', async () => {
        const id = 'a:1Xk9_f;messageid=1732096000000/x';
        await records.conversations.upsert(conversation(id, '2026-11-20T10:00:00.000Z'));
        expect((await records.conversations.get(id))?.conversationId).toBe(id);

        await records.conversations.delete(id);
        await records.conversations.delete(id);

        expect(await records.conversations.list()).toEqual([]);
      });

      it('when the store is opened again on the same storage, then it reads the records written before', async () => {
        await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z'));

        expect(await (await restarted()).conversations.get('c1')).toEqual(conversation('c1', '2026-11-20T10:00:00.000Z'));
      });

      it('when 20 updates of one record run at once, then none of them is lost', async () => {
        await Promise.all(
          Array.from({ length: 20 }, () =>
            records.conversations.update('c1', (current) => ({
              ...(current ?? conversation('c1', '2026-11-20T10:00:00.000Z')),
              messageCount: (current?.messageCount ?? 0) + 1,
            })),
          ),
        );

        expect((await records.conversations.get('c1'))?.messageCount).toBe(20);
      });

      it('when an update returns nothing, then the record stays as it is and an absent one is not made', async () => {
        await records.conversations.upsert(conversation('c1', '2026-11-20T10:00:00.000Z', { messageCount: 3 }));

        await records.conversations.update('c1', () => undefined);
        await records.conversations.update('c2', (current) => current && { ...current, callbackRequested: true });

        expect(await records.conversations.list()).toEqual([conversation('c1', '2026-11-20T10:00:00.000Z', { messageCount: 3 })]);
      });

      it('when many records are written at once, then all are listed', async () => {
        const ids = Array.from({ length: 50 }, (_, i) => `conversation-${i}`);

        await Promise.all(ids.map((id) => records.conversations.upsert(conversation(id, '2026-11-20T10:00:00.000Z'))));

        expect((await records.conversations.list()).map((r) => r.conversationId).sort()).toEqual([...ids].sort());
      });
    });

    describe('call-back store', () => {
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
        clock.tick(1000);
        const second = await records.callbacks.create(request('c2'));
        clock.tick(1000);
        const third = await records.callbacks.create(request('c3'));

        expect((await records.callbacks.list()).map((r) => r.id)).toEqual([third.id, second.id, first.id]);
      });

      it('when a counsellor takes a request, then its status, taker and update time change, the rest stays, and it is stored', async () => {
        const created = await records.callbacks.create(request('c1'));
        clock.tick(60_000);

        const updated = await records.callbacks.update(created.id, { status: 'taken', takenBy: 'an@clb.be' });

        const expected = { ...created, status: 'taken', takenBy: 'an@clb.be', updatedAt: '2026-11-20T10:01:00.000Z' };
        expect(updated).toEqual(expected);
        expect(await records.callbacks.list()).toEqual([expected]);
        expect(await (await restarted()).callbacks.list()).toEqual([expected]);
      });

      it('when an unknown request is updated, then the result is undefined and nothing is created', async () => {
        expect(await records.callbacks.update('unknown', { status: 'done' })).toBeUndefined();
        expect(await records.callbacks.list()).toEqual([]);
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
        clock.tick(86_400_000);
        const recent = await records.callbacks.create(request('recent'));

        expect(await records.callbacks.deleteOlderThan(new Date('2026-11-21T00:00:00.000Z'))).toBe(2);
        expect(await records.callbacks.list()).toEqual([recent]);
      });
    });

    describe('audit log', () => {
      it('when entries are recorded, then list gives the newest first, at most the limit', async () => {
        await records.audit.record({ user: 'an', action: 'sign-in' });
        clock.tick(1000);
        await records.audit.record({ user: 'an', action: 'open-conversation', target: 'c1' });
        clock.tick(1000);
        await records.audit.record({ user: 'an', action: 'sign-out' });

        expect(await records.audit.list(2)).toEqual([
          { at: '2026-11-20T10:00:02.000Z', user: 'an', action: 'sign-out' },
          { at: '2026-11-20T10:00:01.000Z', user: 'an', action: 'open-conversation', target: 'c1' },
        ]);
        expect((await records.audit.list(10)).map((e) => e.action)).toEqual(['sign-out', 'open-conversation', 'sign-in']);
      });

      it('when entries are recorded within the same millisecond, then the later one is listed first', async () => {
        await records.audit.record({ user: 'an', action: 'sign-in' });
        await records.audit.record({ user: 'an', action: 'export-conversation', target: 'c1' });

        expect((await records.audit.list(5)).map((e) => e.action)).toEqual(['export-conversation', 'sign-in']);
      });

      it('when entries span several days, then list reads across days, newest first, and survives a restart', async () => {
        await records.audit.record({ user: 'an', action: 'sign-in' });
        clock.tick(86_400_000);
        await records.audit.record({ user: 'bo', action: 'sign-in-failed' });

        const actions = (await (await restarted()).audit.list(10)).map((entry) => `${entry.at.slice(0, 10)} ${entry.user}`);

        expect(actions).toEqual(['2026-11-21 bo', '2026-11-20 an']);
      });

      it('when many entries are recorded at once, then none is lost', async () => {
        await Promise.all(Array.from({ length: 30 }, (_, i) => records.audit.record({ user: `u${i}`, action: 'sign-in' })));

        expect(await records.audit.list(100)).toHaveLength(30);
      });

      it('when nothing was recorded, then list is empty', async () => {
        expect(await records.audit.list(10)).toEqual([]);
      });
    });

    describe('plan pages', () => {
      const always = new Date(0);

      it('when a plan is published, then its token opens it, also after a restart, and another token opens nothing', async () => {
        const token = await records.planPages.publish('webchat', 'c1', planFor('c1'));
        const other = await records.planPages.publish('webchat', 'c2', planFor('c2'));

        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(token).not.toContain('c1');
        expect(await records.planPages.open(token, always)).toEqual(planFor('c1'));
        expect(await (await restarted()).planPages.open(other, always)).toEqual(planFor('c2'));
        const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
        expect(await records.planPages.open(wrong, always)).toBeUndefined();
        expect(await records.planPages.open('c1', always)).toBeUndefined();
        expect(await records.planPages.open('../../etc/passwd', always)).toBeUndefined();
      });

      it('when a conversation publishes its plan again, then the new link opens the new plan and the earlier link nothing', async () => {
        const first = await records.planPages.publish('webchat', 'c1', planFor('first'));
        const second = await records.planPages.publish('webchat', 'c1', planFor('second'));

        expect(await records.planPages.open(first, always)).toBeUndefined();
        expect(await records.planPages.open(second, always)).toEqual(planFor('second'));
      });

      it('when a conversation is forgotten, then its link opens nothing and another conversation keeps its own', async () => {
        const mine = await records.planPages.publish('webchat', 'mine', planFor('mine'));
        const other = await records.planPages.publish('webchat', 'other', planFor('other'));

        await records.planPages.forgetConversation(conversationKey('webchat', 'mine'));

        expect(await records.planPages.open(mine, always)).toBeUndefined();
        expect(await (await restarted()).planPages.open(mine, always)).toBeUndefined();
        expect(await records.planPages.open(other, always)).toEqual(planFor('other'));
      });

      it('when pages are older than the cutoff, then they are deleted and newer ones stay', async () => {
        const old = await records.planPages.publish('webchat', 'old', planFor('old'));
        clock.tick(10 * 86_400_000);
        const recent = await records.planPages.publish('webchat', 'recent', planFor('recent'));

        expect(await records.planPages.deleteOlderThan(new Date(clock.now().getTime() - 86_400_000))).toBe(1);

        expect(await records.planPages.open(old, always)).toBeUndefined();
        expect(await records.planPages.open(recent, always)).toEqual(planFor('recent'));
        expect(await records.planPages.deleteOlderThan(new Date(clock.now().getTime() - 86_400_000))).toBe(0);
      });

      it('when a page was made before the date asked for, then it does not open even before the purge ran', async () => {
        const token = await records.planPages.publish('webchat', 'c1', planFor('c1'));

        expect(await records.planPages.open(token, new Date(clock.now().getTime() + 1))).toBeUndefined();
        expect(await records.planPages.open(token, clock.now())).toEqual(planFor('c1'));
      });
    });

    describe('insight store', () => {
      it('when events are counted at once, then read gives them per chart', async () => {
        await Promise.all([
          records.insights.count({ kind: 'conversation-started', week: '2026-W47' }),
          records.insights.count({ kind: 'conversation-started', week: '2026-W47' }),
          records.insights.count({ kind: 'step-reached', step: 'intake.age' }),
          records.insights.count({ kind: 'outcome-chosen', wish: 'combine' }),
          records.insights.count({ kind: 'score-given', score: 8 }),
          records.insights.count({ kind: 'crisis-flagged', week: '2026-W47' }),
          records.insights.addUnanswered({ question: 'wat is een groeipakket?', askedIn: 'key-1', at: '2026-11-20T10:00:00.000Z' }),
        ]);

        expect(await records.insights.read()).toEqual({
          conversationsPerWeek: { '2026-W47': 2 },
          stepsReached: { 'intake.age': 1 },
          outcomes: { combine: 1 },
          scores: { '8': 1 },
          crisisPerWeek: { '2026-W47': 1 },
          unanswered: [{ question: 'wat is een groeipakket?', count: 1 }],
        });
      });

      it('when unanswered questions are counted, then the most frequent comes first', async () => {
        const questions = ['a?', 'b?', 'b?', 'c?', 'c?', 'c?'];
        for (const [i, question] of questions.entries()) {
          await records.insights.addUnanswered({ question, askedIn: `key-${i}`, at: '2026-11-20T10:00:00.000Z' });
        }

        expect((await records.insights.read()).unanswered).toEqual([
          { question: 'c?', count: 3 },
          { question: 'b?', count: 2 },
          { question: 'a?', count: 1 },
        ]);
      });

      it('when a conversation is forgotten or the retention period ends, then its unanswered questions go', async () => {
        await records.insights.addUnanswered({ question: 'mag ik roken?', askedIn: 'key-a', at: '2026-08-01T10:00:00.000Z' });
        await records.insights.addUnanswered({ question: 'hoe laat?', askedIn: 'key-b', at: '2026-08-01T10:00:00.000Z' });
        await records.insights.addUnanswered({ question: 'wie wint?', askedIn: 'key-b', at: '2026-11-20T10:00:00.000Z' });
        await records.insights.forgetConversation('key-a');
        expect(await records.insights.deleteUnansweredBefore(new Date('2026-10-01T00:00:00.000Z'))).toBe(1);

        expect((await records.insights.read()).unanswered).toEqual([{ question: 'wie wint?', count: 1 }]);
        expect((await (await restarted()).insights.read()).unanswered).toEqual([{ question: 'wie wint?', count: 1 }]);
      });

      it('when the store is opened again, then it reads the counts written before', async () => {
        await records.insights.count({ kind: 'step-reached', step: 'wrapup.score' });

        expect((await (await restarted()).insights.read()).stepsReached).toEqual({ 'wrapup.score': 1 });
      });

      it('when a hundred events are counted at once, then every one is stored', async () => {
        await Promise.all(Array.from({ length: 100 }, () => records.insights.count({ kind: 'step-reached', step: 'welcome' })));

        expect((await (await restarted()).insights.read()).stepsReached).toEqual({ welcome: 100 });
      });
    });
  });
}
