import { AlternativeIndex } from '../../src/understanding/alternativeIndex.js';
import { parseWord } from '../../src/understanding/crisisWords.js';

const phrase = (text: string) => text.split(' ').flatMap(parseWord);

function indexOf(): AlternativeIndex<string> {
  const index = new AlternativeIndex<string>();
  index.add('hurt', 0, { phrase: phrase('pijn doen') });
  index.add('hurt', 1, { phrase: phrase('snij*') });
  index.add('not-more', 0, { phrase: phrase('niet meer') });
  index.add('self', 0, { phrase: phrase('zelfmoord'), split: { ...phrase('zelfmoord')[0]!, typos: 0 } });
  index.add('self', 1, { phrase: phrase('snijden') });
  return index;
}

describe('AlternativeIndex', () => {
  it('when a token can begin alternatives of several sets, then each set gets its own, in order', () => {
    const places = indexOf().startingWith('snijden');

    expect(Object.fromEntries(places)).toEqual({ hurt: [1], self: [1] });
  });

  it('when two plain first words are typed as one token, then that token begins the alternative', () => {
    expect(Object.fromEntries(indexOf().startingWith('nietmeer'))).toEqual({ 'not-more': [0] });
  });

  it('when a token begins nothing, then no set has a place, also when it is asked again', () => {
    const index = indexOf();

    expect(index.startingWith('fiets').size).toBe(0);
    expect(index.startingWith('fiets').size).toBe(0);
  });

  it('when two tokens joined spell a long word, then the split alternative is found, and not with a typo', () => {
    const index = indexOf();

    expect(Object.fromEntries(index.splitAs('zelfmoord'))).toEqual({ self: [0] });
    expect(index.splitAs('zelfmoort').size).toBe(0);
  });

  it('when alternatives are added after a token was asked, then asking again sees them', () => {
    const index = indexOf();
    expect(index.startingWith('fiets').size).toBe(0);

    index.add('ride', 0, { phrase: phrase('fiets') });

    expect(Object.fromEntries(index.startingWith('fiets'))).toEqual({ ride: [0] });
  });
});
