import { answerFor, conditionHolds, type KbFacts } from '../../src/knowledge/answers.js';
import type { KbCondition } from '../../src/knowledge/schema.js';
import { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { fixtureContent, realContent } from './fixtures.js';
import { readKnowledgeContent } from '../../src/knowledge/entries.js';
import { loadTopicLexicon } from '../../src/knowledge/lexicon.js';

describe('conditionHolds', () => {
  test.each<[string, KbCondition, KbFacts, boolean]>([
    ['the region matches', { region: ['brussel'] }, { region: 'brussel' }, true],
    ['the region differs', { region: ['brussel'] }, { region: 'vlaanderen' }, false],
    ['the region is unknown', { region: ['brussel'] }, {}, false],
    ['the age is within the bounds', { minAge: 18, maxAge: 24 }, { age: 18 }, true],
    ['the age is above the maximum', { maxAge: 24 }, { age: 25 }, false],
    ['the age is below the minimum', { minAge: 18 }, { age: 17 }, false],
    ['the age is unknown', { minAge: 18 }, { region: 'brussel' }, false],
    ['the qualification is listed', { qualification: ['none', 'other-qualification'] }, { qualification: 'none' }, true],
    ['the qualification is not listed', { qualification: ['none'] }, { qualification: 'diploma-so' }, false],
    ['one of two conditions fails', { region: ['vlaanderen'], maxAge: 17 }, { region: 'vlaanderen', age: 18 }, false],
    ['both conditions hold', { region: ['vlaanderen'], maxAge: 17 }, { region: 'vlaanderen', age: 16 }, true],
  ])('when %s, then the condition holds is %s', (_case, when, facts, holds) => {
    expect(conditionHolds(when, facts)).toBe(holds);
  });
});

describe('answerFor', () => {
  const { entries } = readKnowledgeContent(fixtureContent('valid'));
  const kb = KnowledgeBase.create(
    entries.map(({ entry }) => entry),
    loadTopicLexicon(realContent),
  );
  const uitkering = kb.entry('uitkering');

  test.each<[string, KbFacts, string | undefined, boolean]>([
    ['nothing is known', {}, uitkering?.answer, false],
    ['the first variant applies', { qualification: 'none', region: 'brussel', age: 16 }, uitkering?.variants[0]?.answer, true],
    ['only the second variant applies', { qualification: 'diploma-so', region: 'brussel', age: 16 }, uitkering?.variants[1]?.answer, true],
    ['no variant applies', { qualification: 'diploma-so', region: 'vlaanderen', age: 16 }, uitkering?.answer, false],
  ])('when %s, then the text is the right one', (_case, facts, text, personalised) => {
    const answer = kb.answerFor('uitkering', facts);
    expect(answer.text).toBe(text);
    expect(answer.personalised).toBe(personalised);
    expect(answer).toMatchObject({ id: 'uitkering', title: uitkering?.title, more: uitkering?.more, related: ['wachttijd'] });
  });

  test('when an entry has no variants, then every young person gets the general answer', () => {
    const entry = kb.entry('groeipakket');
    expect(entry && answerFor(entry, { age: 20, region: 'vlaanderen' }).text).toBe(entry?.answer);
  });

  test('when the id is unknown, then answerFor says which id', () => {
    expect(() => kb.answerFor('rijbewijs', {})).toThrow('"rijbewijs"');
  });
});
