import { BlobServiceClient } from '@azure/storage-blob';
import { ActivityTypes, type Activity } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { createBlobBackend, type BlobBackend, type BlobSettings } from '../../src/storage/blobBackend.js';
import { CREATE_ONLY_ETAG, isETagConflict } from '../../src/storage/eTagConflict.js';
import { useAzurite } from '../support/azurite.js';

const key = 'webchat/conversations/abc';
const azurite = useAzurite();

let settings: BlobSettings;
let backend: BlobBackend;

beforeEach(async () => {
  const config = loadConfig(azurite.blobEnv());
  if (config.storage.kind !== 'blob') throw new Error('expected blob settings');
  settings = config.storage;
  backend = createBlobBackend(settings);
  await backend.prepare();
});

async function eTagOf(itemKey: string): Promise<string> {
  const eTag: unknown = (await backend.storage.read([itemKey]))[itemKey]?.eTag;
  if (typeof eTag !== 'string') throw new Error(`no eTag stored for ${itemKey}`);
  return eTag;
}

describe('the Blob backend', () => {
  it('when the retention period has passed, then the bot state goes and the counsellors\' records stay', async () => {
    await backend.storage.write({ [key]: { n: 1 } });
    await backend.records.callbacks.create({ conversationId: 'abc', contact: { kind: 'phone', value: '[telefoonnummer]' }, summary: '' });

    expect(await backend.deleteStateOlderThan(new Date(Date.now() - 60_000))).toBe(0);
    expect(await backend.deleteStateOlderThan(new Date(Date.now() + 60_000))).toBe(1);
    expect(await backend.storage.read([key])).toEqual({});
    expect(await backend.records.callbacks.list()).toHaveLength(1);
  });

  it('when it is prepared, then both containers exist, and preparing again is fine', async () => {
    await backend.prepare();

    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    expect(await service.getContainerClient(settings.stateContainer).exists()).toBe(true);
    expect(await service.getContainerClient(settings.transcriptsContainer).exists()).toBe(true);
  });

  it('when state with Dutch text is written, then reading it returns the same state with an eTag', async () => {
    await backend.storage.write({ [key]: { answers: { age: 17, wish: 'één dag per week naar België' } } });

    const items = await backend.storage.read([key, 'webchat/conversations/nobody']);

    expect(items).toEqual({ [key]: { answers: { age: 17, wish: 'één dag per week naar België' }, eTag: expect.any(String) } });
  });

  it('when an item is written with the eTag it was read with, then it is stored and gets a new eTag', async () => {
    await backend.storage.write({ [key]: { n: 1 } });
    const first = await eTagOf(key);

    await backend.storage.write({ [key]: { n: 2, eTag: first } });

    expect((await backend.storage.read([key]))[key]).toMatchObject({ n: 2 });
    expect(await eTagOf(key)).not.toBe(first);
  });

  it('when an item is written with an old eTag, then the write is refused as a conflict and the newer item stays', async () => {
    await backend.storage.write({ [key]: { n: 1 } });
    const old = await eTagOf(key);
    await backend.storage.write({ [key]: { n: 2, eTag: old } });

    await expect(backend.storage.write({ [key]: { n: 3, eTag: old } })).rejects.toThrow(/eTag conflict/);
    expect((await backend.storage.read([key]))[key]).toMatchObject({ n: 2 });
  });

  it('when two writers write with the same eTag at once, then exactly one wins and the other gets a conflict', async () => {
    await backend.storage.write({ [key]: { n: 0 } });
    const eTag = await eTagOf(key);

    const outcomes = await Promise.allSettled([
      backend.storage.write({ [key]: { writer: 'a', eTag } }),
      backend.storage.write({ [key]: { writer: 'b', eTag } }),
    ]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = outcomes[0]?.status === 'fulfilled' ? 'a' : 'b';
    expect((await backend.storage.read([key]))[key]).toMatchObject({ writer: winner });
  });

  it('when two writers create a missing item at once, then exactly one creates it and the other gets an eTag conflict', async () => {
    const outcomes = await Promise.allSettled([
      backend.storage.write({ [key]: { writer: 'a', eTag: CREATE_ONLY_ETAG } }),
      backend.storage.write({ [key]: { writer: 'b', eTag: CREATE_ONLY_ETAG } }),
    ]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(isETagConflict(refused?.status === 'rejected' ? refused.reason : undefined)).toBe(true);
    const winner = outcomes[0]?.status === 'fulfilled' ? 'a' : 'b';
    expect((await backend.storage.read([key]))[key]).toEqual({ writer: winner, eTag: expect.any(String) });
  });

  it("when an item is written with '*', then it overwrites whatever is stored", async () => {
    await backend.storage.write({ [key]: { n: 1 } });

    await backend.storage.write({ [key]: { n: 5, eTag: '*' } });

    expect((await backend.storage.read([key]))[key]).toMatchObject({ n: 5 });
  });

  it('when an item is deleted, then it is gone, and deleting it again is fine', async () => {
    await backend.storage.write({ [key]: { n: 1 } });

    await backend.storage.delete([key]);
    await backend.storage.delete([key]);

    expect(await backend.storage.read([key])).toEqual({});
  });

  it('when activities are logged to the transcript store, then they can be read back and deleted per conversation', async () => {
    const activity: Activity = {
      type: ActivityTypes.Message,
      id: 'a1',
      text: 'hallo',
      channelId: 'webchat',
      conversation: { id: 'c1', isGroup: false, name: '', conversationType: '' },
      from: { id: 'u1', name: 'jongere' },
      recipient: { id: 'bot', name: 'bot' },
      timestamp: new Date('2026-11-20T10:00:00Z'),
      serviceUrl: 'http://localhost',
      localTimestamp: new Date('2026-11-20T10:00:00Z'),
      localTimezone: 'Europe/Brussels',
      callerId: '',
      label: '',
      valueType: '',
      listenFor: [],
    };
    await backend.transcripts.logActivity({ ...activity, id: 'a1' });
    await backend.transcripts.logActivity({ ...activity, id: 'a2', text: 'dag', timestamp: new Date('2026-11-20T10:00:01Z') });

    const stored = await backend.transcripts.getTranscriptActivities('webchat', 'c1');
    expect(stored.items.map((a) => a.text)).toEqual(['hallo', 'dag']);

    await backend.transcripts.deleteTranscript('webchat', 'c1');
    expect((await backend.transcripts.getTranscriptActivities('webchat', 'c1')).items).toEqual([]);
  });
});
