import { AutoSaveStateMiddleware, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrapupDialog } from '../../dialogs/wrapupDialog.js';
import { FollowUpOffers } from '../../src/followup/followUpOffer.js';
import { FollowUpStore } from '../../src/followup/followUpStore.js';
import { TraceFilter } from '../../src/traceFilter.js';
import { harness, play, storedProfile, type Harness } from '../support/harness.js';

describe('the follow-up offer at the wrap-up', () => {
  let dir: string;
  const now = new Date('2026-11-24T10:00:00Z');

  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'perspectiefbot-offer-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  let h: Harness;
  const client = (channelId: string, store: FollowUpStore) => {
    h = harness(now);
    const middleware: Middleware[] = [
      new AutoSaveStateMiddleware(h.conversationState, h.userState),
      new TraceFilter(),
      new FollowUpOffers(store, 7 * 86_400_000, () => now),
    ];
    return new DialogTestClient(channelId, new WrapupDialog(h.services), undefined, middleware, h.conversationState);
  };

  test('when the web widget young person accepts, then the bot names the day and stores the check-in', async () => {
    const store = new FollowUpStore(dir);
    await play(client('directline', store), [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'dat ik niet alleen sta', steps: ['wrapup.takeaway', 'wrapup.score'] },
      { user: '8', steps: ['wrapup.follow-up', 'wrapup.follow-up'], says: [/dinsdag 1 december/, /hier in deze chat/, /Wil je dat/] },
      { user: 'Ja', steps: ['wrapup.follow-up'], says: [/Afgesproken! Op dinsdag 1 december/] },
    ]);
    expect(await new FollowUpStore(dir).nextDueAt()).toEqual(new Date('2026-12-01T10:00:00Z'));
    // The plan names the same day.
    expect(storedProfile(h, 'directline').followUpDay).toBe('dinsdag 1 december');
    expect(h.services.plans.build(storedProfile(h, 'directline'), now).followUp).toMatch(/Op dinsdag 1 december stuurt de chatbot je een berichtje/);
  });

  test('when the channel cannot send messages on its own, then the bot invites a return visit and stores nothing', async () => {
    const store = new FollowUpStore(dir);
    await play(client('webchat', store), [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'niets', steps: ['wrapup.takeaway', 'wrapup.score'], says: [/^Oké, dank je\.$/m] },
      { user: '8', steps: ['wrapup.follow-up'], says: [/over een week terugkomt/] },
      { user: 'Ja', steps: ['wrapup.follow-up'], says: [/Kom gerust terug/, /geen berichtje/] },
    ]);
    expect(await store.nextDueAt()).toBeUndefined();
    expect(storedProfile(h, 'webchat').followUpDay).toBeUndefined();
  });
});
