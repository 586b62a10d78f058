import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { Activity } from 'botbuilder';
import { pino } from 'pino';
import { forgetConversation } from '../../src/records/forgetConversation.js';
import { createFileRecords } from '../../src/records/lowdb/fileRecords.js';
import { RetentionPurge } from '../../src/records/retentionPurge.js';
import type { Records } from '../../src/records/types.js';
import type { Plan } from '../../src/plan/plan.js';
import { FileTranscriptStore } from '../../src/transcripts/fileTranscriptStore.js';

const day = 86_400_000;
const logger = pino({ level: 'silent' });

let dir: string;
let clock: Date;
let records: Records;
let transcripts: FileTranscriptStore;
/** The token of each conversation's plan page link. */
let planLinks: Map<string, string>;

const now = () => clock;

/** A consented conversation as the middleware leaves it: a record, a transcript, a call-back request and a plan page. */
async function storeConversation(conversationId: string, at: Date): Promise<void> {
  clock = at;
  await records.conversations.upsert({
    conversationId,
    channelId: 'webchat',
    startedAt: at.toISOString(),
    lastActivityAt: at.toISOString(),
    crisis: false,
    callbackRequested: true,
    messageCount: 1,
  });
  await transcripts.logActivity({
    type: 'message',
    id: `${conversationId}-1`,
    text: 'hallo',
    timestamp: at,
    channelId: 'webchat',
    conversation: { id: conversationId },
    from: { id: 'user', name: '', role: 'user' },
  } as Activity);
  await records.callbacks.create({ conversationId, contact: { kind: 'email', value: '[e-mailadres]' }, summary: 'werk' });
  planLinks.set(conversationId, await records.planPages.publish('webchat', conversationId, planOf(conversationId)));
}

function planOf(conversationId: string): Plan {
  return { title: 'Ik kan… werk maken van mijn toekomst', situation: [`plan van ${conversationId}`], steps: [], rules: [], contacts: [], helplines: [] };
}

/** The conversations whose plan page link still opens their plan. */
async function openPlanPages(): Promise<string[]> {
  const open: string[] = [];
  for (const [conversationId, token] of planLinks) {
    const plan = await records.planPages.open(token, new Date(0));
    if (plan !== undefined) {
      expect(plan.situation).toEqual([`plan van ${conversationId}`]);
      open.push(conversationId);
    }
  }
  return open.sort();
}

/** Which of the conversations still have a record, a transcript and a call-back request. */
async function remaining(): Promise<Record<string, string[]>> {
  const withTranscript = (await transcripts.listTranscripts('webchat')).items.map((t) => t.id);
  return {
    records: (await records.conversations.list()).map((r) => r.conversationId).sort(),
    transcripts: withTranscript.sort(),
    callbacks: (await records.callbacks.list()).map((r) => r.conversationId).sort(),
    planPages: await openPlanPages(),
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'retention-'));
  clock = new Date('2026-11-20T10:00:00.000Z');
  planLinks = new Map();
  records = createFileRecords(join(dir, 'records'), now);
  transcripts = new FileTranscriptStore(join(dir, 'transcripts'));
});

afterEach(async () => {
  await Promise.all([records.flush?.(), transcripts.flush()]);
  await rm(dir, { recursive: true, force: true });
});

describe('the retention purge', () => {
  it('when it runs, then only what was last active or created more than the retention period ago is deleted', async () => {
    const today = new Date('2026-11-20T10:00:00.000Z');
    await storeConversation('old', new Date(today.getTime() - 91 * day));
    await storeConversation('recent', new Date(today.getTime() - 89 * day));
    clock = new Date(today.getTime() - 95 * day);
    await records.callbacks.create({ conversationId: 'without-consent', contact: { kind: 'phone', value: '[telefoonnummer]' }, summary: '' });
    planLinks.set('without-consent', await records.planPages.publish('webchat', 'without-consent', planOf('without-consent')));
    clock = today;

    const result = await new RetentionPurge({ records, transcripts, retentionDays: 90, logger, now }).run();

    expect(result).toEqual({ conversations: 1, callbacks: 1, unansweredQuestions: 0, planPages: 1 });
    expect(await remaining()).toEqual({ records: ['recent'], transcripts: ['recent'], callbacks: ['recent'], planPages: ['recent'] });
  });

  it('when time passes, then a later run deletes what has become too old', async () => {
    await storeConversation('c1', new Date('2026-11-20T10:00:00.000Z'));
    const purge = new RetentionPurge({ records, transcripts, retentionDays: 30, logger, now });

    clock = new Date('2026-12-19T10:00:00.000Z');
    expect(await purge.run()).toEqual({ conversations: 0, callbacks: 0, unansweredQuestions: 0, planPages: 0 });
    clock = new Date('2026-12-21T10:00:00.000Z');
    expect(await purge.run()).toEqual({ conversations: 1, callbacks: 0, unansweredQuestions: 0, planPages: 0 });
    expect(await remaining()).toEqual({ records: [], transcripts: [], callbacks: [], planPages: [] });
  });

  it('when started, then it purges at once and again on its interval, until stopped', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const purge = new RetentionPurge({ records, transcripts, retentionDays: 90, logger, now, intervalMs: 3_600_000 });
      const runs = jest.spyOn(purge, 'run').mockResolvedValue({ conversations: 0, callbacks: 0, unansweredQuestions: 0, planPages: 0 });

      purge.start();
      jest.advanceTimersByTime(2 * 3_600_000);
      await purge.stop();
      jest.advanceTimersByTime(10 * 3_600_000);

      expect(runs).toHaveBeenCalledTimes(3);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('forgetting a conversation', () => {
  it('when a conversation is forgotten, then its transcript, record, call-back requests and plan page are gone and another one is untouched', async () => {
    await storeConversation('mine', clock);
    await storeConversation('other', clock);

    await forgetConversation({ records, transcripts }, 'webchat', 'mine');

    expect(await remaining()).toEqual({ records: ['other'], transcripts: ['other'], callbacks: ['other'], planPages: ['other'] });
  });
});
