import { parseYaml } from '../../src/content/yamlFile.js';
import { CueScorer, cueLexiconSchema, type CueLexicon } from '../../src/understanding/cueScorer.js';

type Colour = 'red' | 'blue' | 'purple';

const schema = cueLexiconSchema<Colour>(['red', 'blue', 'purple']);

function lexicon(overrides: Partial<CueLexicon<Colour>> = {}): CueLexicon<Colour> {
  return {
    synonyms: { rood: 'red', rooie: 'red', blauwe: 'blue' },
    ignore: ['de', 'het', 'een'],
    clauseBreaks: ['maar'],
    negators: ['geen', 'niet'],
    modifiers: [],
    combinations: [],
    cues: [
      { id: 'red', label: 'red', weight: 2, ifNegated: { label: 'blue', weight: 1 }, phrases: ['red', 'kers*'] },
      { id: 'blue', label: 'blue', weight: 2, phrases: ['blue', 'hemelsblauw', 'donker red'] },
      { id: 'doubt', label: 'unclear', weight: 3, phrases: ['weet niet'] },
    ],
    ...overrides,
  };
}

describe('CueScorer', () => {
  const scorer = new CueScorer(lexicon());

  test.each([
    ['when a cue word is written as its synonym, then its label wins', 'rooie', 'red'],
    ['when a phrase ends in *, then it matches by prefix', 'kersenrood', 'red'],
    ['when a longer phrase holds a shorter cue, then the longer phrase wins', 'donker rood', 'blue'],
    ['when ignored words stand inside a phrase, then the phrase still matches', 'donker de rood', 'blue'],
    ['when a long word has one typo, then it still matches', 'hemelsblouw', 'blue'],
    ['when a negator is in the clause, then the cue turns into its ifNegated label', 'geen rood', 'blue'],
    ['when a negated cue has no ifNegated label, then it is dropped', 'niet blauwe', null],
    ['when the negator is in another clause, then the cue keeps its label', 'rood maar niet blauwe', 'red'],
    ['when two labels score the same, then there is no answer', 'rood blauwe', null],
    ['when nothing matches, then there is no answer', 'pizza', null],
  ])('%s', (_name, text, expected) => {
    expect(scorer.recognize(text)).toBe(expected);
  });

  test('when the negator is inside a phrase, then it negates nothing', () => {
    expect(scorer.scores('rood weet niet')).toEqual(
      new Map([
        ['red', 2],
        ['unclear', 3],
      ]),
    );
  });

  test('when two phrases repeat a label, then their weights add up', () => {
    expect(scorer.scores('rood rood kers').get('red')).toBe(6);
  });

  test('when a clause is negated with nothing to turn, then bareNegation scores', () => {
    const withBareNegation = new CueScorer(lexicon({ bareNegation: { label: 'blue', weight: 1 } }));
    expect(withBareNegation.recognize('niet')).toBe('blue');
    expect(scorer.recognize('niet')).toBeNull();
  });

  test('when a modifier stands in a clause, then it multiplies the weights of that clause only', () => {
    const withModifiers = new CueScorer(lexicon({ modifiers: [{ id: 'first', words: ['eerst'], factor: 2 }] }));
    expect(withModifiers.recognize('blauwe maar eerst rood')).toBe('red');
    expect(withModifiers.scores('blauwe maar eerst rood').get('red')).toBe(4);
  });

  test('when both labels of a combination score, then the combined label gets the smaller score plus the bonus', () => {
    const withCombination = new CueScorer(
      lexicon({ combinations: [{ id: 'mix', labels: ['red', 'blue'], label: 'purple', bonus: 1 }] }),
    );
    expect(withCombination.scores('rood blauwe').get('purple')).toBe(3);
    expect(withCombination.recognize('rood blauwe')).toBe('purple');
  });

  test.each([
    ['when the text has a question mark, then the question label scores', 'rood?', null],
    ['when the text starts with a question word, then the question label scores', 'welke rood', null],
    ['when a question word stands later in the text, then it is no question', 'rood welke', 'red'],
  ])('%s', (_name, text, expected) => {
    const withQuestion = new CueScorer(lexicon({ question: { words: ['welke'], label: 'unclear', weight: 3 } }));
    expect(withQuestion.recognize(text)).toBe(expected);
  });

  test('when a word is itself a lexicon word, then it is not read as a typo of another', () => {
    const close = new CueScorer(
      lexicon({
        cues: [
          { id: 'a', label: 'red', weight: 2, phrases: ['afgemaakt'] },
          { id: 'b', label: 'blue', weight: 1, phrases: ['afgehaakt'] },
        ],
      }),
    );
    expect(close.scores('afgemaakt').get('blue')).toBeUndefined();
    expect(close.recognize('afgemaakr')).toBe('red');
  });

  test('when a lexicon has an unknown label, then the error names the file, the entry and the field', () => {
    const yaml = [
      'synonyms: {}',
      'ignore: []',
      'clauseBreaks: []',
      'negators: []',
      'modifiers: []',
      'combinations: []',
      'cues:',
      '  - id: sky',
      '    label: green',
      '    weight: 1',
      '    phrases: [lucht]',
    ].join('\n');
    expect(() => parseYaml('colours.yaml', yaml, schema)).toThrow(/colours\.yaml[\s\S]*entry "sky", field "label"/);
  });
});
