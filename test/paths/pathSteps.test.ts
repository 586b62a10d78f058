import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';
import { PathSteps } from '../../src/paths/pathSteps.js';
import { WISHES } from '../../src/understanding/types.js';

const paths = PathSteps.load(contentDir);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'perspectiefbot-paths-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `sources:
  onderwijskiezer:
    url: https://www.onderwijskiezer.be
    title: Onderwijskiezer
    checked: 2026-11-22
`;

/** Loads a paths.yaml written in a temp content folder; the error's message when it fails. */
function loadText(text: string): PathSteps | string {
  writeFileSync(join(dir, 'paths.yaml'), text);
  try {
    return PathSteps.load(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

const everyone = (text: string, extra = '') => `maxSteps: 2
${SOURCE}steps:
  - id: general
    choices: [work, combine, study, unsure]
    text: ${text}
    sources: [onderwijskiezer]
${extra}`;

describe('PathSteps (content/paths.yaml)', () => {
  test('when the file gives one step to everyone, then every profile gets it', () => {
    const loaded = loadText(everyone('Kijk op onderwijskiezer.be.'));
    expect(loaded).toBeInstanceOf(PathSteps);
    if (typeof loaded === 'string') return;
    expect(loaded.for({}, 'work').map((s) => s.id)).toEqual(['general']);
  });

  test('when a step names a source that is not in "sources", then loading fails and names the step and field', () => {
    const message = loadText(everyone('Kijk rond.').replace('sources: [onderwijskiezer]', 'sources: [vdab]'));
    expect(message).toMatch(/paths\.yaml/);
    expect(message).toMatch(/entry "general", field "sources".*unknown source "vdab"/);
  });

  test('when a step is for an unknown age and also has a minimum age, then loading fails', () => {
    const message = loadText(everyone('Kijk rond.', `  - id: odd
    choices: [work]
    when: { ageUnknown: true, minAge: 18 }
    text: Iets.
    sources: [onderwijskiezer]
`));
    expect(message).toMatch(/entry "odd", field "when": a step for an unknown age cannot also have minAge or maxAge/);
  });

  test('when a condition names a region the bot does not know, then loading fails on that field', () => {
    const message = loadText(everyone('Kijk rond.', `  - id: odd
    choices: [work]
    when: { region: [limburg] }
    text: Iets.
    sources: [onderwijskiezer]
`));
    expect(message).toMatch(/entry "odd", field "when", field "region"/);
  });

  test('when a choice would give someone no step, then loading fails and says for whom', () => {
    const message = loadText(`maxSteps: 2
${SOURCE}steps:
  - id: adults
    choices: [work, combine, study, unsure]
    when: { minAge: 18 }
    text: Kijk rond.
    sources: [onderwijskiezer]
`);
    expect(message).toMatch(/choice "study" has 0 steps for age 12, region antwerpen, qualification diploma-so/);
    expect(message).toMatch(/and \d+ more like these/);
  });

  test('when a choice would give someone more steps than maxSteps, then loading fails', () => {
    const extra = ['a', 'b'].map((id) => `  - id: extra-${id}
    choices: [study]
    text: Nog iets.
    sources: [onderwijskiezer]
`).join('');
    expect(loadText(everyone('Kijk rond.', extra))).toMatch(/choice "study" has 3 steps .*must be 1 to maxSteps, 2/);
  });

  test('when a condition is on a fact that is not known, then the step is not shown, unless it lists unknown', () => {
    const loaded = loadText(everyone('Kijk rond.', `  - id: flanders
    choices: [work]
    when: { region: [vlaanderen] }
    text: In Vlaanderen.
    sources: [onderwijskiezer]
  - id: nowhere-known
    choices: [combine]
    when: { region: [unknown], qualification: [unknown] }
    text: Waar je ook woont.
    sources: [onderwijskiezer]
`));
    if (typeof loaded === 'string') throw new Error(loaded);
    expect(loaded.for({ region: 'limburg' }, 'work').map((s) => s.id)).toEqual(['general', 'flanders']);
    expect(loaded.for({ region: 'brussel' }, 'work').map((s) => s.id)).toEqual(['general']);
    expect(loaded.for({}, 'work').map((s) => s.id)).toEqual(['general']);
    expect(loaded.for({ region: null, qualification: null }, 'combine').map((s) => s.id)).toEqual(['general', 'nowhere-known']);
    expect(loaded.for({ region: 'brussel' }, 'combine').map((s) => s.id)).toEqual(['general']);
  });

  test('when a step is shown, then its sources come with their page and check date', () => {
    const loaded = loadText(everyone('Kijk op onderwijskiezer.be.'));
    if (typeof loaded === 'string') throw new Error(loaded);
    const [step] = loaded.for({ age: 16 }, 'study');
    expect(step && loaded.sourcesOf(step)).toEqual([{ url: 'https://www.onderwijskiezer.be', title: 'Onderwijskiezer', checked: '2026-11-22' }]);
  });

  test('when the real content is loaded, then every step names at least one source with a check date', () => {
    for (const step of paths.steps) {
      const dates = paths.sourcesOf(step).map((source) => source.checked);
      expect({ id: step.id, dated: dates.length > 0 && dates.every((date) => /^2026-\d\d-\d\d$/.test(date)) }).toEqual({ id: step.id, dated: true });
    }
  });

  test.each(WISHES)('when a 16-year-old in Brussels chooses %s, then the path starts with the CLB and KANS', (wish) => {
    const [first] = paths.for({ age: 16, region: 'brussel', qualification: 'none' }, wish);
    expect(first?.id).toBe('kans-first');
    expect(first?.text).toMatch(/CLB.*KANS/s);
  });

  test('when the age is 25, then no step offers duaal leren, and at 24 it does', () => {
    for (const wish of WISHES) {
      expect(paths.for({ age: 25, region: 'limburg', qualification: 'none' }, wish).some((s) => /duaal leren/i.test(s.text))).toBe(false);
    }
    expect(paths.for({ age: 24, region: 'limburg', qualification: 'none' }, 'combine').some((s) => /duaal leren/i.test(s.text))).toBe(true);
  });
});
