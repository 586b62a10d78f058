import { WrapupDialog } from '../../dialogs/wrapupDialog.js';
import { dialogClient, harness, play, storedProfile, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; profile: Record<string, unknown> }> = [
  {
    name: 'when the young person gives a takeaway, a score and accepts a follow-up, then all three are kept',
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'dat ik eerst naar de vdab ga', steps: ['wrapup.takeaway', 'wrapup.score'], says: [/Je neemt mee: 'dat ik eerst naar de vdab ga'/, /1 tot 10/] },
      { user: 'een 8', steps: ['wrapup.follow-up'] },
      { user: 'Ja', steps: ['wrapup.follow-up'], says: [/Afgesproken/] },
    ],
    profile: { takeaway: 'dat ik eerst naar de vdab ga', score: 8, followUp: true },
  },
  {
    name: 'when the score is not a number from 1 to 10, then the bot asks once more',
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'sla over', steps: ['wrapup.takeaway', 'wrapup.score'], says: [/^Oké, we gaan verder/] },
      { user: 'best goed', steps: ['wrapup.score'], says: [/bijvoorbeeld 7/] },
      { user: '10/10', steps: ['wrapup.follow-up'] },
      { user: 'nee', steps: ['wrapup.follow-up'], says: [/altijd terugkomen/] },
    ],
    profile: { takeaway: null, score: 10, followUp: false },
  },
];

describe('WrapupDialog', () => {
  test.each(transcripts)('$name', async ({ turns, profile }) => {
    const h = harness();
    await play(dialogClient(h, new WrapupDialog(h.services)), turns);
    expect(storedProfile(h)).toMatchObject(profile);
  });
});
