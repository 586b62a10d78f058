import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, play, send, seedProfile, storedProfile, type Harness, type Turn } from '../support/harness.js';

/** The plan a young person left at the end of an earlier talk, a week ago. */
const plan: Profile = {
  consent: true,
  age: 17,
  wish: 'work',
  nextStep: 'mijn cv afmaken',
  finished: true,
  finishedAt: '2026-11-17T10:00:00Z',
};

/** The conversation the code was given in: another device, another user id. */
const earlier = { channelId: 'test', conversationId: 'earlier-conversation', userId: 'earlier-user' };
const earlierUserKey = 'test/users/earlier-user/';

/** Stores the plan as the earlier conversation left it, and gives it a code. */
async function earlierTalk(h: Harness): Promise<string> {
  h.memory[earlierUserKey] = JSON.stringify({ profile: plan, eTag: '1' });
  const { code } = await h.passes.issue(earlier, new Date('2026-11-17T10:00:00Z'));
  return code;
}

const followUpTalk = (code: string): Turn[] => [
  { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
  { user: code, steps: ['comeback.how', 'comeback.how'], says: [/Fijn dat je terug bent/, /^Je wilde: 'mijn cv afmaken'\. Hoe is het gegaan\?$/m] },
  { user: 'goed, mijn cv is klaar!', steps: ['comeback.how', 'comeback.better'], says: [/Wat is er beter sinds vorige keer\?/] },
  { user: 'ik durf nu zelf te bellen', steps: ['comeback.better', 'comeback.plan'], says: [/plan aanpassen, of opnieuw beginnen/] },
];

describe('coming back with a code', () => {
  test('when a young person types the code of an earlier talk in a new conversation, then the bot recaps the plan, asks what is better and updates the plan', async () => {
    const h = harness();
    const code = await earlierTalk(h);
    const client = dialogClient(h, new MainDialog(h.services));

    await play(client, [
      ...followUpTalk(code),
      { user: 'Plan aanpassen', steps: ['comeback.next-step'], says: [/volgende kleine stap/] },
      { user: 'solliciteren bij de bakker', steps: ['comeback.next-step'], says: [/Je nieuwe stap: 'solliciteren bij de bakker'/] },
    ]);

    expect(storedProfile(h)).toMatchObject({
      nextStep: 'solliciteren bij de bakker',
      previousNextStep: 'mijn cv afmaken',
      howItWent: 'goed, mijn cv is klaar!',
      better: 'ik durf nu zelf te bellen',
      returns: 1,
      finished: true,
      consent: true,
    });
    // One copy of the plan: the earlier conversation's state is gone, the pass moved here.
    expect(h.memory[earlierUserKey]).toBeUndefined();
    const pass = await h.passes.ofConversation({ channelId: 'test', conversationId: 'Convo1' });
    expect(pass?.earlier).toEqual([earlier]);
    expect(await h.passes.ofConversation(earlier)).toEqual(pass);
  });

  test('when the young person chooses to start over, then the plan is gone and the welcome follows', async () => {
    const h = harness();
    const code = await earlierTalk(h);
    await play(dialogClient(h, new MainDialog(h.services)), [
      ...followUpTalk(code),
      { user: 'Opnieuw beginnen', steps: ['welcome', 'welcome', 'welcome.useful-for'], says: [/^Hoi! Ik ben een chatbot/] },
    ]);
    expect(storedProfile(h)).toEqual({ consent: true });
  });

  test('when the code is typed with spaces and in lower case, then it works too', async () => {
    const h = harness();
    const code = await earlierTalk(h);
    const replies = await send(dialogClient(h, new MainDialog(h.services)), code.toLowerCase().replaceAll('-', ' '));
    expect(replies.steps).toEqual(['comeback.how', 'comeback.how']);
  });

  test('when wrong codes are typed, then each gets a kind answer, and after five tries even the right code waits', async () => {
    const h = harness();
    const code = await earlierTalk(h);
    const client = dialogClient(h, new MainDialog(h.services));
    await send(client, 'hoi');
    for (const wrong of ['ABC-234-DEF', 'XYZ-987-QRS', 'K7M-4QX-9TB', 'MNP-222-333', 'HJK-456-789']) {
      const replies = await send(client, wrong);
      expect(replies.texts[0]).toBe('Die code ken ik niet. Kijk hem nog eens na. Je vindt hem in je vorige gesprek.');
      expect(replies.steps).toEqual(['comeback.wrong', 'welcome.consent']);
    }
    const limited = await send(client, code);
    expect(limited.texts[0]).toMatch(/te vaak een code geprobeerd.*over een kwartier/);
    expect(storedProfile(h).nextStep).toBeUndefined();
    expect(h.memory[earlierUserKey]).toBeDefined();
  });

  test('when the young person deletes the conversation, then the code no longer works', async () => {
    const h = harness();
    const code = await earlierTalk(h);
    expect(await h.passes.byCode(code)).toBeDefined();
    await h.passes.forget(earlier);
    const replies = await send(dialogClient(h, new MainDialog(h.services)), code);
    expect(replies.steps[0]).toBe('comeback.wrong');
  });
});

describe('coming back in the same conversation', () => {
  test('when a young person who finished a week ago writes again, then the bot greets them with their plan instead of the welcome', async () => {
    const h = harness();
    seedProfile(h, plan);
    const replies = await send(dialogClient(h, new MainDialog(h.services)), 'hallo ik ben terug, mijn cv is klaar!');
    expect(replies.steps).toEqual(['comeback.how', 'comeback.how']);
    expect(replies.texts.join('\n')).toMatch(/Je wilde: 'mijn cv afmaken'\. Hoe is het gegaan\?/);
    expect(replies.texts.join('\n')).not.toMatch(/Hoe oud ben je/);
  });

  test('when a young person writes right after the summary, then the plan stays and nothing starts over', async () => {
    const h = harness();
    seedProfile(h, { ...plan, finishedAt: '2026-11-24T09:55:00Z' });
    const replies = await send(dialogClient(h, new MainDialog(h.services)), 'dank je!');
    expect(replies.texts).toEqual(["Je plan staat klaar. Kom gerust terug als je wil vertellen hoe het gaat. Typ 'opnieuw' als je opnieuw wil beginnen."]);
    expect(storedProfile(h)).toMatchObject({ nextStep: 'mijn cv afmaken', finished: true });
  });

  test('when a young person asks "hoe kom ik hier terug?" in the middle of the talk, then they get a code and link and the question again', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    await play(client, [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'hoe kom ik hier terug?', steps: ['comeback.pass', 'welcome.consent'], says: [/Typ dan deze code: \w{3}-\w{3}-\w{3}\. Of open je eigen link/] },
    ]);
    expect(await h.passes.ofConversation({ channelId: 'test', conversationId: 'Convo1' })).toBeDefined();
  });

  test('when the very first message asks "hoe kom ik hier terug?", then the code comes before the welcome, not a knowledge-base answer', async () => {
    const h = harness();
    const replies = await send(dialogClient(h, new MainDialog(h.services)), 'hoe kom ik hier terug?');
    expect(replies.steps).toEqual(['comeback.pass', 'welcome', 'welcome', 'welcome.consent']);
  });
});
