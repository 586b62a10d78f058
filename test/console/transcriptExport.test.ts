import { MemoryTranscriptStore, type Activity } from 'botbuilder';
import { readTranscript, transcriptFile, transcriptFileName } from '../../src/console/transcriptExport.js';

function message(i: number): Activity {
  return {
    type: 'message',
    id: `a${i}`,
    text: `bericht ${i}`,
    channelId: 'webchat',
    conversation: { id: 'c1' },
    from: { id: 'young', role: 'user' },
    recipient: { id: 'bot' },
    timestamp: new Date(Date.UTC(2026, 10, 2, 10, 0, i)),
  } as Activity;
}

describe('the .transcript export', () => {
  test('when a transcript spans several pages of the store, then every activity is read in order', async () => {
    const store = new MemoryTranscriptStore();
    for (let i = 0; i < 45; i++) await store.logActivity(message(i));
    const activities = await readTranscript(store, 'webchat', 'c1');
    expect(activities.map((a) => a.id)).toEqual(Array.from({ length: 45 }, (_, i) => `a${i}`));
  });

  test('when activities are exported, then the file is a JSON array of activities as the Emulator opens it', () => {
    const parsed: unknown = JSON.parse(transcriptFile([message(1), message(2)]));
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toEqual([
      expect.objectContaining({ type: 'message', id: 'a1', text: 'bericht 1', timestamp: '2026-11-02T10:00:01.000Z', conversation: { id: 'c1' } }),
      expect.objectContaining({ id: 'a2', from: { id: 'young', role: 'user' } }),
    ]);
  });

  test('when a conversation id has characters a file name cannot hold, then the name is made safe', () => {
    expect(transcriptFileName('a:b;c/../d')).toBe('a-b-c-d.transcript');
    expect(transcriptFileName('///')).toBe('gesprek.transcript');
  });
});
