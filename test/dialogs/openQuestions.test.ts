import type { Dialog } from 'botbuilder-dialogs';
import { FutureDialog } from '../../dialogs/futureDialog.js';
import { ObstaclesDialog } from '../../dialogs/obstaclesDialog.js';
import { ProgressDialog } from '../../dialogs/progressDialog.js';
import type { ConversationServices } from '../../dialogs/services.js';
import { SuccessesDialog } from '../../dialogs/successesDialog.js';
import { dialogClient, harness, play, storedProfile, type Turn } from '../support/harness.js';

/** The solution-focused phases: open questions, answered in the young person's own words or skipped. */
const phases: Array<{ name: string; build: (s: ConversationServices) => Dialog; turns: Turn[]; profile: Record<string, unknown> }> = [
  {
    name: 'FutureDialog: when the young person describes their future, then it is kept in their words',
    build: (s) => new FutureDialog(s),
    turns: [
      { user: 'hoi', steps: ['future.desired'], says: [/vijf jaar/] },
      { user: 'ik werk als kok in een restaurant', steps: ['future.desired', 'future.different'], says: [/Je zegt: 'ik werk als kok in een restaurant'/] },
      { user: 'ik woon in Gent', steps: ['future.different', 'future.people'], says: [/Dan is dit anders: 'ik woon in Gent'/] },
      { user: 'mijn mama en mijn vriendin', steps: ['future.people'], says: [/Je noemt 'mijn mama en mijn vriendin'/] },
    ],
    profile: { future: 'ik werk als kok in een restaurant', futureDifferent: 'ik woon in Gent', futurePeople: 'mijn mama en mijn vriendin' },
  },
  {
    name: 'SuccessesDialog: when the young person skips a question, then the next one comes',
    build: (s) => new SuccessesDialog(s),
    turns: [
      { user: 'hoi', steps: ['successes.moment'] },
      { user: 'sla over', steps: ['successes.moment', 'successes.strengths'], says: [/^Oké, we gaan verder/] },
      { user: 'dat ik goed kan luisteren', steps: ['successes.strengths'], says: [/Je noemt 'dat ik goed kan luisteren'. Dat is echt een sterkte/] },
    ],
    profile: { success: null, strengths: 'dat ik goed kan luisteren' },
  },
  {
    name: 'ProgressDialog: when the young person names a step and supporters, then both are kept',
    build: (s) => new ProgressDialog(s),
    turns: [
      { user: 'hoi', steps: ['progress.next-step'] },
      { user: 'morgen bellen naar de vdab', steps: ['progress.next-step', 'progress.confidence'] },
      { user: '5', steps: ['progress.confidence-basis'], says: [/al een 5 is en geen 0/] },
      { user: 'ik heb het nummer al', steps: ['progress.confidence-basis', 'progress.confidence-higher'] },
      { user: 'als ik weet wat ik moet zeggen', steps: ['progress.confidence-higher', 'progress.supporters'] },
      { user: 'mijn oom', steps: ['progress.supporters'], says: [/Je noemt 'mijn oom'/] },
    ],
    profile: { nextStep: 'morgen bellen naar de vdab', confidence: 5, confidenceBasis: 'ik heb het nummer al', confidenceHigher: 'als ik weet wat ik moet zeggen', supporters: 'mijn oom' },
  },
  {
    name: 'ObstaclesDialog: when the young person says what helps, then the bot encourages them',
    build: (s) => new ObstaclesDialog(s),
    turns: [
      { user: 'hoi', steps: ['obstacles'], says: [/tegenzit/] },
      { user: 'dan bel ik mijn coach', steps: ['obstacles'], says: [/struikelblok/] },
    ],
    profile: { obstacle: 'dan bel ik mijn coach' },
  },
];

describe('open-question phases', () => {
  test.each(phases)('$name', async ({ build, turns, profile }) => {
    const h = harness();
    await play(dialogClient(h, build(h.services)), turns);
    expect(storedProfile(h)).toMatchObject(profile);
  });
});
