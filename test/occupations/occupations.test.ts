import { Occupations } from '../../src/occupations/occupations.js';
import { contentDir } from '../../src/paths.js';
import { occupationFileSchema } from '../../src/occupations/schema.js';

const occupations = Occupations.load(contentDir);
const AGES: ReadonlyArray<number | null> = [14, 15, 16, 17, 18, 21, 24, 25, 26, 30, null];

describe('Occupations: the job a young person names', () => {
  test.each([
    ['over vijf jaar ben ik elektricien', 'elektricien'],
    ['ik zie mezelf als verpleegster in een ziekenhuis', 'zorg'],
    ['kok in een restaurant', 'kok'],
    ['ik heb mijn eigen kapsalon', 'kapper'],
    ['kapsters verdienen goed', 'kapper'],
    ['ik ben vrachtwagenchauffeur', 'vrachtwagenchauffeur'],
    ['ik wil lassen', 'lasser'],
    ['op de werf als metser', 'bouw'],
    ['magazijnier bij een groot bedrijf', 'logistiek'],
    ['ik werk in een kribbe', 'kinderbegeleider'],
    ['iets met IT', 'it'],
    ['ik sta in een winkel als verkoopster', 'verkoop'],
    ['I want to be a hairdresser', 'kapper'],
    ['je veux être électricien', 'elektricien'],
    ['truck driver', 'vrachtwagenchauffeur'],
    ['ik ga bij het leger', 'defensie'],
  ])('when they write "%s", then it names %s', (text, id) => {
    expect(occupations.match(text)?.id).toBe(id);
  });

  test.each(['ik wil gelukkig zijn', 'I just want to do it right', 'ik zorgde voor mijn broer', 'een eigen huis met een tuin'])(
    'when they write "%s", then no occupation is named',
    (text) => {
      expect(occupations.match(text)).toBeUndefined();
    },
  );

  test('when they name a job the list does not know, then onderwijskiezer.be is the way, without a made-up route', () => {
    const route = occupations.routeFor(['ik wil dierenverzorger worden'], { age: 17 });
    expect(route).toEqual({ ways: [], links: [expect.objectContaining({ url: 'https://www.onderwijskiezer.be' })], sources: [expect.objectContaining({ url: 'https://www.onderwijskiezer.be' })] });
  });

  test('when nothing they wrote sounds like a job, then there is no route', () => {
    expect(occupations.routeFor(['ik wil gelukkig zijn', null, undefined], { age: 17 })).toBeUndefined();
  });
});

describe('Occupations: the ways to each job, by age', () => {
  const rows = occupations.all.flatMap((occupation) => AGES.map((age) => ({ id: occupation.id, age })));

  test.each(rows)('when they name $id at age $age, then only ways open at that age are shown, with sources', ({ id, age }) => {
    const route = occupations.routeFor([], { age }, id);
    expect(route?.occupationId).toBe(id);
    if (!route) return;
    const shown = [...route.ways, ...route.links.map((link) => link.url)].join('\n');
    const at = { id, age };
    const check = (pattern: RegExp, expected: boolean) => expect({ ...at, pattern: String(pattern), shown: pattern.test(shown) }).toEqual({ ...at, pattern: String(pattern), shown: expected });
    if (age !== null && age < 18) {
      check(/VDAB|vdab\.be/, false);
      check(/tweedekans/i, false);
    }
    if (age !== null && age >= 25) check(/duaal/i, false);
    expect(route.links.map((link) => link.url)).toContain('https://www.onderwijskiezer.be');
    expect(route.sources.length).toBeGreaterThan(0);
    for (const source of route.sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('when someone of 20 names a job with a general route, then duaal leren and the VDAB are among the ways', () => {
    const route = occupations.routeFor(['elektricien'], { age: 20 });
    expect(route?.ways.join('\n')).toMatch(/duaal leren[\s\S]*tot 25 jaar/);
    expect(route?.links.map((link) => link.url)).toContain('https://www.vdab.be/opleidingen');
  });

  test('when someone of 16 names a job, then school and duaal leren (from 16, or 15 after two years) are the ways', () => {
    const ways = occupations.routeFor(['kapper'], { age: 16 })?.ways.join('\n') ?? '';
    expect(ways).toMatch(/Op school/);
    expect(ways).toMatch(/vanaf 16, of vanaf 15 na de eerste twee jaar secundair/);
  });
});

describe('Occupations: the file an editor keeps', () => {
  const valid = {
    sources: { ok: { url: 'https://www.onderwijskiezer.be', title: 'Onderwijskiezer', checked: '2026-12-05' } },
    links: { onderwijskiezer: { title: 'Studies', url: 'https://www.onderwijskiezer.be' }, vdab: { title: 'VDAB', url: 'https://www.vdab.be/opleidingen' } },
    ways: [{ id: 'school', text: 'Op school.', sources: ['ok'] }],
    jobCues: ['worden'],
    occupations: [{ id: 'kok', name: 'werk als kok', words: ['kok'], notes: [{ text: 'Een zin.', sources: ['ok'] }] }],
  };

  test('when every way and note names a known source, then the file is read', () => {
    expect(occupationFileSchema.safeParse(valid).success).toBe(true);
  });

  test('when a note names a source that is not in "sources", then the file is refused at that note', () => {
    const bad = { ...valid, occupations: [{ ...valid.occupations[0], notes: [{ text: 'Een zin.', sources: ['nergens'] }] }] };
    const result = occupationFileSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['occupations.0.notes.0.sources.0']);
  });

  test('when an occupation lists a way that does not exist, or an id twice, then the file is refused', () => {
    const bad = { ...valid, occupations: [{ ...valid.occupations[0], ways: ['vliegen'] }, valid.occupations[0]] };
    const messages = occupationFileSchema.safeParse(bad).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(['unknown way "vliegen" (not in "ways")', 'occupation id "kok" is used twice']));
  });
});
