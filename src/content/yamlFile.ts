import { readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { contentSnapshotFile } from '../paths.js';
import { ContentSnapshot } from './snapshot.js';

/** A content problem, named by file, entry and field so an editor can find it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

type PathKey = PropertyKey;

/** Describes a validation path, naming list entries by their `id` (or `key`) where they have one. */
export function describePath(data: unknown, path: readonly PathKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(node)) {
      const item: unknown = node[key];
      const name = entryName(item);
      parts.push(name ? `entry "${name}"` : `entry #${key + 1}`);
      node = item;
    } else {
      const k = String(key);
      parts.push(`field "${k}"`);
      node = isRecord(node) ? node[k] : undefined;
    }
  }
  return parts.length === 0 ? 'the file' : parts.join(', ');
}

function entryName(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const name = item['id'] ?? item['key'] ?? item['name'];
  return typeof name === 'string' ? name : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where something is in a YAML text, counted from 1, as editors show it. */
export interface Position {
  line: number;
  column: number;
}

/** `line 12, column 5`: how a content problem says where it is. */
export function describePosition(position: Position): string {
  return `line ${position.line}, column ${position.column}`;
}

/** A YAML text parsed with the places of its nodes, to say where a problem is. */
class LocatedYaml {
  readonly #lines = new LineCounter();
  readonly document: Document.Parsed;

  constructor(text: string) {
    this.document = parseDocument(text, { lineCounter: this.#lines });
  }

  /** The first syntax error (a key twice in one mapping counts), with where it is; undefined when there is none. */
  firstError(): string | undefined {
    const [error] = this.document.errors;
    if (!error) return undefined;
    const at = error.linePos?.[0];
    // The parser's message ends with its own " at line …, column …:" and an excerpt.
    const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
    return at ? `${describePosition({ line: at.line, column: at.col })}: not valid YAML: ${reason}` : `not valid YAML: ${reason}`;
  }

  /**
   * Where the value at `path` is written; for a value that is missing, where the nearest enclosing
   * one is, and for `keys` (fields that are not allowed), where the first of them is.
   */
  positionOf(path: readonly PropertyKey[], keys: readonly string[] = []): Position {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = this.document.getIn(path.slice(0, depth).map(pathPart), true);
      if (!isNode(node)) continue;
      const key = depth === path.length && isMap(node) ? node.items.find((pair) => isScalar(pair.key) && keys.includes(String(pair.key.value)))?.key : undefined;
      const offset = (isNode(key) ? key.range : node.range)?.[0];
      if (offset !== undefined) return this.#at(offset);
    }
    return this.#at(0);
  }

  #at(offset: number): Position {
    const { line, col } = this.#lines.linePos(offset);
    return { line, column: col };
  }
}

function pathPart(key: PropertyKey): unknown {
  return typeof key === 'symbol' ? key.toString() : key;
}

/**
 * YAML text as data, with YAML 1.2's core schema: dates and "yes"/"no" stay text. Throws on invalid
 * YAML and on a key that occurs twice in one mapping, saying on which line and column.
 */
export function parseYamlText(text: string): unknown {
  const yaml = new LocatedYaml(text);
  const error = yaml.firstError();
  if (error !== undefined) throw new Error(error);
  return yaml.document.toJS();
}

let compiledContent: ContentSnapshot | undefined;

/** The content compiled at build time, read once. */
function snapshot(): ContentSnapshot {
  compiledContent ??= ContentSnapshot.read(contentSnapshotFile);
  return compiledContent;
}

/**
 * Parses YAML text (or takes its data from the build's snapshot) and validates it against a schema;
 * every problem names the file, the line and column, and the entry and field.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const compiled = snapshot().dataOf(text);
  if (compiled) {
    const result = schema.safeParse(compiled.data);
    if (result.success) return result.data;
  }
  const yaml = new LocatedYaml(text);
  const error = yaml.firstError();
  if (error !== undefined) throw new ContentError(file, [error]);
  const data: unknown = yaml.document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((issue) => {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        return `${describePosition(yaml.positionOf(issue.path, keys))}: ${describePath(data, issue.path)}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** Prefixes a problem with where the value at `path` is written. */
export type Locate = (path: readonly PropertyKey[], problem: string) => string;

/**
 * For problems found after `file` was read (a key another file defines too, an unknown name):
 * prefixes each with the line and column of the value at `path` (see LocatedYaml.positionOf). The
 * file is read again only when there is a problem to report; when it cannot be, the problem is
 * returned as it is.
 */
export function locator(file: string): Locate {
  let yaml: LocatedYaml | null | undefined;
  return (path, problem) => {
    if (yaml === undefined) {
      try {
        yaml = new LocatedYaml(readFileSync(file, 'utf8'));
      } catch {
        yaml = null;
      }
    }
    return yaml ? `${describePosition(yaml.positionOf(path))}: ${problem}` : problem;
  };
}

/** Reads a YAML file from disk and validates it (see parseYaml). */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContentError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
  return parseYaml(file, text, schema);
}
