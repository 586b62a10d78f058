import { BoundedMemo } from '../boundedMemo.js';
import { findPersonalData } from './findings.js';
import { loadMarkers, type Markers } from './markers.js';
import { NameLexicon } from './nameLexicon.js';
import type { RedactionKind } from './types.js';

export interface Redaction {
  /** The text with every finding replaced by the marker for its kind. */
  text: string;
  /** The kind of every finding, in text order (a kind found twice is listed twice). */
  found: RedactionKind[];
}

/** Options of `redactDeep`. */
export interface DeepRedaction {
  /**
   * Keep the redacted strings in memory (bounded), for texts that come back in every conversation,
   * such as the bot's own messages and buttons.
   */
  remember?: boolean;
}

/** Replaces personal data by Dutch markers ("[telefoonnummer]") before text is stored or logged. */
export class Redactor {
  readonly #remembered = new BoundedMemo<string, string>(2_000, (text) => this.redact(text).text);

  constructor(
    private readonly markers: Markers,
    private readonly lexicon: NameLexicon = NameLexicon.empty,
  ) {}

  static load(contentDir: string): Redactor {
    return new Redactor(loadMarkers(contentDir), NameLexicon.load(contentDir));
  }

  redact(text: string): Redaction {
    const findings = findPersonalData(text, this.lexicon);
    let result = '';
    let position = 0;
    for (const { kind, start, end } of findings) {
      result += text.slice(position, start) + this.markers[kind];
      position = end;
    }
    return { text: result + text.slice(position), found: findings.map((f) => f.kind) };
  }

  /**
   * A copy of a value with every string in it redacted, at any depth of plain objects and arrays
   * (a transcript activity, a log record). Keys, numbers, booleans, dates and other class
   * instances are kept as they are.
   */
  redactDeep<T>(value: T, { remember = false }: DeepRedaction = {}): T {
    const text = remember ? (item: string) => this.#remembered.get(item) : (item: string) => this.redact(item).text;
    return redactValue(value, text) as T;
  }
}

function redactValue(value: unknown, text: (item: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, text));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, text)]));
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
