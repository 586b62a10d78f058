import { contentDir } from '../../src/paths.js';
import { Understanding } from '../../src/understanding/understanding.js';

const understanding = Understanding.load(contentDir);
const today = new Date('2026-11-22T12:00:00Z');

describe('English and French through Recognizers-Text', () => {
  test.each([
    ['I am 17 years old', 17],
    ["j'ai seize ans", 16],
    ["I'm eighteen", 18],
    ['born on 3 march 2008', 18],
    ['née le 12/04/2009', 17],
    ["I'll be 20 next month", 19],
    ['presque 17 ans', 16],
    ['31 years old', null],
  ])('when the age is written "%s", then it reads as %s', (text, expected) => {
    expect(understanding.age(text, today)).toBe(expected);
  });

  test('when a Dutch answer names a school year, then the English and French readers add no age', () => {
    expect(understanding.age('ik zit in het 5de jaar', today)).toBeNull();
  });

  test.each([
    ['yes please', 'yes'],
    ['oui', 'yes'],
    ['non merci', 'no'],
    ['ok', 'yes'],
  ])('when a confirm question is answered "%s", then it reads as %s', (text, expected) => {
    expect(understanding.yesNo(text)).toBe(expected);
  });

  test('when a phone number is written in a format the Belgian finder does not know, then it is still found', () => {
    expect(understanding.contactDetails('bel me op 06 61 23 45 67')).toEqual({ kind: 'phone', value: '06 61 23 45 67' });
  });
});
