import { MainDialog } from '../../dialogs/mainDialog.js';
import type { Profile } from '../../dialogs/profile.js';
import { dialogClient, harness, seedProfile, send } from '../support/harness.js';

/** Personalised answers: the same question gets the answer that is right for this young person. */
const cases: Array<{ name: string; profile: Profile; question: string; kbId: string; says: RegExp; never?: RegExp }> = [
  {
    name: 'when a 17-year-old without a diploma asks about the allowance, then the answer is about leerplicht',
    profile: { age: 17, qualification: 'none' },
    question: 'kan ik gaan stempelen als ik stop?',
    kbId: 'inschakelingsuitkering',
    says: /leerplichtig/,
  },
  {
    name: 'when a 20-year-old without a diploma asks about the allowance, then the answer says there is none without a diploma',
    profile: { age: 20, qualification: 'none' },
    question: 'heb ik recht op een uitkering na school',
    kbId: 'inschakelingsuitkering',
    says: /Zonder diploma[\s\S]*geen inschakelingsuitkering/,
  },
  {
    name: 'when a 20-year-old in Brussels asks about child benefit, then the Brussels rules come',
    profile: { age: 20, place: { region: 'brussel', postcode: '1080' } },
    question: 'krijgen mijn ouders nog kindergeld?',
    kbId: 'groeipakket',
    says: /Je woont in Brussel/,
    never: /Groeipakket zonder voorwaarden/,
  },
  {
    name: 'when a 19-year-old in Gent asks about child benefit, then the Flemish Groeipakket rules come',
    profile: { age: 19, place: { region: 'oost-vlaanderen', postcode: '9000' } },
    question: 'krijg ik nog kinderbijslag',
    kbId: 'groeipakket',
    says: /Je woont in Vlaanderen/,
  },
  {
    name: 'when the region is unknown, then the answer covers Flanders and Brussels briefly',
    profile: { age: 19 },
    question: 'hoe zit het met het groeipakket als ik stop met school',
    kbId: 'groeipakket',
    says: /Vlaanderen[\s\S]*Brussel/,
  },
  {
    name: 'when a young person in Brussels asks how to register, then Actiris is named',
    profile: { age: 19, place: { region: 'brussel' } },
    question: 'hoe schrijf ik me in als werkzoekende?',
    kbId: 'vdab-inschrijven',
    says: /Actiris/,
  },
];

describe('knowledge-base answers in the conversation', () => {
  test.each(cases)('$name', async ({ profile, question, kbId, says, never }) => {
    const h = harness();
    seedProfile(h, { consent: true, ...profile });
    const client = dialogClient(h, new MainDialog(h.services));
    await send(client, 'hoi');
    const replies = await send(client, question);
    const answer = replies.activities.find((a) => (a.channelData as { step?: string }).step === 'kb.answer');
    expect(answer?.channelData).toMatchObject({ step: 'kb.answer', kbId });
    expect(answer?.text).toMatch(says);
    if (never) expect(answer?.text).not.toMatch(never);
    expect(replies.texts.join('\n')).not.toMatch(/Bron:/);
    const button = replies.activities.find((a) => a.suggestedActions)?.suggestedActions?.actions[0]?.title;
    expect(button).toBe('Bronnen');
    const sources = await send(client, 'Bronnen');
    expect(sources.steps[0]).toBe('kb.sources');
    expect(sources.texts[0]).toMatch(/Bron: .*nagekeken op 20\d\d-\d\d-\d\d/);
  });
});

/** The answer's text, and its card's links, as a channel with cards shows them. */
async function ask(questions: readonly string[], profile: Profile = { consent: true, age: 19 }) {
  const h = harness();
  const client = dialogClient(h, new MainDialog(h.services), 'webchat');
  await send(client, 'hoi');
  seedProfile(h, profile, 'webchat');
  const turns = [];
  for (const question of questions) {
    const replies = await send(client, question);
    const [answer, card] = replies.activities.filter((a) => (a.channelData as { step?: string }).step === 'kb.answer');
    const content = card?.attachments?.[0]?.content as { actions?: Array<{ type: string; title: string; url: string }> } | undefined;
    turns.push({ text: answer?.text ?? '', kbId: (answer?.channelData as { kbId?: string } | undefined)?.kbId, card, links: content?.actions ?? [] });
  }
  return turns;
}

describe('knowledge-base answers in their own words (issue 20)', () => {
  test.each([
    ['kan ik dop trekken na mijn school? ben 18', 'inschakelingsuitkering', /^De dop, officieel de inschakelingsuitkering: zo zit het\. /],
    ['krijgen mijn ouders nog kindergeld?', 'groeipakket', /^Het kindergeld heet in Vlaanderen nu het Groeipakket\. /],
    ['hoe lang duurt de wachttijd na school?', 'beroepsinschakelingstijd', /^De wachttijd heet nu de beroepsinschakelingstijd\. /],
  ])('when a young person asks "%s", then the answer about %s starts with their own word', async (question, kbId, opening) => {
    const [turn] = await ask([question]);
    expect(turn?.kbId).toBe(kbId);
    expect(turn?.text).toMatch(opening);
  });

  test('when a young person uses the official word, then the answer starts with the answer itself', async () => {
    const [turn] = await ask(['heb ik recht op een inschakelingsuitkering?']);
    expect(turn?.kbId).toBe('inschakelingsuitkering');
    expect(turn?.text).toMatch(/^Vraag je vanaf 1 maart 2026/);
  });

  test('when an answer has links, then they are buttons on a card (at most three) and the answer text has no web address', async () => {
    const [turn] = await ask(['kan ik dop trekken na mijn school? ben 18']);
    expect(turn?.links.length).toBeGreaterThanOrEqual(1);
    expect(turn?.links.length).toBeLessThanOrEqual(3);
    expect(turn?.links.every((link) => link.type === 'Action.OpenUrl' && link.url.startsWith('http'))).toBe(true);
    expect(turn?.text).not.toMatch(/https?:|www\./);
    expect(turn?.card?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Bronnen']);
  });

  test('when two answers use the same abbreviation, then only the first explains it', async () => {
    const [first, second] = await ask(['hoe schrijf ik me in als werkzoekende?', 'zijn de opleidingen van de vdab gratis?']);
    expect(first?.kbId).toBe('vdab-inschrijven');
    expect(first?.text).toContain('VDAB (de Vlaamse dienst voor werk en opleiding)');
    expect(second?.kbId).toBe('vdab-opleidingen');
    expect(second?.text).toContain('VDAB');
    expect(second?.text).not.toContain('de Vlaamse dienst voor werk en opleiding');
  });
});
