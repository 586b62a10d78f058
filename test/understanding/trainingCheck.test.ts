import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir } from '../../src/paths.js';
import { checkTrainingSets } from '../../src/understanding/classifier/trainingCheck.js';

describe('the training lines check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'perspectiefbot-training-'));
    mkdirSync(join(dir, 'understanding', 'training', 'mood'), { recursive: true });
    mkdirSync(join(dir, 'understanding', 'dev'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => writeFileSync(join(dir, 'understanding', file), text);

  test('when the project content is checked, then its training lines have no problem', () => {
    expect(checkTrainingSets(contentDir)).toEqual([]);
  });

  test('when one line stands under two labels, then the check names both files and the line and column of the second', () => {
    write('training/mood/happy.yaml', 'label: happy\nnl: [Ik ben blij!]\n');
    write('training/mood/sad.yaml', 'label: sad\nnl:\n  - ik ben moe\n  - ik ben blij\n');
    expect(checkTrainingSets(dir)).toEqual([expect.stringMatching(/sad\.yaml: line 4, column 5: "ik ben blij" is also a line of happy\.yaml/)]);
  });

  test('when a training line is also in the development set, then the check says to remove it', () => {
    write('training/mood/happy.yaml', 'label: happy\nen: [so happy today]\n');
    write('dev/mood.jsonl', '{"text": "So happy today.", "expect": "happy"}\n');
    expect(checkTrainingSets(dir)).toEqual([expect.stringMatching(/happy\.yaml: line 2, column 6: a line is also in dev\/mood\.jsonl/)]);
  });
});
