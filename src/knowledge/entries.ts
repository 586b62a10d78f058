import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ContentError, locator, parseYaml, parseYamlText } from '../content/yamlFile.js';
import { kbEntrySchema, type KbEntry } from './schema.js';

/** A valid entry and the file it came from. */
export type LoadedEntry = { file: string; entry: KbEntry };

/** Every entry that could be read, and every problem found, each naming file, entry and field. */
export type KnowledgeContent = { entries: LoadedEntry[]; errors: string[] };

export function knowledgeDir(contentDir: string): string {
  return join(contentDir, 'knowledge');
}

/** How messages name an entry: `file: entry "id"`. */
export function entryLabel(file: string, id: string): string {
  return `${file}: entry "${id}"`;
}

/**
 * Reads content/knowledge/*.yaml, one entry per file named after its id. Checks each file against
 * the schema, then the set: ids are unique and every `related` id exists.
 */
export function readKnowledgeContent(contentDir: string): KnowledgeContent {
  const dir = knowledgeDir(contentDir);
  const errors: string[] = [];
  const entries: LoadedEntry[] = [];
  for (const name of yamlFiles(dir)) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    try {
      const entry = parseYaml(file, text, kbEntrySchema);
      entries.push({ file, entry });
      const stem = basename(name, extname(name));
      if (stem.normalize('NFC') !== entry.id.normalize('NFC')) {
        errors.push(`${entryLabel(file, entry.id)}: ${locator(file)(['id'], `field "id": must match the file name, "${stem}"`)}`);
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const label = entryLabel(file, rawId(text) ?? basename(name, extname(name)));
      errors.push(...error.problems.map((problem) => `${label}: ${problem}`));
    }
  }
  errors.push(...duplicateIds(entries), ...unknownRelated(entries));
  return { entries, errors };
}

function yamlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ContentError(dir, [`cannot read the folder: ${(error as Error).message}`]);
  }
  return names.filter((name) => /\.ya?ml$/.test(name)).sort();
}

/** The id as written in a file that failed validation, when there is one. */
function rawId(text: string): string | undefined {
  try {
    const data = parseYamlText(text);
    if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string') return data.id;
  } catch {
    // The YAML error itself is reported by parseYaml.
  }
  return undefined;
}

function duplicateIds(entries: readonly LoadedEntry[]): string[] {
  const firstFile = new Map<string, string>();
  const errors: string[] = [];
  for (const { file, entry } of entries) {
    const earlier = firstFile.get(entry.id);
    if (earlier === undefined) firstFile.set(entry.id, file);
    else errors.push(`${entryLabel(file, entry.id)}: ${locator(file)(['id'], `field "id": the id is already used in ${earlier}`)}`);
  }
  return errors;
}

function unknownRelated(entries: readonly LoadedEntry[]): string[] {
  const ids = new Set(entries.map(({ entry }) => entry.id));
  return entries.flatMap(({ file, entry }) => {
    const at = locator(file);
    return entry.related.flatMap((id, i) => {
      if (id === entry.id) return [`${entryLabel(file, entry.id)}: ${at(['related', i], 'field "related": an entry cannot be related to itself')}`];
      return ids.has(id) ? [] : [`${entryLabel(file, entry.id)}: ${at(['related', i], `field "related": no entry has the id "${id}"`)}`];
    });
  });
}
