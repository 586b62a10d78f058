import { CardFactory } from 'botbuilder';
import type { Profile } from '../../dialogs/profile.js';
import { SummaryDialog } from '../../dialogs/summaryDialog.js';
import { dialogClient, harness, seedProfile, send, storedProfile } from '../support/harness.js';

const profile: Profile = {
  consent: true,
  age: 17,
  school: 'stopped',
  qualification: 'none',
  place: { region: 'west-vlaanderen', postcode: '8500', municipality: 'Kortrijk' },
  future: 'ik heb een eigen kapsalon',
  strengths: 'ik ben creatief',
  wish: 'combine',
  nextStep: 'infoavond duaal leren',
  supporters: 'mijn tante',
};

describe('SummaryDialog', () => {
  test('when a crisis signal came up earlier, then the plan keeps the helplines', async () => {
    const h = harness();
    seedProfile(h, { ...profile, crisisSeen: true });
    const replies = await send(dialogClient(h, new SummaryDialog(h.services)), 'klaar');
    expect(replies.texts[1]).toMatch(/Als het zwaar wordt:[\s\S]*Wordt het weer zwaar\?[\s\S]*1813/);
  });

  test('when no crisis signal came up, then neither the plan nor the goodbye has helplines', async () => {
    const h = harness();
    seedProfile(h, profile);
    const replies = await send(dialogClient(h, new SummaryDialog(h.services)), 'klaar');
    expect(replies.texts.join('\n')).not.toMatch(/1813/);
  });

  test('when the talk ends on a card channel, then the summary is an Adaptive Card with a text fallback', async () => {
    const h = harness();
    seedProfile(h, profile, 'webchat');
    const replies = await send(dialogClient(h, new SummaryDialog(h.services), 'webchat'), 'klaar');
    expect(replies.steps).toEqual(['summary', 'summary', 'summary']);
    const card = replies.activities[1];
    expect(card?.attachments?.[0]?.contentType).toBe(CardFactory.contentTypes.adaptiveCard);
    const fallback = String((card?.channelData as { fallbackText: string }).fallbackText);
    for (const expected of [/17 jaar/, /gestopt/, /Ik ga werken en leren combineren/, /kapsalon/, /creatief/, /duaal leren/, /tante/]) {
      expect(fallback).toMatch(expected);
    }
    expect(JSON.stringify(card?.attachments?.[0]?.content)).toContain('17 jaar');
    expect(storedProfile(h, 'webchat').finished).toBe(true);
  });

  test('when the privacy page has a public URL, then the summary card has a button that opens it', async () => {
    const h = harness();
    seedProfile(h, profile, 'webchat');
    const privacyUrl = 'https://bot.example.org/privacy';
    const replies = await send(dialogClient(h, new SummaryDialog({ ...h.services, privacyUrl }), 'webchat'), 'klaar');
    const card = replies.activities[1]?.attachments?.[0]?.content as { actions?: unknown[] } | undefined;
    expect(card?.actions?.at(-1)).toEqual({ type: 'Action.OpenUrl', title: 'Wat bewaart de chatbot over mij?', url: privacyUrl });
    // The future names a kapsalon: the way to that job comes with its page as a button too.
    expect(card?.actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Studies en beroepen', url: 'https://www.onderwijskiezer.be' });
  });

  test('when the plan page can be kept, then the summary offers its private link as a button and in the plain text', async () => {
    const h = harness();
    seedProfile(h, profile, 'webchat');
    const kept: Array<{ conversation: string; future: string | undefined }> = [];
    const planUrl = 'https://bot.example.org/plan/q2Vq7lOXfJm1dZ8zS3y4X5cT6bU7aV8wN9mK0jL1hG2';
    const planPageUrl = async (context: { activity: { conversation: { id: string } } }, plan: { future?: string }) => {
      kept.push({ conversation: context.activity.conversation.id, future: plan.future });
      return planUrl;
    };
    const privacyUrl = 'https://bot.example.org/privacy';
    const replies = await send(dialogClient(h, new SummaryDialog({ ...h.services, privacyUrl, planPageUrl }), 'webchat'), 'klaar');

    expect(kept).toEqual([{ conversation: expect.any(String), future: 'ik heb een eigen kapsalon' }]);
    const card = replies.activities[1]?.attachments?.[0]?.content as { actions?: unknown[] } | undefined;
    expect(card?.actions?.slice(-2)).toEqual([
      { type: 'Action.OpenUrl', title: 'Je plan om te bewaren of af te drukken', url: planUrl },
      { type: 'Action.OpenUrl', title: 'Wat bewaart de chatbot over mij?', url: privacyUrl },
    ]);
    const fallback = String((replies.activities[1]?.channelData as { fallbackText: string }).fallbackText);
    expect(fallback).toContain(`Je plan om te bewaren of af te drukken: ${planUrl}`);
  });

  test('when the plan page could not be kept, then the summary comes without its link', async () => {
    const h = harness();
    seedProfile(h, profile, 'sms');
    const replies = await send(dialogClient(h, new SummaryDialog({ ...h.services, planPageUrl: async () => undefined }), 'sms'), 'klaar');
    expect(replies.texts[1]).toMatch(/Ik kan… werk maken van mijn toekomst[\s\S]*17 jaar/);
    expect(replies.texts[1]).not.toContain('Je plan om te bewaren of af te drukken');
  });

  test('when the channel cannot show cards and the plan page is kept, then the plain text carries its link', async () => {
    const h = harness();
    seedProfile(h, profile, 'sms');
    const planUrl = 'https://bot.example.org/plan/q2Vq7lOXfJm1dZ8zS3y4X5cT6bU7aV8wN9mK0jL1hG2';
    const replies = await send(dialogClient(h, new SummaryDialog({ ...h.services, planPageUrl: async () => planUrl }), 'sms'), 'klaar');
    expect(replies.activities[1]?.attachments ?? []).toHaveLength(0);
    expect(replies.texts[1]).toContain(`Je plan om te bewaren of af te drukken: ${planUrl}`);
  });

  test('when the channel cannot show cards, then the summary arrives as plain text', async () => {
    const h = harness();
    seedProfile(h, profile, 'sms');
    const replies = await send(dialogClient(h, new SummaryDialog(h.services), 'sms'), 'klaar');
    expect(replies.activities[1]?.attachments ?? []).toHaveLength(0);
    expect(replies.texts[1]).toMatch(/Ik kan… werk maken van mijn toekomst[\s\S]*17 jaar/);
  });

  test('when the plan is shown, then it has the parts of the folder in order: situation, choice, future, strengths, steps, the way to their job, rules, contacts, next step, supporters', async () => {
    const h = harness();
    seedProfile(h, profile, 'sms');
    const replies = await send(dialogClient(h, new SummaryDialog(h.services), 'sms'), 'klaar');
    const labels = ['Mijn situatie', 'Mijn keuze', 'Mijn toekomst over vijf jaar', 'Mijn sterktes', 'Mijn stappen', 'Mijn weg naar dat werk', 'Goed om te weten', 'Hier kan ik terecht', 'Mijn volgende stap', 'Mijn supporters'];
    const at = labels.map((label) => replies.texts[1]?.indexOf(`${label}:`) ?? -1);
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(replies.texts[1]).toMatch(/1\. Praat eerst met het CLB/);
    expect(replies.texts[1]).toMatch(/Je denkt aan werk als kapper/);
  });
});
