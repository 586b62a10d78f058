import type { Place, Profile } from '../../dialogs/profile.js';
import { OutcomeDialog } from '../../dialogs/outcomeDialog.js';
import type { Qualification } from '../../src/understanding/types.js';
import { QUALIFICATIONS, WISHES } from '../../src/understanding/types.js';
import { content, dialogClient, harness, seedProfile, send, type TurnReplies } from '../support/harness.js';

const AGES: ReadonlyArray<number | null> = [15, 16, 17, 18, 22, 25, 26, null];
const PLACES: ReadonlyArray<{ name: string; place: Place | null }> = [
  { name: 'Vlaanderen (2800)', place: { region: 'antwerpen', postcode: '2800', municipality: 'Mechelen' } },
  { name: 'Brussel (1080)', place: { region: 'brussel', postcode: '1080', municipality: 'Sint-Jans-Molenbeek' } },
  { name: 'region unknown', place: null },
];
const QUALIFICATION_VALUES: ReadonlyArray<Qualification | null> = [...QUALIFICATIONS, null];

/**
 * What the outcome shows: the numbered path (in pages, each asking "Wil je nog meer stappen zien?"
 * until the young person says yes to the last), then the contacts card and the call-back offer.
 * `replies` is the last turn; `pages` the path messages.
 */
async function outcomeTurn(profile: Profile): Promise<{ replies: TurnReplies; path: string; all: string; pages: string[] }> {
  const h = harness();
  seedProfile(h, profile);
  const client = dialogClient(h, new OutcomeDialog(h.services));
  const pages: string[] = [];
  const said: string[] = [];
  let replies = await send(client, 'verder');
  for (;;) {
    pages.push(replies.texts[0] ?? '');
    said.push(...replies.texts);
    if (replies.steps.at(-1) === 'referral.handover') break;
    expect(replies.texts[1]).toMatch(/^Wil je nog meer stappen zien\?/);
    replies = await send(client, 'ja');
  }
  return { replies, path: pages.join('\n'), all: said.join('\n'), pages };
}

/** The numbered steps of the path message. */
function stepsOf(path: string): string[] {
  return path.split('\n').filter((line) => /^\d+\. /.test(line));
}

const REGISTRATION_AT_VDAB = /werkzoekende bij de VDAB/;
const ALLOWANCE = /uitkering|OCMW/i;

describe('OutcomeDialog: what is shown by age, region, qualification and choice', () => {
  const rows = AGES.flatMap((age) => PLACES.map(({ name, place }) => ({ age, name, place })));

  test.each(rows)('when the young person is $age and lives in $name, then every choice shows only steps that hold for them', async ({ age, place }) => {
    for (const qualification of QUALIFICATION_VALUES) {
      for (const wish of WISHES) {
        const profile: Profile = { age, place, qualification, wish };
        const { replies, path, all } = await outcomeTurn(profile);
        const what = { age, region: place?.region ?? null, qualification, wish };
        const check = (pattern: RegExp, shown: boolean, text = path) =>
          expect({ ...what, pattern: String(pattern), shown: pattern.test(text) }).toEqual({ ...what, pattern: String(pattern), shown });

        // The last page of the path, the contacts and the call-back offer; the steps numbered on across pages.
        expect({ ...what, steps: replies.steps }).toEqual({ ...what, steps: [`outcome.${wish}`, 'referral', 'referral.handover'] });
        const steps = stepsOf(path);
        expect({ ...what, count: steps.length >= 1 && steps.length <= 5 }).toEqual({ ...what, count: true });
        expect({ ...what, numbers: steps.map((line) => Number.parseInt(line, 10)) }).toEqual({ ...what, numbers: steps.map((_, i) => i + 1) });

        const region = place?.region ?? null;
        if (age !== null && age < 18) {
          check(/werkzoekende/i, false, all);
          check(/interim/i, false, all);
          check(ALLOWANCE, false, all);
          check(/tweedekans/i, false, all);
          check(/CLB/, true);
          check(/ouders/, true);
          if (region === 'brussel') check(/KANS/, true);
          if (region === 'brussel' && (wish === 'work' || wish === 'combine')) check(/Tracé Brussel/, true);
          if (qualification !== 'diploma-so') {
            check(/leerplichtig/, true);
            check(/vanaf 15 als je de eerste twee jaar secundair gedaan hebt/, true);
            check(/examencommissie/, true);
            if (wish === 'work') {
              check(/duaal leren/, true);
              check(/studentenjob/, true);
            }
          }
        }
        if (age !== null && age >= 18) {
          check(/leerplichtig/, false);
          if (region === 'antwerpen') check(REGISTRATION_AT_VDAB, true);
          if (region === 'brussel') {
            check(/werkzoekende bij Actiris/, true);
            check(REGISTRATION_AT_VDAB, false, all);
            if (age < 25 && wish !== 'study') check(/zonder die inschrijving verliest je gezin de kinderbijslag/, true);
          }
          if (wish === 'study' && qualification !== 'diploma-so') check(/tweedekansonderwijs/, true);
        }
        if (age !== null && age >= 18 && age < 25 && wish !== 'unsure') check(/Duaal leren kan tot 25 jaar/, true);
        if (age !== null && age >= 25) {
          // The path only: a contact card (Syntra, JES) may still name duaal leren beside its other courses.
          check(/duaal leren/i, false);
          check(/jonger bent dan 25/, wish === 'work' || wish === 'combine' || wish === 'unsure');
        }
        if (region === 'antwerpen') check(/Actiris|KANS|kinderbijslag/, false, all);
        if (age === null) {
          // Nothing that holds only for one age is said as if it held for everyone.
          check(/Ben je nog geen 18\? Dan ben je leerplichtig/, true);
          check(/^\d+\. (Schrijf je in|Tot je 18|Duaal leren kan tot 25)/m, false);
        }
        if (age !== null && age >= 18 && age < 25 && wish !== 'study') {
          if (qualification === 'none') check(/sinds 1 maart 2026 geen inschakelingsuitkering/, true);
          if (qualification === 'other-qualification') check(/vakbond \(ACV, ABVV, ACLVB\) of de HVW/, true);
        }
      }
    }
  });

  test('when no outcome was chosen, then the "don\'t know yet" path is shown', async () => {
    const { replies, path } = await outcomeTurn({ age: 22, place: { region: 'antwerpen', postcode: '2800' } });
    expect(replies.steps[0]).toBe('outcome.unsure');
    expect(path).toMatch(/Je weet het nog niet/);
    expect(path).toMatch(/JAC/);
  });

  test('when a 15-year-old in Mechelen chooses work, then the contacts are not the VDAB or an interim office', async () => {
    const { replies, all } = await outcomeTurn({ age: 15, place: { region: 'antwerpen', postcode: '2800' }, qualification: 'none', wish: 'work' });
    expect(replies.activities[1]?.channelData).toMatchObject({ step: 'referral' });
    const contactIds = (replies.activities[1]?.channelData as { contactIds?: string[] }).contactIds ?? [];
    expect(contactIds).not.toContain('vdab');
    expect(all).toMatch(/Hier kan je terecht bij echte mensen in de buurt/);
  });

  test('when the steps do not fit on a phone at once and the young person wants no more, then the people nearby and the offer come', async () => {
    const h = harness();
    seedProfile(h, { age: 17, place: { region: 'brussel', postcode: '1080' }, qualification: 'none', wish: 'combine' });
    const client = dialogClient(h, new OutcomeDialog(h.services));
    const first = await send(client, 'verder');
    expect(first.steps).toEqual(['outcome.combine', 'outcome.combine']);
    expect(first.texts[0]).toMatch(/^Je wil werken en leren samen[\s\S]*\n1\. /);
    const rest = await send(client, 'nee');
    expect(rest.steps).toEqual(['referral', 'referral.handover']);
  });
});

describe('OutcomeDialog: the contacts card shows only confirmed details', () => {
  test.each(WISHES)('when someone of 20 in Molenbeek chooses %s, then no unconfirmed phone, address or hours is on the card', async (wish) => {
    const { replies } = await outcomeTurn({ age: 20, place: PLACES[1]?.place ?? null, qualification: 'none', wish });
    const card = JSON.stringify(replies.activities[1]?.attachments ?? []) + replies.texts[1];
    const ids = (replies.activities[1]?.channelData as { contactIds?: string[] }).contactIds ?? [];
    const unconfirmed = content().contacts.contacts.filter((c) => ids.includes(c.id) && !c.source.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const contact of unconfirmed) {
      for (const detail of [contact.phone, contact.address, contact.hours, contact.email]) if (detail) expect(card).not.toContain(detail);
      if (contact.website) expect(card).toContain(contact.website);
    }
  });
});

/** The link buttons under the path message (a hero card's openUrl actions). */
function linkButtons(replies: TurnReplies): Array<{ title?: string; value?: unknown }> {
  const attachments = replies.activities[0]?.attachments ?? [];
  return attachments.flatMap((a) => ((a.content as { buttons?: Array<{ title?: string; value?: unknown }> } | undefined)?.buttons ?? []));
}

describe('OutcomeDialog: the way to the job they named', () => {
  const rows = AGES.flatMap((age) => PLACES.slice(0, 2).flatMap(({ name, place }) => (['work', 'combine', 'study'] as const).map((wish) => ({ age, name, place, wish }))));

  test.each(rows)('when someone of $age in $name who chose $wish sees their future as an electrician, then the ways for their age come with links', async ({ age, place, wish }) => {
    const { replies, path } = await outcomeTurn({ age, place, qualification: 'none', wish, future: 'later ben ik elektricien' });
    expect(replies.steps).toEqual([`outcome.${wish}`, 'referral', 'referral.handover']);
    expect(path).toMatch(/Je denkt aan werk als elektricien/);
    const urls = linkButtons(replies).map((button) => String(button.value));
    expect(urls).toContain('https://www.onderwijskiezer.be');
    if (age !== null && age < 18) {
      expect(path).not.toMatch(/VDAB|vdab\.be/);
      expect(urls.some((url) => url.includes('vdab'))).toBe(false);
      expect(path).toMatch(/Op school kies je een richting/);
    }
    if (age !== null && age >= 18) expect(urls).toContain('https://www.vdab.be/opleidingen');
    if (age !== null && age >= 25) expect(path).not.toMatch(/duaal/i);
  });

  test.each(['weet ik nie', 'hoeveel verdient een elektricien?', 'sla over'])('when their future answer was "%s", then no job route is added', async (future) => {
    const { replies, path } = await outcomeTurn({ age: 20, place: PLACES[0]?.place ?? null, qualification: 'none', wish: 'work', future });
    expect(path).not.toMatch(/Je denkt aan|Je noemde een beroep/);
    expect(replies.activities[0]?.attachments ?? []).toHaveLength(0);
  });

  test('when they named the job at their choice, then its route is shown too', async () => {
    const { path } = await outcomeTurn({ age: 19, place: PLACES[1]?.place ?? null, qualification: 'none', wish: 'work', occupation: 'kapper' });
    expect(path).toMatch(/Je denkt aan werk als kapper/);
    expect(path).toMatch(/Kapper leren kan ook met duaal leren/);
  });

  test('when they named a job the list does not know, then onderwijskiezer.be is offered', async () => {
    const { replies, path } = await outcomeTurn({ age: 17, place: PLACES[0]?.place ?? null, qualification: 'none', wish: 'study', future: 'ik wil dierenarts worden' });
    expect(path).toMatch(/Je noemde een beroep\. Op onderwijskiezer\.be/);
    expect(linkButtons(replies).map((button) => button.value)).toEqual(['https://www.onderwijskiezer.be']);
  });
});
