import { MainDialog } from '../../dialogs/mainDialog.js';
import { dialogClient, harness, play, send, type Turn } from '../support/harness.js';

/** Who contacts them and roughly when, as content/messages says it (no invented times). */
const WHO_AND_WHEN = /begeleider van het CLB of de VDAB[\s\S]*meestal binnen enkele werkdagen/;
/** The intake or the consent question: what the bot must not push on with. */
const INTAKE = /welcome\.consent|welcome\.useful-for|intake\./;

const opening: Turn[] = [
  { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
  { user: 'ja', steps: ['welcome.consent', 'welcome.useful-for'] },
  { user: 'sla over', steps: ['welcome.useful-for', 'intake.age', 'intake.age'] },
];

const leaveNumber: Turn[] = [
  { user: 'ja', steps: ['referral.contact'] },
  { user: '0470 12 34 56', steps: ['referral.confirm', 'referral.confirm'] },
  { user: 'ja', steps: ['referral.done', 'referral.pause'], says: [/neemt contact met je op, meestal binnen enkele werkdagen/, /verder met het gesprek\?/] },
];

const transcripts: Array<{ name: string; turns: Turn[]; callbacks: number }> = [
  {
    name: 'when a young person asks for a real person at the consent question, then the hand-over comes at once, short, without the consent question',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'kan ik met een echte persoon praten?', steps: ['referral', 'referral.handover'], says: [WHO_AND_WHEN] },
      { user: 'nee', steps: ['referral.handover', 'referral.pause'], says: [/helemaal goed/] },
      { user: 'Verder met het gesprek', steps: ['welcome.consent'] },
    ],
    callbacks: 0,
  },
  ...['ik wil met iemand praten', 'mag ik een echte mens spreken', 'kan een begeleider mij bellen?'].map((ask) => ({
    name: `when the young person says "${ask}" during the intake, then the call-back is offered and, once left, the talk waits for them`,
    turns: [...opening, { user: ask, steps: ['referral', 'referral.handover'], says: [WHO_AND_WHEN] }, ...leaveNumber, { user: 'oké', steps: ['intake.age'] }],
    callbacks: 1,
  })),
  {
    name: 'when the young person asks again after leaving a number, then no second call-back is made and the bot says kindly that the request is there',
    turns: [
      ...opening,
      { user: 'ik wil met iemand praten', steps: ['referral', 'referral.handover'] },
      ...leaveNumber,
      { user: 'ik wil met iemand praten', steps: ['referral.done', 'referral.pause'], says: [/Je vraag staat er al/, WHO_AND_WHEN] },
      { user: 'Verder met het gesprek', steps: ['intake.age'] },
      { user: 'ik wil nu met een begeleider praten', steps: ['referral.done', 'referral.pause'], says: [/Je vraag staat er al/] },
    ],
    callbacks: 1,
  },
  {
    name: 'when the young person asks a factual question while the talk waits, then it is answered and the talk still waits',
    turns: [
      ...opening,
      { user: 'ik wil met iemand praten', steps: ['referral', 'referral.handover'] },
      { user: 'nee', steps: ['referral.handover', 'referral.pause'] },
      { user: 'krijg ik nog kindergeld als ik stop?', steps: ['kb.answer', 'kb.answer', 'referral.pause'] },
      { user: 'stop', steps: ['stop'] },
    ],
    callbacks: 0,
  },
];

describe('asking for a person, in any form', () => {
  test.each(transcripts)('$name', async ({ turns, callbacks }) => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), turns);
    expect(await h.records.callbacks.list()).toHaveLength(callbacks);
  });

  test('when the hand-over is asked for, then the turn that offers it asks nothing of the intake', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    for (const turn of opening) await play(client, [turn]);
    const replies = await send(client, 'ik wil met iemand praten');
    expect(replies.steps.filter((step) => INTAKE.test(step))).toEqual([]);
  });
});
