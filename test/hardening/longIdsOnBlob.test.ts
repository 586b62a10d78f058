import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { createBlobBackend, type BlobBackend } from '../../src/storage/blobBackend.js';
import type { ConversationRecord } from '../../src/records/types.js';
import { useAzurite } from '../support/azurite.js';

const azurite = useAzurite();
const LONG_CHANNEL = `channel-${'c'.repeat(392)}`;
/** Two conversation ids of the longest kind taken, alike but for their last character. */
const LONG_A = `${'a'.repeat(1_023)}1`;
const LONG_B = `${'a'.repeat(1_023)}2`;

let backend: BlobBackend;

beforeEach(async () => {
  const config = loadConfig(azurite.blobEnv());
  if (config.storage.kind !== 'blob') throw new Error('expected blob settings');
  backend = createBlobBackend(config.storage);
  await backend.prepare();
});

const message = (conversationId: string, n: number): Activity =>
  ({
    type: 'message',
    id: `activity-${n}-${'i'.repeat(1_000)}`,
    text: `bericht ${n}`,
    channelId: LONG_CHANNEL,
    conversation: { id: conversationId },
    from: { id: 'user', role: 'user' },
    recipient: { id: 'bot' },
    timestamp: new Date(Date.UTC(2026, 11, 1, 10, 0, n)),
  }) as Activity;

describe('long ids on Blob storage', () => {
  it('when two conversations have long ids that start alike, then each keeps its own state', async () => {
    const keyA = `${LONG_CHANNEL}/conversations/${LONG_A}`;
    const keyB = `${LONG_CHANNEL}/conversations/${LONG_B}`;
    await backend.storage.write({ [keyA]: { age: 17 }, [keyB]: { age: 19 } });
    const items = await backend.storage.read([keyA, keyB]);
    expect([items[keyA]?.age, items[keyB]?.age]).toEqual([17, 19]);
    await backend.storage.delete([keyA]);
    expect(Object.keys(await backend.storage.read([keyA, keyB]))).toEqual([keyB]);
  });

  it('when a conversation with a 400-character channel id and a long conversation id is logged, then every activity is kept and read back with its ids', async () => {
    for (let n = 0; n < 3; n += 1) await backend.transcripts.logActivity(message(LONG_A, n));
    await backend.transcripts.logActivity(message(LONG_B, 9));
    const page = await backend.transcripts.getTranscriptActivities(LONG_CHANNEL, LONG_A);
    expect(page.items.map((activity) => [activity.text, activity.channelId, activity.conversation.id])).toEqual([0, 1, 2].map((n) => [`bericht ${n}`, LONG_CHANNEL, LONG_A]));
    await backend.transcripts.deleteTranscript(LONG_CHANNEL, LONG_A);
    expect((await backend.transcripts.getTranscriptActivities(LONG_CHANNEL, LONG_A)).items).toEqual([]);
    expect((await backend.transcripts.getTranscriptActivities(LONG_CHANNEL, LONG_B)).items).toHaveLength(1);
  });

  it('when a conversation record has a long id, then it is stored, found and listed', async () => {
    const record: ConversationRecord = {
      conversationId: LONG_A,
      channelId: LONG_CHANNEL,
      startedAt: '2026-12-01T10:00:00.000Z',
      lastActivityAt: '2026-12-01T10:05:00.000Z',
      crisis: false,
      callbackRequested: false,
      messageCount: 3,
    };
    await backend.records.conversations.upsert(record);
    expect((await backend.records.conversations.get(LONG_A))?.channelId).toBe(LONG_CHANNEL);
    expect((await backend.records.conversations.list()).map((stored) => stored.conversationId)).toContain(LONG_A);
  });
});
