import { TermAnalyzer, stem, words } from '../../src/knowledge/termAnalyzer.js';

describe('words', () => {
  test.each([
    ['Wat is de HVW?', ['wat', 'is', 'de', 'hvw']],
    ['mijn cv-ketel', ['mijn', 'cvketel']],
    ["diploma's en zo'n dingen", ['diploma', 'en', 'zo', 'dingen']],
    ['Tweeëntwintig/twintig', ['tweeentwintig', 'twintig']],
  ])('when the text is "%s", then the words are %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('TermAnalyzer', () => {
  const analyzer = new TermAnalyzer(['ik', 'de', 'wat', 'is', 'een', 'mijn'], ['Een uitkering aanvragen', 'werk zoeken']);

  test('when a text has stop words and numbers, then only the other words remain', () => {
    expect(analyzer.contentWords('Ik ben 19 en wat is de uitkering')).toEqual(['ben', 'en', 'uitkering']);
  });

  test('when words are inflected, then they get the same stem', () => {
    expect(stem('uitkeringen')).toBe(stem('uitkering'));
    expect(stem('inschrijven')).toBe(stem('inschrijve'));
  });

  test.each([
    ['werkloosheidsuitkering', [stem('uitkering')]],
    ['werkuitkering', [stem('uitkering'), stem('werk')]],
    ['uitkering', []],
    ['cvketel', []],
  ])('when the word is "%s", then its known compound parts are %j', (word, parts) => {
    expect(analyzer.groups(word)).toEqual([{ word, stem: stem(word), parts }]);
  });

  test('when a text repeats a word, then its terms are listed once', () => {
    expect(analyzer.terms('uitkering uitkeringen werkloosheidsuitkering')).toEqual([
      stem('uitkering'),
      stem('werkloosheidsuitkering'),
    ]);
  });
});
