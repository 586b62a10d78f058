import { numberWordValue, readNumberWords } from '../../src/understanding/dutchNumbers.js';

describe('numberWordValue', () => {
  test.each<[string, number | null]>([
    ['zes', 6],
    ['elf', 11],
    ['veertien', 14],
    ['negenenveertig', 49],
    ['tweeentwintig', 22],
    ['vijftien', 15],
    ['achtien', 18],
    ['zeventig', 70],
    ['zesde', null],
    ['twaalfde', null],
    ['eenentwintigste', null],
    ['zeg', null],
    ['tegen', null],
    ['zelf', null],
  ])('when the word is "%s", then its value is %p', (word, value) => {
    expect(numberWordValue(word)).toBe(value);
  });

  test.each<[string, number]>([
    ['negentie', 19],
    ['vijftein', 15],
  ])('when the typo "%s" is as close to a teen as to a tens word, then only a preference settles it', (word, value) => {
    expect(numberWordValue(word)).toBeNull();
    expect(numberWordValue(word, (candidate) => candidate < 30)).toBe(value);
  });
});

describe('readNumberWords', () => {
  test.each<[string, { value: number; length: number } | null]>([
    ['vier en dertig jaar', { value: 34, length: 3 }],
    ['vier en half', { value: 4, length: 1 }],
    ['een en twintig', { value: 21, length: 3 }],
    ['een meisje', null],
    ['jaar', null],
  ])('when the words are "%s", then the reading is %p', (text, reading) => {
    expect(readNumberWords(text.split(' '), 0)).toEqual(reading);
  });
});
