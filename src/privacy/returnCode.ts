/**
 * A young person's return code ("K7M-4QX-9TB") and the token of their private link: a key to their
 * conversation, so never kept in a transcript, a web chat history or a log (src/comeback).
 */
import { findCodes } from '../comeback/returnCode.js';
import type { TextRange } from './types.js';

const LINK_TOKEN = /(?<![A-Za-z0-9_-])[2-9A-HJKMNP-Z]{9}[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g;

export function findReturnCodes(text: string): TextRange[] {
  const links = [...text.matchAll(LINK_TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const codes = findCodes(text).filter((code) => !links.some((link) => code.start < link.end && link.start < code.end));
  return [...links, ...codes.map(({ start, end }) => ({ start, end }))];
}
