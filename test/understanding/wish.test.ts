import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';
import { ModelStore } from '../../src/understanding/classifier/modelStore.js';
import { Understanding } from '../../src/understanding/understanding.js';
import { AnswerReader } from '../../src/understanding/answerReader.js';
import { WISHES } from '../../src/understanding/types.js';

const understanding = Understanding.load(contentDir);

describe('the wish, read by its trained classifier', () => {
  test.each([
    ['ik wil mijn diploma halen via de examencommissie', 'study'],
    ['gaan werken als lasser', 'work'],
    ['duaal leren, half werken half school', 'combine'],
    ['ik twijfel nog tussen werken en terug naar school', 'unsure'],
  ])('when the answer is "%s", then it reads as %s', (text, expected) => {
    expect(understanding.wish(text)).toBe(expected);
  });

  test.each(['netflix kijken en slapen', 'gaat je niks aan'])('when the answer is about something else or refused, "%s", then there is no reading', (text) => {
    expect(understanding.wish(text)).toBeNull();
  });

  test('when a training file has a label that is not a wish, then reading names the folder and the label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wish-'));
    cpSync(join(contentDir, 'understanding'), join(dir, 'understanding'), { recursive: true });
    writeFileSync(join(dir, 'understanding', 'training', 'wish', 'samen.yaml'), 'label: samen\nnl:\n  - werken en leren tegelijk\n  - een job met avondschool\n');
    const reader = AnswerReader.load(dir, new ModelStore(join(dir, 'models')), 'wish', WISHES);
    expect(() => reader.read('werken')).toThrow(ContentError);
    expect(() => reader.read('werken')).toThrow(/training[\s\S]*"samen" is neither a value/);
  });
});
