import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** Changes when what a YAML text parses to could change; a snapshot of another format is not used. */
const FORMAT = 'yaml-1.2-core/1';

interface SnapshotFile {
  format: string;
  /** The data of each YAML text, by the sha-256 of the text. */
  texts: Record<string, unknown>;
}

/**
 * Content YAML parsed at build time (`npm run build`), so start-up does not parse it again. Found
 * by the hash of a file's text: an edited file is simply not in it and is parsed as usual, and a
 * missing or unreadable snapshot is empty. The data is validated like parsed data; only problems are
 * looked up in the YAML itself, for their line and column.
 */
export class ContentSnapshot {
  private constructor(private readonly texts: ReadonlyMap<string, unknown>) {}

  static readonly empty = new ContentSnapshot(new Map());

  /** The snapshot in `file`, or an empty one when there is none (or of another format). */
  static read(file: string): ContentSnapshot {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return ContentSnapshot.empty;
    }
    if (!isSnapshotFile(parsed) || parsed.format !== FORMAT) return ContentSnapshot.empty;
    return new ContentSnapshot(new Map(Object.entries(parsed.texts)));
  }

  /** The data `text` parses to, when the snapshot holds it. */
  dataOf(text: string): { data: unknown } | undefined {
    const key = hashOf(text);
    return this.texts.has(key) ? { data: this.texts.get(key) } : undefined;
  }
}

/**
 * Writes the snapshot of every YAML file under `contentDir` that start-up reads (training lines are
 * read only to train, and are left out) and that parses without error. Returns how many it holds.
 */
export function writeContentSnapshot(contentDir: string, file: string, parse: (text: string) => unknown): number {
  const texts: Record<string, unknown> = {};
  for (const path of yamlFilesUnder(contentDir)) {
    const text = readFileSync(path, 'utf8');
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      continue;
    }
    // Only data that JSON keeps exactly (YAML can say .inf, for one).
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(data ?? null)), data)) texts[hashOf(text)] = data;
  }
  writeFileSync(file, JSON.stringify({ format: FORMAT, texts } satisfies SnapshotFile));
  return Object.keys(texts).length;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'training' ? [] : yamlFilesUnder(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const { format, texts } = value as Record<string, unknown>;
  return typeof format === 'string' && typeof texts === 'object' && texts !== null && !Array.isArray(texts);
}
