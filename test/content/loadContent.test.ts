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
});
