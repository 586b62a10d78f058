import { MainDialog } from '../../dialogs/mainDialog.js';
import { WelcomeDialog } from '../../dialogs/welcomeDialog.js';
import { dialogClient, harness, play, seedProfile, send, storedProfile, type Turn } from '../support/harness.js';

const transcripts: Array<{ name: string; turns: Turn[]; consent: boolean }> = [
  {
    name: 'when the young person says yes, then consent is kept',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'], says: [/chatbot, geen mens/, /bewaar/, /begeleider/] },
      { user: 'ja hoor', steps: ['welcome.consent', 'welcome.useful-for'], says: [/mag dit gesprek later lezen/, /nuttig voor je/] },
    ],
    consent: true,
  },
  {
    name: 'when the young person taps Nee, then no counsellor may read the conversation',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'Nee', steps: ['welcome.consent', 'welcome.useful-for'], says: [/niemand/] },
    ],
    consent: false,
  },
  {
    name: 'when the answer is unclear twice, then the bot assumes no consent',
    turns: [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'misschien', steps: ['welcome.consent'], says: [/Kies gewoon/] },
      { user: 'hmm', steps: ['welcome.consent', 'welcome.useful-for'], says: [/niemand/] },
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
    await play(first, [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
      { user: 'ja', steps: ['welcome.consent', 'welcome.useful-for'] },
      { user: 'sla over', steps: ['welcome.useful-for'] },
    ]);
    seedProfile(h, { ...storedProfile(h), age: 17 });

    await play(dialogClient(h, new WelcomeDialog(h.services)), [
      { user: 'ik ben terug', steps: ['welcome'], says: [/Fijn dat je terug bent/] },
      { user: 'Opnieuw beginnen', steps: ['welcome', 'welcome.useful-for'], says: [/opnieuw/] },
    ]);
    expect(storedProfile(h)).toEqual({ consent: true });
  });

  test('when the privacy page has a public URL, then the privacy message has a "Meer weten?" button that opens it', async () => {
    const h = harness();
    const privacyUrl = 'https://bot.example.org/privacy';
    const replies = await send(dialogClient(h, new WelcomeDialog({ ...h.services, privacyUrl })), 'hoi');
    const privacy = replies.activities.find((activity) => /bewaar/.test(activity.text ?? ''));
    const buttons = privacy?.attachments?.flatMap((attachment) => (attachment.content as { buttons?: unknown[] }).buttons ?? []);
    expect(buttons).toEqual([{ type: 'openUrl', title: 'Meer weten?', value: privacyUrl }]);
  });

  test('when no public URL is configured, then the privacy message comes without a button', async () => {
    const h = harness();
    const replies = await send(dialogClient(h, new WelcomeDialog(h.services)), 'hoi');
    expect(replies.activities.flatMap((activity) => activity.attachments ?? [])).toEqual([]);
  });

  test('when counsellors never read conversations (TRANSCRIPT_CONSENT=off), then the bot does not ask and keeps no consent', async () => {
    const h = harness();
    await play(dialogClient(h, new WelcomeDialog({ ...h.services, askConsent: false })), [
      { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.useful-for'], says: [/chatbot, geen mens/, /bewaar/, /nuttig voor je/] },
    ]);
    expect(storedProfile(h).consent).toBeUndefined();
  });
});

describe('WelcomeDialog: the young person leads from the start', () => {
  const consented: Turn[] = [
    { user: 'hoi', steps: ['welcome', 'welcome', 'welcome.consent'] },
    { user: 'ja', steps: ['welcome.consent', 'welcome.useful-for'], says: [/^Eerst een vraag aan jou: hoe kan dit gesprek nuttig voor je zijn\?/m] },
  ];

  test('when they say what the talk should bring them, then it is kept and reflected in their own words', async () => {
    const h = harness();
    await play(dialogClient(h, new WelcomeDialog(h.services)), [
      ...consented,
      { user: 'ik wil weten of ik zonder diploma kan werken', steps: ['welcome.useful-for'], says: [/^Je zegt: 'ik wil weten of ik zonder diploma kan werken'\. Daar kom ik op het einde op terug\.$/] },
    ]);
    expect(storedProfile(h).usefulFor).toBe('ik wil weten of ik zonder diploma kan werken');
  });

  test('when they skip it, then the bot goes on without praise and keeps no answer', async () => {
    const h = harness();
    await play(dialogClient(h, new WelcomeDialog(h.services)), [...consented, { user: 'sla over', steps: ['welcome.useful-for'], says: [/^Oké, we gaan verder\.$/] }]);
    expect(storedProfile(h).usefulFor).toBeNull();
  });

  test('when they ask what the question means, then it is explained with an example', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    await play(client, consented);
    const explained = await send(client, 'wat bedoel je?');
    expect(explained.steps).toEqual(['welcome.useful-for']);
    expect(explained.texts[0]).toMatch(/^Ik bedoel[\s\S]*Bijvoorbeeld/);
  });

  test('when they do not know, then the bot is patient and asks from another angle, and a second time goes on', async () => {
    const h = harness();
    const client = dialogClient(h, new MainDialog(h.services));
    await play(client, consented);
    const first = await send(client, 'weet ik niet');
    expect(first.steps).toEqual(['welcome.useful-for', 'welcome.useful-for']);
    expect(first.texts[1]).toMatch(/graag weten/);
    const second = await send(client, 'geen idee');
    expect(second.steps.slice(0, 1)).toEqual(['welcome.useful-for']);
    expect(second.steps.at(-1)).toBe('intake.age');
    expect(storedProfile(h).usefulFor).toBeNull();
  });

  test('when they come back and continue, then the question is not asked again', async () => {
    const h = harness();
    seedProfile(h, { consent: true, age: 17 });
    await play(dialogClient(h, new WelcomeDialog(h.services)), [
      { user: 'hoi', steps: ['welcome'] },
      { user: 'Verdergaan', steps: ['welcome'], says: [/verder/] },
    ]);
    expect(storedProfile(h).usefulFor).toBeUndefined();
  });
});
