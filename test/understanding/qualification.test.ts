import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, readYamlFile } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';
import { QualificationRecognizer, qualificationLexiconSchema } from '../../src/understanding/qualification.js';

const recognizer = QualificationRecognizer.load(contentDir);

describe('QualificationRecognizer', () => {
  test('when the shipped lexicon is read, then it validates', () => {
    const file = join(contentDir, 'understanding', 'qualification.yaml');
    expect(readYamlFile(file, qualificationLexiconSchema).cues.length).toBeGreaterThan(0);
  });

  test.each([
    ['ja', 'diploma-so'],
    ['jep heb ik', 'diploma-so'],
    ['k heb men diploma van t middelbaar', 'diploma-so'],
    ['tuurlijk, tso handel', 'diploma-so'],
    ['ik heb mijn diplooma via tweedekans gehaald', 'diploma-so'],
    ['ja via de examencomissie', 'diploma-so'],
    ['zevende jaar verzorging gedaan dus ja', 'diploma-so'],
    ['aso afgewerkt, latijn-wiskunde', 'diploma-so'],
  ])('when the answer is "%s", then it reads as %s', (text, expected) => {
    expect(recognizer.recognize(text)).toBe(expected);
  });

  test.each([
    ['studiegetuigschrift 6de jaar', 'other-qualification'],
    ['ik heb enkel een getuigschrift', 'other-qualification'],
    ['zesde beroeps gedaan, geen zevende', 'other-qualification'],
    ['nee geen diploma maar wel een beroepskwalificatie', 'other-qualification'],
    ['ja een getuigschrift van het buso ov3', 'other-qualification'],
    ['ik heb mijn leertijd afgemaakt bij syntra', 'other-qualification'],
    ['ja maar enkel van het buso', 'other-qualification'],
  ])('when the answer names a certificate, "%s", then it reads as %s', (text, expected) => {
    expect(recognizer.recognize(text)).toBe(expected);
  });

  test.each([
    'nee',
    'neeje',
    'nee nie',
    'nope niks',
    'geen diploma',
    'geen diploma en ook geen getuigschrift',
    'k heb da nie gehaald',
    'mijn diploma heb ik niet gehaald',
    'ik heb het middelbaar nooit afgemaakt',
    'ja het zesde jaar tso, maar niet afgemaakt',
    'nee, tweede jaar gebuist en toen gestopt',
    'alleen een b-attest van het derde jaar',
    'alleen mijn getuigschrift basisonderwijs',
    'ik zit nog in het vijfde middelbaar',
    'spijtig genoeg niet',
  ])('when the answer is negative or a dropout, "%s", then it reads as none', (text) => {
    expect(recognizer.recognize(text)).toBe('none');
  });

  test.each([
    'weet nie',
    'euhm geen idee',
    'misschien',
    'hoezo',
    'waarom wil je dat weten',
    'zeg ik liever niet',
    'wat is het verschil tussen een diploma en een getuigschrift?',
    'normaal gezien wel, moet het eens vragen aan mijn ma',
    'wacht nog op de uitslag van de klassenraad',
    'diploma uit syrië, geen idee of dat hier telt',
    'mijn diploma is van turkije',
  ])('when the answer is unclear, refused or asked back, "%s", then there is no reading', (text) => {
    expect(recognizer.recognize(text)).toBeNull();
  });

  test('when the lexicon file is broken, then loading names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualification-'));
    mkdirSync(join(dir, 'understanding'));
    const shipped = readFileSync(join(contentDir, 'understanding', 'qualification.yaml'), 'utf8');
    const broken = shipped.replace(/(id: diploma\n\s+label: diploma-so\n\s+)weight: 3/, '$1weight: veel');
    writeFileSync(join(dir, 'understanding', 'qualification.yaml'), broken);
    expect(() => QualificationRecognizer.load(dir)).toThrow(ContentError);
    expect(() => QualificationRecognizer.load(dir)).toThrow(/qualification\.yaml[\s\S]*entry "diploma", field "weight"/);
  });
});
