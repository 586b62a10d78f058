import { join } from 'node:path';
import { readKnowledgeContent } from '../../src/knowledge/entries.js';
import { fixtureContent } from './fixtures.js';

describe('readKnowledgeContent', () => {
  test('when every file is valid, then it returns each entry with its file and no errors', () => {
    const { entries, errors } = readKnowledgeContent(fixtureContent('valid'));
    expect(errors).toEqual([]);
    expect(entries.map(({ entry }) => entry.id)).toEqual(['groeipakket', 'solliciteren', 'uitkering', 'wachttijd', 'ziekenfonds']);
    expect(entries[0]?.file).toBe(join(fixtureContent('valid'), 'knowledge', 'groeipakket.yaml'));
  });

  const broken = join(fixtureContent('broken'), 'knowledge');
  test.each([
    ['a duplicate id', `${broken}/beta.yaml: entry "alfa": line 1, column 5: field "id": the id is already used in ${broken}/alfa.yaml`],
    ['an id that is not the file name', `${broken}/beta.yaml: entry "alfa": line 1, column 5: field "id": must match the file name, "beta"`],
    ['an unknown related id', `${broken}/alfa.yaml: entry "alfa": line 9, column 11: field "related": no entry has the id "onbestaand"`],
    ['too few questions', `${broken}/gamma.yaml: entry "gamma": line 3, column 12: field "questions"`],
    ['no source', `${broken}/gamma.yaml: entry "gamma": line 7, column 10: field "sources"`],
  ])('when a file has %s, then an error names the file, the line and column, the entry and the field', (_problem, message) => {
    const { errors } = readKnowledgeContent(fixtureContent('broken'));
    expect(errors.some((error) => error.startsWith(message))).toBe(true);
  });

  test('when the knowledge folder is missing, then it says which folder it could not read', () => {
    expect(() => readKnowledgeContent('/nonexistent')).toThrow('/nonexistent/knowledge');
  });
});
