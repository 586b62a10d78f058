import { readScaleScore } from '../../src/understanding/scaleScore.js';

describe('a score typed at "Hoe zeker ben je, van 1 tot 10?"', () => {
  test.each([
    ['7', 7],
    ['8/10', 8],
    ['een 6 ofzo', 6],
    ['een acht denk ik', 8],
    ['zeven', 7],
    ['een zes, nee een zeven', 7],
    ['tien!', 10],
    ['maar een', 1],
    ['één', 1],
    ['ik zou zeggen één, eerlijk', 1],
  ])('when they type "%s", then the score is %d', (text, score) => {
    expect(readScaleScore(text)).toBe(score);
  });

  test.each(['ik heb al een afspraak gemaakt', 'een beetje', 'best wel', 'geen idee', 'een paar dagen', '12'])(
    'when they type "%s", then it is no score',
    (text) => {
      expect(readScaleScore(text)).toBeNull();
    },
  );
});
