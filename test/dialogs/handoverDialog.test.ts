import { HandoverDialog } from '../../dialogs/handoverDialog.js';
import { dialogClient, harness, play, seedProfile, send, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; stored: Array<{ kind: string; value: string }> }> = [
  {
    name: 'when the young person says yes twice and leaves a number, then a call-back request is stored with a summary',
    turns: [
      { user: 'hoi', steps: ['referral.handover'] },
      { user: 'ja graag', steps: ['referral.contact'] },
      { user: 'mijn gsm is 0470 12 34 56', steps: ['referral.confirm', 'referral.confirm'], says: [/17 jaar/] },
      { user: 'Ja', steps: ['referral.done'], says: [/neemt contact met je op/] },
    ],
    stored: [{ kind: 'phone', value: '0470 12 34 56' }],
  },
  {
    name: 'when the young person leaves an e-mail address, then it is stored as e-mail',
    turns: [
      { user: 'hoi', steps: ['referral.handover'] },
      { user: 'ja', steps: ['referral.contact'] },
      { user: 'sara.devos@example.be', steps: ['referral.confirm', 'referral.confirm'] },
      { user: 'ok', steps: ['referral.done'] },
    ],
    stored: [{ kind: 'email', value: 'sara.devos@example.be' }],
  },
  {
    name: 'when the young person says no to the offer, then nothing is stored',
    turns: [
      { user: 'hoi', steps: ['referral.handover'] },
      { user: 'nee', steps: ['referral.handover'], says: [/helemaal goed/] },
    ],
    stored: [],
  },
  {
    name: 'when the young person leaves a number but does not confirm, then nothing is stored',
    turns: [
      { user: 'hoi', steps: ['referral.handover'] },
      { user: 'ja', steps: ['referral.contact'] },
      { user: '0470/12.34.56', steps: ['referral.confirm', 'referral.confirm'] },
      { user: 'nee toch niet', steps: ['referral.confirm'] },
    ],
    stored: [],
  },
  {
    name: 'when no phone number or e-mail is understood twice, then nothing is stored',
    turns: [
      { user: 'hoi', steps: ['referral.handover'] },
      { user: 'ja', steps: ['referral.contact'] },
      { user: 'bel me maar', steps: ['referral.contact'], says: [/Probeer het nog eens/] },
      { user: 'weet ik niet', steps: ['referral.contact'], says: [/bewaar ik niets/] },
    ],
    stored: [],
  },
];

describe('HandoverDialog', () => {
  test.each(transcripts)('$name', async ({ turns, stored }) => {
    const h = harness();
    seedProfile(h, { consent: true, age: 17, wish: 'work' });
    await play(dialogClient(h, new HandoverDialog(h.services)), turns);
    const requests = await h.records.callbacks.list();
    expect(requests.map((r) => r.contact)).toEqual(stored);
    for (const request of requests) expect(request.summary).toMatch(/17 jaar[\s\S]*Ik ga werken/);
  });

  test('when a call-back is requested on a channel with a live agent, then a handoff.initiate event carries the summary', async () => {
    const h = harness();
    seedProfile(h, { consent: true, age: 19 }, 'webchat');
    const client = dialogClient(h, new HandoverDialog(h.services), 'webchat');
    await send(client, 'hoi');
    await send(client, 'ja');
    await send(client, 'jonas@example.be');
    const replies = await send(client, 'ja');
    const handoff = replies.activities.find((a) => a.type === 'event');
    expect(handoff?.name).toBe('handoff.initiate');
    expect(JSON.stringify(handoff?.value)).toContain('19 jaar');
    expect(JSON.stringify(handoff?.value)).not.toContain('jonas@example.be');
  });
});
