import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, readYamlFile } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';
import { WishRecognizer, wishLexiconSchema } from '../../src/understanding/wish.js';

const recognizer = WishRecognizer.load(contentDir);

describe('WishRecognizer', () => {
  test('when the shipped lexicon is read, then it validates', () => {
    const file = join(contentDir, 'understanding', 'wish.yaml');
    expect(readYamlFile(file, wishLexiconSchema).cues.length).toBeGreaterThan(0);
  });

  test.each([
    ['studeren', 'study'],
    ['ik wil terug studeren', 'study'],
    ['terug naar school maar een andere', 'study'],
    ['mijn diploma halen via de examencommissie', 'study'],
    ['examencommisie', 'study'],
    ['een vdab opleiding als heftruckchauffeur', 'study'],
    ['cursussen volgen bij het cvo', 'study'],
    ['een opleiding in de bouw', 'study'],
    ['eerst mijn middelbaar afmaken en dan werken', 'study'],
    ['eerst nog een cursus, daarna zien we wel voor werk', 'study'],
  ])('when the answer is "%s", then it reads as %s', (text, expected) => {
    expect(recognizer.recognize(text)).toBe(expected);
  });

  test.each([
    'werken',
    'wrken',
    'gaan werken',
    'ne job zoeken',
    'werk vinden en cash verdienen',
    'bij defensie',
    'interimwerk doen',
    'meteen beginnen werken in de horeca',
    'geen school meer, werken',
    'school is niks voor mij, ik wil werken',
    'een job als magazijnier',
  ])('when the answer is about a job now, "%s", then it reads as work', (text) => {
    expect(recognizer.recognize(text)).toBe('work');
  });

  test.each([
    'duaal leren',
    'beide',
    'allebei eigenlijk',
    'werken en studeren combineren',
    'een job en avondschool erbij',
    'job overdag, avondschool',
    'leren en werken bij een garage',
    '4 dagen op de werkvloer en 1 dag les',
    'werken maar tegelijk een opleiding volgen',
    'een leercontract',
  ])('when the answer joins work and learning, "%s", then it reads as combine', (text) => {
    expect(recognizer.recognize(text)).toBe('combine');
  });

  test.each([
    'weet ik nie',
    'kweet het nog nie',
    'no idea',
    'twijfel nog',
    'twijfel tussen werk en school',
    'werken of studeren, ik kan niet kiezen',
    'ik heb geen flauw idee wat ik wil',
    'geen plan eigenlijk',
    'dat moet ik nog uitzoeken',
  ])('when the answer doubts, "%s", then it reads as unsure', (text) => {
    expect(recognizer.recognize(text)).toBe('unsure');
  });

  test.each(['chillen', 'netflix kijken', 'op reis gaan', 'niks', 'gaat je niks aan', 'waarom vraag je dat', 'wat zijn mijn opties?'])(
    'when the answer is off-topic, refused or asked back, "%s", then there is no reading',
    (text) => {
      expect(recognizer.recognize(text)).toBeNull();
    },
  );

  test('when the lexicon file is broken, then loading names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wish-'));
    mkdirSync(join(dir, 'understanding'));
    const shipped = readFileSync(join(contentDir, 'understanding', 'wish.yaml'), 'utf8');
    const broken = shipped.replace(/(id: combine\n\s+)label: combine/, '$1label: samen');
    writeFileSync(join(dir, 'understanding', 'wish.yaml'), broken);
    expect(() => WishRecognizer.load(dir)).toThrow(ContentError);
    expect(() => WishRecognizer.load(dir)).toThrow(/wish\.yaml[\s\S]*entry "combine", field "label"/);
  });
});
