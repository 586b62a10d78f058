import { MainDialog } from '../../dialogs/mainDialog.js';
import { dialogClient, harness, play, storedProfile, type Turn } from '../support/harness.js';

/** The first turns of every conversation: greeting, consent and what the talk should bring, then the age question. */
const opening: Turn[] = [
  { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
  { user: 'ja', steps: ['welcome.consent', 'welcome.useful-for'] },
  { user: 'sla over', steps: ['welcome.useful-for', 'intake.age', 'intake.age'] },
];

const transcripts: Array<{ name: string; turns: Turn[] }> = [
  {
    name: 'when the very first message shows a crisis signal, then the helplines come and the welcome waits for the young person',
    turns: [
      { user: 'ik wil niet meer leven', steps: ['crisis', 'crisis', 'crisis'], says: [/1813/] },
      { user: 'verder', steps: ['crisis.pause', 'welcome', 'welcome', 'welcome.consent'] },
    ],
  },
  {
    name: 'when the very first message is a factual question, then it is answered before the welcome',
    turns: [{ user: 'krijg ik nog kindergeld als ik stop met school?', steps: ['kb.answer', 'kb.answer', 'welcome', 'welcome', 'welcome.consent'] }],
  },
  {
    name: 'when a factual question comes in the middle of the age prompt, then it is answered and the age is asked again',
    turns: [
      ...opening,
      { user: 'krijg ik nog kindergeld als ik stop?', steps: ['kb.answer', 'kb.answer', 'intake.age'], says: [/Groeipakket/] },
      { user: 'Bronnen', steps: ['kb.sources', 'intake.age'], says: [/Bron: .*nagekeken op 20\d\d-\d\d-\d\d/] },
      { user: '17', steps: ['intake.age', 'intake.school'] },
    ],
  },
  {
    name: 'when the answer to the open question is a number, then it is never taken for a factual question',
    turns: [...opening, { user: '18', steps: ['intake.age', 'intake.school'] }, { user: 'nee', steps: ['intake.school'] }],
  },
  {
    name: 'when the young person asks for help, then the help text comes and the same question follows',
    turns: [...opening, { user: 'help', steps: ['help', 'intake.age'], says: [/sla over/] }],
  },
  {
    name: 'when the young person shows a crisis signal, then helplines come first and the conversation goes on when they say so',
    turns: [
      ...opening,
      { user: 'ik zie het echt niet meer zitten, ik wil er niet meer zijn', steps: ['crisis', 'crisis', 'crisis'], says: [/1813/, /112/] },
      { user: 'Verder met het gesprek', steps: ['crisis.pause', 'intake.age'] },
      { user: 'zestien', steps: ['intake.age', 'intake.school'], says: [/16 jaar/] },
    ],
  },
  {
    name: 'when the young person asks for a person, then contacts nearby and a call-back are offered, and the question follows when they want to go on',
    turns: [
      ...opening,
      { user: 'ik wil met iemand praten', steps: ['referral', 'referral.handover'] },
      { user: 'nee', steps: ['referral.handover', 'referral.pause'] },
      { user: 'Verder met het gesprek', steps: ['intake.age'] },
    ],
  },
  {
    name: 'when a question cannot be answered, then the bot says so honestly and offers a person',
    turns: [...opening, { user: 'wie wint de match vanavond?', steps: ['kb.unknown', 'intake.age'], says: [/weet ik niet/] }],
  },
  {
    name: 'when the young person says stop, then the bot says goodbye and welcomes them back later',
    turns: [
      ...opening,
      { user: '17', steps: ['intake.age', 'intake.school'] },
      { user: 'stop', steps: ['stop'] },
      { user: 'hallo', steps: ['welcome'], says: [/terug/] },
      { user: 'Verdergaan', steps: ['welcome', 'intake.school'] },
    ],
  },
  {
    name: 'when the young person says opnieuw, then the conversation starts over',
    turns: [...opening, { user: '17', steps: ['intake.age', 'intake.school'] }, { user: 'opnieuw', steps: ['welcome', 'welcome', 'welcome.useful-for'], says: [/chatbot/, /nuttig voor je/] }],
  },
];

describe('MainDialog', () => {
  test.each(transcripts)('$name', async ({ turns }) => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), turns);
  });

  test('when a crisis signal comes, then the conversation is flagged for a counsellor', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    await play(client, [...opening, { user: 'mijn stiefvader slaat me elke avond', steps: ['crisis', 'crisis', 'crisis'] }]);
    const conversation = Object.entries(h.memory).find(([key]) => key.includes('/conversations/'));
    expect(JSON.parse(String(conversation?.[1])).flags).toMatchObject({ crisis: true });
  });

  test('when an unanswerable question comes, then it is recorded for editors', async () => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), [...opening, { user: 'wie wint de match vanavond?', steps: ['kb.unknown', 'intake.age'] }]);
    await h.records.flush?.();
    expect((await h.records.insights.read()).unanswered).toEqual([{ question: 'wie wint de match vanavond?', count: 1 }]);
  });

  test.each([
    { answer: 'Ja', reply: ['delete'], says: /gewist/, kept: {} },
    { answer: 'nee', reply: ['delete', 'intake.school'], says: /ik wis niets/, kept: { consent: true, usefulFor: null, age: 17 } },
  ])('when the young person asks to delete and answers "$answer", then exactly that is kept: $kept', async ({ answer, reply, says, kept }) => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), [
      ...opening,
      { user: '17', steps: ['intake.age', 'intake.school'] },
      { user: 'verwijder mijn gesprek', steps: ['delete'] },
      { user: answer, steps: reply, says: [says] },
    ]);
    expect(storedProfile(h)).toEqual(kept);
  });

  test.each([
    { after: 'stop', turns: [{ user: 'stop', steps: ['stop'] }] },
    { after: 'stop and a new welcome', turns: [{ user: 'stop', steps: ['stop'] }, { user: 'help', steps: ['welcome'] }] },
  ])('when the young person asks to delete after $after, then the delete is confirmed and done instead of a new welcome', async ({ turns }) => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), [
      ...opening,
      { user: '17', steps: ['intake.age', 'intake.school'] },
      ...turns,
      { user: 'verwijder mijn gesprek', steps: ['delete'] },
      { user: 'ja', steps: ['delete'], says: [/gewist/] },
    ]);
    expect(storedProfile(h)).toEqual({});
  });

  test('when the young person asks to delete after stop and then says no, then nothing is deleted and the welcome follows', async () => {
    const h = harness();
    await play(dialogClient(h, new MainDialog(h.services)), [
      ...opening,
      { user: '17', steps: ['intake.age', 'intake.school'] },
      { user: 'stop', steps: ['stop'] },
      { user: 'verwijder mijn gesprek', steps: ['delete'] },
      { user: 'nee', steps: ['delete', 'welcome'], says: [/ik wis niets/] },
    ]);
    expect(storedProfile(h)).toMatchObject({ consent: true, age: 17 });
  });
});
