import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { z } from 'zod';

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

/**
 * YAML text as data, with YAML 1.2's core schema: dates and "yes"/"no" stay text. Throws on invalid
 * YAML and on a key that occurs twice in one mapping.
 */
export function parseYamlText(text: string): unknown {
  return load(text);
}

/** Parses YAML text and validates it against a schema; errors name the file, entry and field. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = parseYamlText(text);
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
    );
  }
  return result.data;
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
