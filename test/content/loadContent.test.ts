import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAllContent } from '../../src/content/checkAll.js';
import { loadContent } from '../../src/content/loadContent.js';
import { contentDir } from '../../src/paths.js';

describe('content at start-up', () => {
  let copy: string;
  beforeEach(async () => {
    copy = await mkdtemp(join(tmpdir(), 'perspectiefbot-content-'));
    await cp(contentDir, copy, { recursive: true });
  });
  afterEach(async () => rm(copy, { recursive: true, force: true }));

  test('when the shipped content is loaded, then it validates and the check reports no errors', () => {
    expect(() => loadContent(contentDir)).not.toThrow();
    expect(checkAllContent(contentDir, new Date('2026-11-24')).errors).toEqual([]);
  });

  test('when a message key is defined twice, then the error names both files and the key', async () => {
    await writeFile(join(copy, 'messages', 'extra.yaml'), 'help.text: "Nog een hulptekst."\n');
    expect(() => loadContent(copy)).toThrow(/extra\.yaml[\s\S]*key "help\.text" is already defined/);
  });

  test('when a knowledge entry lacks its sources, then the check names the file, the entry and the field', async () => {
    const file = join(copy, 'knowledge', 'groeipakket.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^sources:/m, 'bronnen:'));
    const report = checkAllContent(copy, new Date('2026-11-24'));
    expect(report.errors.join('\n')).toMatch(/groeipakket\.yaml[\s\S]*sources/);
  });

  test('when a lexicon has a wrong field, then loading names the file and the field', async () => {
    const file = join(copy, 'understanding', 'phrases.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^questionWords:/m, 'questionWordz:'));
    expect(() => loadContent(copy)).toThrow(/phrases\.yaml[\s\S]*questionWord/);
  });

  test('when a content file is not valid YAML, then the error names the file, the line and the column', async () => {
    await writeFile(join(copy, 'messages', 'extra.yaml'), 'extra.one: "Een."\nextra.two: "Twee."\nextra.one: "Nog eens."\n');
    expect(() => loadContent(copy)).toThrow(/extra\.yaml:\n {2}- line 3, column 1: not valid YAML: Map keys must be unique/);
  });

  test('when a field has a wrong value, then the error names the file, the line and column of the value, the entry and the field', async () => {
    const file = join(copy, 'contacts.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => /^ {2}phone: /.test(line));
    expect(at).toBeGreaterThan(-1);
    lines[at] = '  phone: [112]';
    await writeFile(file, lines.join('\n'));
    expect(() => loadContent(copy)).toThrow(new RegExp(`contacts\\.yaml:\\n {2}- line ${at + 1}, column 10: entry "[^"]+", field "phone": `));
  });

  test('when a message key is defined twice, then the error says where the second one is', async () => {
    await writeFile(join(copy, 'messages', 'extra.yaml'), '# extra\nhelp.text: "Nog een hulptekst."\n');
    expect(() => loadContent(copy)).toThrow(/extra\.yaml:\n {2}- line 2, column 12: key "help\.text" is already defined/);
  });

  test('when a knowledge entry is related to an unknown entry, then the check says on which line and column', async () => {
    const file = join(copy, 'knowledge', 'groeipakket.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => /^related:/.test(line));
    expect(at).toBeGreaterThan(-1);
    lines.splice(at + 1, 0, '  - bestaat-niet');
    await writeFile(file, lines.join('\n'));
    const report = checkAllContent(copy, new Date('2026-11-24'));
    expect(report.errors).toContainEqual(expect.stringMatching(new RegExp(`groeipakket\\.yaml: entry "groeipakket": line ${at + 2}, column 5: field "related": no entry has the id "bestaat-niet"`)));
  });
});
