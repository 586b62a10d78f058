import { findPersonalData } from './findings.js';
import { loadMarkers, type Markers } from './markers.js';
import type { RedactionKind } from './types.js';

export interface Redaction {
  /** The text with every finding replaced by the marker for its kind. */
  text: string;
  /** The kind of every finding, in text order (a kind found twice is listed twice). */
  found: RedactionKind[];
}

/** Replaces personal data by Dutch markers ("[telefoonnummer]") before text is stored or logged. */
export class Redactor {
  constructor(private readonly markers: Markers) {}

  static load(contentDir: string): Redactor {
    return new Redactor(loadMarkers(contentDir));
  }

  redact(text: string): Redaction {
    const findings = findPersonalData(text);
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
  redactDeep<T>(value: T): T {
    return this.redactValue(value) as T;
  }

  private redactValue(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value).text;
    if (Array.isArray(value)) return value.map((item: unknown) => this.redactValue(item));
    if (isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.redactValue(item)]));
    }
    return value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
