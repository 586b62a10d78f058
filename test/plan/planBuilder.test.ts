import type { Place, Profile } from '../../dialogs/profile.js';
import type { Contact } from '../../src/contacts/directory.js';
import { shownDetails } from '../../src/contacts/shownDetails.js';
import type { Plan } from '../../src/plan/plan.js';
import { planText } from '../../src/plan/planSections.js';
import type { Qualification, Wish } from '../../src/understanding/types.js';
import { QUALIFICATIONS, WISHES } from '../../src/understanding/types.js';
import { content, harness } from '../support/harness.js';

const NOW = new Date('2026-12-05T10:00:00Z');
const AGES: ReadonlyArray<number | null> = [15, 16, 17, 18, 22, 24, 25, 26, null];
const PLACES: ReadonlyArray<{ name: string; place: Place | null }> = [
  { name: 'Gent (9000)', place: { region: 'oost-vlaanderen', postcode: '9000', municipality: 'Gent' } },
  { name: 'Hasselt (3500)', place: { region: 'limburg', postcode: '3500', municipality: 'Hasselt' } },
  { name: 'Molenbeek (1080)', place: { region: 'brussel', postcode: '1080', municipality: 'Sint-Jans-Molenbeek' } },
  { name: 'Anderlecht (1070)', place: { region: 'brussel', postcode: '1070', municipality: 'Anderlecht' } },
  { name: 'region unknown', place: null },
];
const QUALIFICATION_VALUES: ReadonlyArray<Qualification | null> = [...QUALIFICATIONS, null];
const CHOICES: ReadonlyArray<Wish | null> = [...WISHES, null];
/** Futures that name a job, one per row in turn, so the way to a job is checked at every age. */
const FUTURES = ['over 5 jaar ben ik elektricien', 'ik werk in de zorg', 'kapster met een eigen zaak', 'ik ben vrachtwagenchauffeur', 'iets met IT'];

const h = harness(NOW);
const { messages, contacts } = content();
const byName = new Map(contacts.contacts.map((contact) => [contact.name, contact]));

function planFor(profile: Profile): { plan: Plan; text: string } {
  const plan = h.services.plans.build(profile, NOW);
  return { plan, text: planText(plan, messages) };
}

/** The details a contact shows only when its source confirmed them. */
function unconfirmedDetails(contact: Contact): string[] {
  if (contact.source.confirmed) return [];
  return [contact.phone, contact.email, contact.address, contact.hours].filter((detail): detail is string => detail !== undefined);
}

/** The same contact with its source unconfirmed: what the plan must then leave out. */
const asUnconfirmed = (contact: Contact): Contact => ({ ...contact, source: { ...contact.source, confirmed: false } });

describe('PlanBuilder: what the plan shows by age, region, qualification and choice', () => {
  const rows = AGES.flatMap((age) => PLACES.map(({ name, place }) => ({ age, name, place })));

  test.each(rows)('when the young person is $age and lives in $name, then every plan shows only what holds for them', ({ age, place }) => {
    QUALIFICATION_VALUES.forEach((qualification, q) => {
      CHOICES.forEach((wish, w) => {
        const future = FUTURES[(q + w) % FUTURES.length];
        const profile: Profile = { age, place, qualification, wish, future };
        const { plan, text } = planFor(profile);
        const what = { age, region: place?.region ?? null, qualification, wish };
        const check = (pattern: RegExp, shown: boolean, in_ = text) =>
          expect({ ...what, pattern: String(pattern), shown: pattern.test(in_) }).toEqual({ ...what, pattern: String(pattern), shown });
        const region = place?.region ?? null;

        expect({ ...what, steps: plan.steps.length > 0, job: plan.job !== undefined }).toEqual({ ...what, steps: true, job: true });
        if (age !== null && age < 18) {
          check(/werkzoekende/i, false);
          check(/interim/i, false);
          check(/VDAB|vdab\.be/, false, [...plan.steps, ...plan.rules, ...(plan.job?.ways ?? []), ...(plan.job?.links.map((l) => l.url) ?? [])].join('\n'));
          check(/uitkering/i, false);
          check(/CLB/, true);
          if (region === 'brussel') check(/KANS/, true);
        }
        if (region !== 'brussel' && region !== null) check(/Actiris/, false);
        if (region === 'brussel' && age !== null && age >= 18) {
          check(/werkzoekende bij Actiris/, true);
          check(/werkzoekende bij de VDAB/, false);
        }
        if (age !== null && age >= 25) check(/duaal/i, false);
        if (wish === null) expect({ ...what, choice: plan.choice }).toEqual({ ...what, choice: undefined });
        else expect({ ...what, choice: plan.choice }).toEqual({ ...what, choice: messages.text(`summary.wish.${wish}`) });

        for (const shown of plan.contacts) {
          const listed = byName.get(shown.name);
          expect(listed).toBeDefined();
          if (!listed) continue;
          const hidden = unconfirmedDetails(listed);
          for (const detail of hidden) expect({ contact: listed.id, detail, shown: text.includes(detail) }).toEqual({ contact: listed.id, detail, shown: false });
          if (listed.website) expect(text).toContain(listed.website);
        }
      });
    });
  });

});

describe('shownDetails: a detail whose source is unconfirmed never reaches the young person', () => {
  const withDetails = contacts.contacts.filter((contact) => unconfirmedDetails(asUnconfirmed(contact)).length > 0);

  test('when content has confirmed contacts with a phone, address or hours, then there are some to check', () => {
    expect(withDetails.length).toBeGreaterThan(0);
  });

  test.each(withDetails.map((contact) => [contact.id, contact] as const))('when %s were unconfirmed, then only its name, offer and website are shown', (_id, contact) => {
    const shown = shownDetails(asUnconfirmed(contact));
    expect(shown).toEqual({ name: contact.name, offer: contact.offer, ...(contact.website ? { website: contact.website } : {}) });
  });
});

describe('PlanBuilder: only real answers in their own words', () => {
  const NON_ANSWERS = ['weet ik nie', 'geen idee', 'idk', 'sla over', 'De inschakelingsuitkering, hoeveel is dat?', 'hoe lang krijg ik nog kindergeld?', '   ', 'hmm'];
  const base: Profile = { age: 19, place: { region: 'antwerpen', postcode: '2000', municipality: 'Antwerpen' }, qualification: 'none' };

  test.each(NON_ANSWERS)('when an open answer was "%s", then the plan does not copy it', (said) => {
    const { plan, text } = planFor({ ...base, future: said, strengths: said, nextStep: said, supporters: said });
    expect([plan.future, plan.strengths, plan.nextStep, plan.supporters]).toEqual([undefined, undefined, undefined, undefined]);
    if (said.trim() !== '') expect(text).not.toContain(said);
    expect(text).not.toMatch(/Mijn toekomst over vijf jaar|Mijn supporters|Mijn sterktes|Mijn volgende stap/);
  });

  test('when they gave real answers, then the plan keeps them in their own words', () => {
    const { text } = planFor({ ...base, future: 'ik heb een vaste job en een eigen appartement', strengths: 'ik ben geduldig', nextStep: 'maandag bel ik de VDAB', supporters: 'mijn zus Lina' });
    for (const words of ['ik heb een vaste job en een eigen appartement', 'ik ben geduldig', 'maandag bel ik de VDAB', 'mijn zus Lina']) expect(text).toContain(words);
  });

  test('when no choice was made, then the plan says no choice and still shows the steps for someone not sure yet', () => {
    const { plan, text } = planFor({ ...base, wish: null });
    expect(plan.choice).toBeUndefined();
    expect(text).not.toContain('Ik ga uitzoeken wat ik wil.');
    expect(plan.steps.length).toBeGreaterThan(0);
  });

  test('when they chose "not sure yet" themselves, then the plan says so', () => {
    expect(planFor({ ...base, wish: 'unsure' }).plan.choice).toBe('Ik ga uitzoeken wat ik wil.');
  });

  test('when they agreed a check-in day, then the plan names the day; after a no, nothing', () => {
    expect(planFor({ ...base, followUp: true, followUpDay: 'zaterdag 12 december' }).plan.followUp).toMatch(/zaterdag 12 december/);
    expect(planFor({ ...base, followUp: false }).plan.followUp).toBeUndefined();
  });

  test('when a rule applies to them, then it is listed apart from the steps', () => {
    const { plan } = planFor({ ...base, wish: 'work' });
    expect(plan.rules.join('\n')).toMatch(/inschakelingsuitkering/);
    expect(plan.steps.join('\n')).not.toMatch(/inschakelingsuitkering/);
  });
});
