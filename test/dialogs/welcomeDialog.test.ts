import { WelcomeDialog } from '../../dialogs/welcomeDialog.js';
import { dialogClient, harness, play, seedProfile, storedProfile, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; consent: boolean }> = [
  {
    name: 'when the young person says yes, then consent is kept',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'], says: [/chatbot, geen mens/, /bewaar/, /begeleider/] },
      { user: 'ja hoor', steps: ['welcome.consent'], says: [/mag dit gesprek later lezen/] },
    ],
    consent: true,
  },
  {
    name: 'when the young person taps Nee, then no counsellor may read the conversation',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'Nee', steps: ['welcome.consent'], says: [/niemand/] },
    ],
    consent: false,
  },
  {
    name: 'when the answer is unclear twice, then the bot assumes no consent',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'misschien', steps: ['welcome.consent'], says: [/Kies gewoon/] },
      { user: 'hmm', steps: ['welcome.consent'], says: [/niemand/] },
    ],
    consent: false,
  },
];

describe('WelcomeDialog', () => {
  test.each(transcripts)('$name', async ({ turns, consent }) => {
    const h = harness();
    await play(dialogClient(h, new WelcomeDialog(h.services)), turns);
    expect(storedProfile(h).consent).toBe(consent);
  });

  test('when a young person with progress comes back, then they may continue or start over', async () => {
    const h = harness();
    const first = dialogClient(h, new WelcomeDialog(h.services));
    await play(first, [{ user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] }, { user: 'ja', steps: ['welcome.consent'] }]);
    seedProfile(h, { ...storedProfile(h), age: 17 });

    await play(dialogClient(h, new WelcomeDialog(h.services)), [
      { user: 'ik ben terug', steps: ['welcome'], says: [/Fijn dat je terug bent/] },
      { user: 'Opnieuw beginnen', steps: ['welcome'], says: [/opnieuw/] },
    ]);
    expect(storedProfile(h)).toEqual({ consent: true });
  });
});
