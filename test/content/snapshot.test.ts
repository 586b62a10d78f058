import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentSnapshot, writeContentSnapshot } from '../../src/content/snapshot.js';
import { parseYamlText } from '../../src/content/yamlFile.js';
import { contentDir } from '../../src/paths.js';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-snapshot-'));
  file = join(dir, 'content.snapshot.json');
});

afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the content snapshot made at build time', () => {
  it('when the shipped content is compiled, then each file it holds gives the same data as parsing it', async () => {
    expect(writeContentSnapshot(contentDir, file, parseYamlText)).toBeGreaterThan(30);
    const snapshot = ContentSnapshot.read(file);

    for (const name of ['contacts.yaml', 'helplines.yaml', join('messages', 'conversation.yaml'), join('knowledge', 'groeipakket.yaml')]) {
      const text = await readFile(join(contentDir, name), 'utf8');
      expect(snapshot.dataOf(text)).toEqual({ data: parseYamlText(text) });
    }
  });

  it('when a file was edited after the build, then the snapshot does not hold it and it is parsed anew', async () => {
    writeContentSnapshot(contentDir, file, parseYamlText);
    const text = await readFile(join(contentDir, 'helplines.yaml'), 'utf8');

    expect(ContentSnapshot.read(file).dataOf(`${text}\n# edited\n`)).toBeUndefined();
  });

  it('when training lines are compiled, then they are left out: start-up does not read them', async () => {
    writeContentSnapshot(contentDir, file, parseYamlText);
    const training = await readFile(join(contentDir, 'understanding', 'training', 'crisis', 'ordinary.yaml'), 'utf8');

    expect(ContentSnapshot.read(file).dataOf(training)).toBeUndefined();
  });

  it('when there is no snapshot, or one of another format, then it is empty', async () => {
    const text = 'a: 1\n';
    expect(ContentSnapshot.read(join(dir, 'missing.json')).dataOf(text)).toBeUndefined();
    await writeFile(file, JSON.stringify({ format: 'older', texts: {} }));
    expect(ContentSnapshot.read(file).dataOf(text)).toBeUndefined();
  });
});
