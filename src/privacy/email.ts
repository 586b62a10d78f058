/**
 * E-mail addresses. A space on either side of the @ ("jan @ gmail.com") is accepted, as people type
 * it that way to dodge spam filters; the domain still needs a dot and a top-level domain of letters.
 */
import type { TextRange } from './types.js';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+[ \t]*@[ \t]*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function findEmailAddresses(text: string): TextRange[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
