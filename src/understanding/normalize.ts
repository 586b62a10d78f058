import { BoundedMemo } from '../boundedMemo.js';

/**
 * Text normalisation shared by every recogniser: lower case, no accents, no punctuation except
 * inside numbers and dates, single spaces. "Tweeëntwintig!" becomes "tweeentwintig".
 */
export function normalize(text: string): string {
  return recent.get(text);
}

/**
 * Texts normalised lately: every recogniser normalises the same message again in a turn. Emptied
 * when full, so what users type cannot make it grow without bound.
 */
const recent = new BoundedMemo<string, string>(1_000, normalizeText);

function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9'/.\-\s]/g, ' ')
    .replace(/(^|\s)[.\-/']+|[.\-/']+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits normalised text into word tokens (digits kept, punctuation dropped). */
export function tokens(text: string): string[] {
  return normalize(text)
    .split(/[\s/.\-']+/)
    .filter((t) => t.length > 0);
}
