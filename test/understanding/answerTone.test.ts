import { PhraseBook } from '../../src/understanding/phraseBook.js';
import { contentDir } from '../../src/paths.js';

const phrases = PhraseBook.load(contentDir);

describe('how an answer to an open question sounds (content/understanding/phrases.yaml, tone)', () => {
  test.each(['nu voel ik me eigenlijk alleen maar moe en leeg', 'het lukt niet', 'ik heb geen zin in school', 'Niemand, echt niemand.', 'ik ben zo MOE'])(
    'when the answer is "%s", then it sounds low',
    (text) => expect(phrases.soundsLow(text)).toBe(true),
  );

  test.each(['ik werk als kok in een restaurant', 'mijn mama en mijn lief', 'dat ik goed kan luisteren', 'ik wil een moestuin'])(
    'when the answer is "%s", then it does not sound low',
    (text) => expect(phrases.soundsLow(text)).toBe(false),
  );

  test.each(['ja', 'euh ja', 'Hmm...', 'niks', 'ok ok', ''])('when the answer is "%s", then it says next to nothing', (text) =>
    expect(phrases.isVague(text)).toBe(true),
  );

  test.each(['ja, kok worden', 'mama', 'niks meer met school te maken hebben', 'goed leren koken'])(
    'when the answer is "%s", then it says something',
    (text) => expect(phrases.isVague(text)).toBe(false),
  );
});
