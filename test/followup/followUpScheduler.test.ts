import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.js';
import { FollowUpScheduler } from '../../src/followup/followUpScheduler.js';
import { FollowUpStore, type FollowUp } from '../../src/followup/followUpStore.js';

const reference = (id: string) => ({ channelId: 'msteams', serviceUrl: 'https://smba.example', conversation: { id, isGroup: false, conversationType: 'personal', name: '' } });

describe('FollowUpScheduler', () => {
  let dir: string;
  let clock: Date;
  const now = () => clock;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'perspectiefbot-followups-'));
    clock = new Date('2026-11-24T20:00:00Z');
  });

  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const scheduler = (store: FollowUpStore, deliver: (item: FollowUp) => Promise<void>) =>
    new FollowUpScheduler({ store, deliver, now, logger: createLogger('silent') });

  test('when a check-in is agreed and the bot restarts, then it is still sent on the day and then forgotten', async () => {
    await new FollowUpStore(dir).schedule(reference('c1'), new Date('2026-12-01T20:00:00Z'));
    const sent: string[] = [];
    const store = new FollowUpStore(dir);
    const restarted = scheduler(store, async (item) => void sent.push(String(item.reference.conversation?.id)));

    await restarted.tick();
    expect(sent).toEqual([]);
    clock = new Date('2026-12-01T20:00:01Z');
    await restarted.tick();
    expect(sent).toEqual(['c1']);
    expect(await new FollowUpStore(dir).nextDueAt()).toBeUndefined();
  });

  test('when the young person deletes the conversation, then the check-in is cancelled', async () => {
    const store = new FollowUpStore(dir);
    await store.schedule(reference('c1'), clock);
    await store.cancel({ channelId: 'msteams', conversation: { id: 'c1' } });
    const sent: string[] = [];
    await scheduler(new FollowUpStore(dir), async (item) => void sent.push(item.id)).tick();
    expect(sent).toEqual([]);
  });

  test('when a delivery fails, then it is tried again later and given up after three attempts', async () => {
    const store = new FollowUpStore(dir);
    await store.schedule(reference('c1'), clock);
    let attempts = 0;
    const failing = scheduler(store, async () => {
      attempts += 1;
      throw new Error('channel down');
    });
    for (let i = 0; i < 5; i += 1) {
      await failing.tick();
      clock = new Date(clock.getTime() + 16 * 60_000);
    }
    expect(attempts).toBe(3);
    expect(await store.nextDueAt()).toBeUndefined();
  });

  test('when started, then it sends a due check-in on its own timer', async () => {
    const store = new FollowUpStore(dir);
    let delivered: (id: string) => void = () => undefined;
    const sent = new Promise<string>((resolve) => (delivered = resolve));
    const running = new FollowUpScheduler({ store, deliver: async (item) => delivered(item.id), now: () => new Date(), logger: createLogger('silent') });
    running.start();
    await store.schedule(reference('c1'), new Date(Date.now() + 50));
    await expect(sent).resolves.toEqual(expect.any(String));
    await running.stop();
  });
});
