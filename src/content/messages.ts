import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError, locator, readYamlFile } from './yamlFile.js';

/** A message file: keys (dotted, lower case) to Dutch text with optional {placeholders}. */
export const messageFileSchema = z.record(
  z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'keys are lower-case words joined by dots or hyphens'),
  z.string().min(1),
);

export type MessageVars = Readonly<Record<string, string | number>>;

/** The catalogue of every user-facing text, loaded from content/messages/*.yaml. */
export class Messages {
  constructor(private readonly entries: ReadonlyMap<string, string>) {}

  static load(contentDir: string): Messages {
    const dir = join(contentDir, 'messages');
    const entries = new Map<string, string>();
    const seenIn = new Map<string, string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
      const file = join(dir, name);
      for (const [key, text] of Object.entries(readYamlFile(file, messageFileSchema))) {
        const earlier = seenIn.get(key);
        if (earlier) throw new ContentError(file, [locator(file)([key], `key "${key}" is already defined in ${earlier}`)]);
        seenIn.set(key, file);
        entries.set(key, text);
      }
    }
    return new Messages(entries);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The text for a key with {placeholders} filled in; an unknown key or placeholder is a bug. */
  text(key: string, vars: MessageVars = {}): string {
    const template = this.entries.get(key);
    if (template === undefined) throw new Error(`unknown message key "${key}"`);
    return fillTemplate(template, vars, `message "${key}"`);
  }
}

/** A template with its {placeholders} filled in; a missing value is a bug, named after `what`. */
export function fillTemplate(template: string, vars: MessageVars, what: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`${what} needs a value for {${name}}`);
    return String(value);
  });
}
