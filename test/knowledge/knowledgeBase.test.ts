import { ContentError } from '../../src/content/yamlFile.js';
import { readKnowledgeContent } from '../../src/knowledge/entries.js';
import { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { loadTopicLexicon } from '../../src/knowledge/lexicon.js';
import { fixtureContent, realContent } from './fixtures.js';

function fixtureBase(): KnowledgeBase {
  const { entries } = readKnowledgeContent(fixtureContent('valid'));
  return KnowledgeBase.create(
    entries.map(({ entry }) => entry),
    loadTopicLexicon(realContent),
  );
}

describe('KnowledgeBase.match', () => {
  const kb = fixtureBase();

  test.each([
    ['a keyword in slang', 'stempelen na het middelbaar, lukt dat?', 'uitkering'],
    ['words from the title and questions', 'hoeveel dagen wachten voor de uitkering', 'wachttijd'],
    ['a typo', 'loopt het groeipaket nog door', 'groeipakket'],
    ['an inflected form', 'motivatiebrieven schrijven', 'solliciteren'],
    ['a compound whose head is known', 'krijg ik een werkloosheidsuitkering', 'uitkering'],
    ['capitals and accents', 'MUTUALITÉIT??', 'ziekenfonds'],
    ['a place abroad and a place here', 'ik kom uit Nederland maar woon in België, krijg ik groeipakket', 'groeipakket'],
  ])('when the question has %s, then the entry that answers it is found', (_case, text, id) => {
    expect(kb.match(text)).toEqual({ kind: 'answer', id, score: expect.any(Number) });
  });

  test.each([
    ['it is about something else', 'wat eten we vanavond'],
    ['it shares one word with a topic but is about something else', 'de wachttijd bij de tandarts duurt eeuwig'],
    ['it is about another country', 'werkloosheidsuitkering in Duitsland'],
    ['it is empty', ''],
    ['it has only stop words', 'ik ik de de'],
    ['it matches only example-question words, no title or keyword', 'hoe bereid ik mijn reis voor'],
  ])('when the question %s, then no entry answers', (_case, text) => {
    expect(kb.match(text)).toEqual({ kind: 'none' });
  });

  test('when a question is equally about two entries, then both are offered', () => {
    const match = kb.match('dokter en cv');
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && [...match.ids].sort()).toEqual(['solliciteren', 'ziekenfonds']);
  });

  test('when an entry answers, then its score is the share of the question it explains', () => {
    const full = kb.match('groeipakket');
    const partial = kb.match('kindergeld voor mijn lief');
    expect(full).toEqual({ kind: 'answer', id: 'groeipakket', score: 1 });
    expect(partial.kind === 'answer' && partial.score).toBeLessThan(1);
  });
});

describe('KnowledgeBase entries', () => {
  const kb = fixtureBase();

  test('when entries are listed, then each can be looked up by its id', () => {
    const ids = kb.entries().map((entry) => entry.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(kb.entry(id)?.id).toBe(id);
    expect(kb.entry('rijbewijs')).toBeUndefined();
  });
});

describe('KnowledgeBase.load', () => {
  test('when the content has errors, then load throws one ContentError listing them all', () => {
    expect(() => KnowledgeBase.load(fixtureContent('broken'))).toThrow(ContentError);
    expect(() => KnowledgeBase.load(fixtureContent('broken'))).toThrow(/beta\.yaml: entry "alfa"[\s\S]*gamma\.yaml: entry "gamma"/);
  });

  test('when the real content is loaded, then every entry is found by its own title', () => {
    const kb = KnowledgeBase.load(realContent);
    for (const entry of kb.entries()) {
      expect([entry.id, kb.match(entry.title)]).toEqual([entry.id, { kind: 'answer', id: entry.id, score: expect.any(Number) }]);
    }
  });
});
