import { matchingKeywords, theirWord } from '../../src/knowledge/naming.js';
import type { KbEntry } from '../../src/knowledge/schema.js';
import { content } from '../support/harness.js';

const entry = (id: string): KbEntry => {
  const found = content().understanding.knowledge.entry(id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
};
const naming = (id: string) => {
  const found = entry(id).naming;
  if (!found) throw new Error(`entry "${id}" has no naming`);
  return found;
};

describe('the young person\'s own word for a topic', () => {
  test.each([
    ['kan ik dop trekken na mijn school? ben 18', 'inschakelingsuitkering', 'de dop'],
    ['vanaf wanneer kan ge stempelen als schoolverlater', 'inschakelingsuitkering', 'stempelen'],
    ['krijgen mijn ouders nog KINDERGELD?', 'groeipakket', 'het kindergeld'],
    ['hoelang loopt de kinderbijslag nog door', 'groeipakket', 'de kinderbijslag'],
    ['hoe lang is de wachttijd voor een uitkering', 'beroepsinschakelingstijd', 'de wachttijd'],
    ['kan ik naar de avondschool als ik werk', 'volwassenenonderwijs', 'de avondschool'],
  ])('when the question is "%s", then the answer about %s opens with "%s"', (question, id, word) => {
    expect(theirWord(naming(id), question)).toBe(word);
  });

  test('when the question uses two everyday words, then the first one in the question is theirs', () => {
    expect(theirWord(naming('inschakelingsuitkering'), 'is stempelgeld hetzelfde als de dop')).toBe('het stempelgeld');
  });

  test('when the question also names the official word, then there is no own word to start with', () => {
    expect(theirWord(naming('inschakelingsuitkering'), 'is de dop hetzelfde als de inschakelingsuitkering')).toBeUndefined();
  });

  test('when the question uses none of the everyday words, then there is none', () => {
    expect(theirWord(naming('inschakelingsuitkering'), 'heb ik recht op een uitkering na mijn studies')).toBeUndefined();
  });

  test('when the topic matcher reads the keywords, then the everyday words are among them, once, after the keywords', () => {
    const { keywords } = entry('volwassenenonderwijs');
    const matched = matchingKeywords(entry('volwassenenonderwijs'));
    expect(matched.slice(0, keywords.length)).toEqual(keywords);
    // "avondschool", "avondonderwijs", "avondles" and "avondlessen" are keywords already.
    expect(matched).toHaveLength(keywords.length);
    const withNew: KbEntry = { ...entry('volwassenenonderwijs'), keywords: ['cvo'], naming: { official: 'het volwassenenonderwijs', words: ['de avondschool', 'de CVO'] } };
    expect(matchingKeywords(withNew)).toEqual(['cvo', 'de avondschool']);
  });
});
