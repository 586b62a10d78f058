import { WrapupDialog } from '../../dialogs/wrapupDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, play, seedProfile, storedProfile, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; profile: Record<string, unknown> }> = [
  {
    name: 'when the young person gives a takeaway, a score and accepts a follow-up, then all three are kept',
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'dat ik eerst naar de vdab ga', steps: ['wrapup.takeaway', 'wrapup.score'], says: [/Je neemt mee: 'dat ik eerst naar de vdab ga'/, /1 tot 10/] },
      { user: 'een 8', steps: ['wrapup.follow-up'] },
      {
        user: 'Ja',
        steps: ['wrapup.follow-up'],
        says: [/Afgesproken/, /ook op een ander toestel\? Typ dan deze code: [2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}\./, /werken tot 90 dagen na je laatste bericht/],
      },
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
      { user: 'nee', steps: ['wrapup.follow-up'], says: [/altijd terugkomen/, /Typ dan deze code/] },
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

/** What the young person said at the start the talk should bring them. */
const wanted: Profile = { consent: true, usefulFor: 'weten of ik zonder diploma kan werken' };

const leadTranscripts: Array<{ name: string; seeded: Profile; turns: Turn[]; profile: Record<string, unknown> }> = [
  {
    name: 'when they said what the talk should bring, then the wrap-up asks it back in their words and keeps the yes',
    seeded: wanted,
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      {
        user: 'dat ik naar de vdab kan',
        steps: ['wrapup.takeaway', 'wrapup.useful-check'],
        says: [/^Je wilde: 'weten of ik zonder diploma kan werken'\. Is dat gelukt\?$/m],
      },
      { user: 'Ja', steps: ['wrapup.useful-check', 'wrapup.score'], says: [/^Fijn om te horen\.$/m] },
    ],
    profile: { usefulForMet: true },
  },
  {
    name: 'when the talk did not bring what they wanted, then the bot thanks them for saying so and asks the score',
    seeded: wanted,
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'sla over', steps: ['wrapup.takeaway', 'wrapup.useful-check'] },
      { user: 'nee, niet echt', steps: ['wrapup.useful-check', 'wrapup.score'], says: [/eerlijk/] },
    ],
    profile: { usefulForMet: false },
  },
  {
    name: 'when they skipped the question at the start, then the wrap-up does not ask it back',
    seeded: { consent: true, usefulFor: null },
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'dat ik naar de vdab kan', steps: ['wrapup.takeaway', 'wrapup.score'] },
    ],
    profile: {},
  },
  {
    name: 'when their answer at the start said next to nothing, then the wrap-up does not ask it back',
    seeded: { consent: true, usefulFor: 'hmm ja' },
    turns: [
      { user: 'hoi', steps: ['wrapup.takeaway'] },
      { user: 'dat ik naar de vdab kan', steps: ['wrapup.takeaway', 'wrapup.score'] },
    ],
    profile: {},
  },
  {
    name: 'when the usefulness score is 4 or lower, then the bot asks what would have helped and keeps it',
    seeded: { consent: true, usefulFor: null, takeaway: null },
    turns: [
      { user: 'hoi', steps: ['wrapup.score'] },
      { user: '3', steps: ['wrapup.missed'], says: [/^Wat had je meer geholpen/m] },
      { user: 'meer uitleg over geld', steps: ['wrapup.missed', 'wrapup.follow-up'], says: [/^Je zegt: 'meer uitleg over geld'\. Dank je/m] },
    ],
    profile: { score: 3, missed: 'meer uitleg over geld' },
  },
  {
    name: 'when the low score comes with a skipped question, then the bot goes on and keeps no answer',
    seeded: { consent: true, usefulFor: null, takeaway: null },
    turns: [
      { user: 'hoi', steps: ['wrapup.score'] },
      { user: '4', steps: ['wrapup.missed'] },
      { user: 'sla over', steps: ['wrapup.missed', 'wrapup.follow-up'], says: [/^Oké, we gaan verder\.$/m] },
    ],
    profile: { score: 4, missed: null },
  },
  {
    name: 'when the usefulness score is 5 or higher, then the bot does not ask what would have helped',
    seeded: { consent: true, usefulFor: null, takeaway: null },
    turns: [
      { user: 'hoi', steps: ['wrapup.score'] },
      { user: '5', steps: ['wrapup.follow-up'] },
    ],
    profile: { score: 5 },
  },
];

describe('WrapupDialog: what they wanted from the talk, and what would have helped', () => {
  test.each(leadTranscripts)('$name', async ({ seeded, turns, profile }) => {
    const h = harness();
    seedProfile(h, seeded);
    await play(dialogClient(h, new WrapupDialog(h.services)), turns);
    expect(storedProfile(h)).toMatchObject(profile);
    if (!('usefulForMet' in profile)) expect(storedProfile(h).usefulForMet).toBeUndefined();
    if (!('missed' in profile)) expect(storedProfile(h).missed).toBeUndefined();
  });
});
