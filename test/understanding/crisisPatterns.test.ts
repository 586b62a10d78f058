import { PatternCompiler, TokenView } from '../../src/understanding/crisisPatterns.js';

const compiler = new PatternCompiler({
  self: ['mezelf', 'mijzelf'],
  'not-more': ['niet meer', 'nimeer'],
  hurt: ['snij*', 'pijn doen'],
});

const matches = (terms: string[], text: string): boolean =>
  compiler.pattern({ all: [terms] }).matches(TokenView.of(text));

describe('crisis term matching', () => {
  test.each([
    ['a word with one typo', ['afscheidsbrief'], 'ik schreef een afscheidsbrif'],
    ['a long word split in two', ['zelfmoord'], 'ik denk aan zelf moord'],
    ['a phrase typed as one word', ['niet meer leven'], 'ik wil nietmeer leven'],
    ['a prefix with a longer word', ['zelfmoord*'], 'ik heb zelfmoordgedachten'],
    ['a suffix in a compound', ['*pillen'], 'ik heb slaappillen gespaard'],
    ['a concept inside a phrase', ['@not-more leven'], 'ik wil nimeer leven'],
    ['accents and capitals', ['suicidaal'], 'Ik ben SUÏCIDAAL'],
  ])('when the text has %s, then the term matches', (_, terms, text) => {
    expect(matches(terms, text)).toBe(true);
  });

  test.each([
    ['a short word with a typo', ['dood'], 'de deur is dicht, ik doe het'],
    ['a word marked exact with a typo', ['=doodgaan'], 'ik wil doorgaan met school'],
    ['a short word in a phrase that differs by one letter', ['nergens heen'], 'ik wil ergens heen'],
    ['a prefix that only fits after dropping a letter', ['aanrand*'], 'kan je iets aanraden'],
  ])('when the text has %s, then the term does not match', (_, terms, text) => {
    expect(matches(terms, text)).toBe(false);
  });
});

describe('crisis patterns', () => {
  const selfHarm = compiler.pattern({ all: ['@self', '@hurt'], window: 4 });

  test('when both groups occur in any order within the window, then the pattern matches', () => {
    expect(selfHarm.matches(TokenView.of('ik snij mezelf'))).toBe(true);
    expect(selfHarm.matches(TokenView.of('ik wil mezelf pijn doen'))).toBe(true);
  });

  test('when the groups are further apart than the window, then the pattern does not match', () => {
    expect(selfHarm.matches(TokenView.of('mezelf vind ik stom en de groenten snij ik fijn'))).toBe(false);
  });

  test('when the pattern is ordered, then the groups must come in that order', () => {
    const ordered = compiler.pattern({ all: [['hang'], ['op']], window: 3, ordered: true });
    expect(ordered.matches(TokenView.of('ik hang me op'))).toBe(true);
    expect(ordered.matches(TokenView.of('op de kast hang ik'))).toBe(false);
  });

  test('when one token would have to serve two groups, then the pattern does not match', () => {
    const twoWords = compiler.pattern({ all: [['me'], ['me']] });
    expect(twoWords.matches(TokenView.of('hij slaat me'))).toBe(false);
    expect(twoWords.matches(TokenView.of('hij slaat me en duwt me'))).toBe(true);
  });

  test('when tokens are masked, then they match nothing', () => {
    const view = TokenView.of('ik verveel me dood');
    const masked = view.mask({ start: 1, end: 3 });
    const dood = compiler.group('dood');
    expect(view.spans(dood)).toEqual([{ start: 3, end: 3 }]);
    expect(masked.spans(dood)).toEqual([]);
  });

  test('when a concept refers to itself, then compiling it fails with the chain', () => {
    const circular = new PatternCompiler({ a: ['@b'], b: ['@a'] });
    expect(() => circular.group('@a')).toThrow(/@a/);
  });
});
