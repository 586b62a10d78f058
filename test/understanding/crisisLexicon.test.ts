import { ContentError, parseYaml } from '../../src/content/yamlFile.js';
import { crisisLexiconSchema, loadCrisisLexicon } from '../../src/understanding/crisisLexicon.js';
import { contentDir } from '../../src/paths.js';

const FILE = 'crisis.yaml';

function problemsOf(yaml: string): string {
  try {
    parseYaml(FILE, yaml, crisisLexiconSchema);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a content error');
}

describe('crisis lexicon', () => {
  test('when the project lexicon is loaded, then it is valid and has rules for every kind', () => {
    const lexicon = loadCrisisLexicon(contentDir);
    const kinds = new Set(lexicon.rules.map((rule) => rule.kind));
    expect([...kinds].sort()).toEqual(['abuse', 'homeless', 'self-harm', 'sexual-violence', 'suicide', 'violence']);
  });

  test.each([
    [
      'a rule uses an unknown concept',
      'concepts: { self: [mezelf] }\nrules:\n  - { id: cut, kind: self-harm, all: ["@self", "@cutting"] }',
      /crisis\.yaml[\s\S]*entry "cut", field "all", entry #2: unknown concept "@cutting"/,
    ],
    [
      'a rule has an unknown kind',
      'concepts: { self: [mezelf] }\nrules:\n  - { id: odd, kind: sadness, all: ["@self"] }',
      /entry "odd", field "kind"/,
    ],
    [
      'a term has upper case or odd characters',
      'concepts: { self: [Mezelf!] }\nrules:\n  - { id: cut, kind: self-harm, all: ["@self"] }',
      /field "concepts", field "self", entry #1: a term is lower-case words/,
    ],
    [
      'concepts refer to each other in a circle',
      'concepts: { a: ["@b"], b: ["@a"] }\nrules:\n  - { id: loop, kind: suicide, all: ["@a"] }',
      /field "concepts", field "a": concepts refer to each other in a circle: @a → @b → @a/,
    ],
  ])('when %s, then the error names the file, entry and field', (_, yaml, expected) => {
    expect(problemsOf(yaml)).toMatch(expected);
  });
});
