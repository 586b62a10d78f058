import { IntakeDialog } from '../../dialogs/intakeDialog.js';
import { dialogClient, harness, play, storedProfile, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; profile: Record<string, unknown> }> = [
  {
    name: 'when the young person answers in words, then age, school, qualification and place are kept',
    turns: [
      { user: 'hoi', steps: ['intake.age', 'intake.age'], says: [/Hoe oud ben je/] },
      { user: 'zeventien', steps: ['intake.age', 'intake.school'], says: [/je bent 17 jaar/] },
      { user: 'ik ben vorige maand gestopt', steps: ['intake.qualification'] },
      { user: 'nee geen diploma', steps: ['intake.region'] },
      { user: '3000', steps: [] },
    ],
    profile: { age: 17, school: 'stopped', qualification: 'none', place: { region: 'vlaams-brabant' } },
  },
  {
    name: 'when the young person taps the buttons, then the button values are kept',
    turns: [
      { user: 'hallo', steps: ['intake.age', 'intake.age'] },
      { user: '19', steps: ['intake.age', 'intake.school'] },
      { user: 'Ik wil stoppen', steps: ['intake.qualification'] },
      { user: 'Een ander getuigschrift', steps: ['intake.region'] },
      { user: 'Anderlecht', steps: [] },
    ],
    profile: { age: 19, school: 'stopping', qualification: 'other-qualification', place: { region: 'brussel' } },
  },
  {
    name: 'when an age is not understood twice, then the conversation goes on without it',
    turns: [
      { user: 'hallo', steps: ['intake.age', 'intake.age'] },
      { user: 'gaat je niks aan', steps: ['intake.age'], says: [/Typ bijvoorbeeld 17/] },
      { user: 'echt niet', steps: ['intake.school'] },
      { user: 'sla over', steps: ['intake.qualification'] },
      { user: 'sla over', steps: ['intake.region'] },
      { user: 'sla over', steps: [] },
    ],
    profile: { age: null, school: null, qualification: null, place: null },
  },
  {
    name: 'when the age is a date of birth, then it becomes an age on the day of the talk',
    turns: [
      { user: 'hey', steps: ['intake.age', 'intake.age'] },
      { user: '03/05/2008', steps: ['intake.age', 'intake.school'], says: [/je bent 18 jaar/] },
    ],
    profile: { age: 18 },
  },
];

describe('IntakeDialog', () => {
  test.each(transcripts)('$name', async ({ turns, profile }) => {
    const h = harness();
    const client = dialogClient(h, new IntakeDialog(h.services));
    await play(client, turns);
    expect(storedProfile(h)).toMatchObject(profile);
  });
});
