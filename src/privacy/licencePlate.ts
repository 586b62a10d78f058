/**
 * Belgian licence plates: the current 1-ABC-234 (also 1ABC234, 1.ABC.234, lower case) anywhere,
 * and the older ABC-123 and 123-ABC only after a word for a plate ("nummerplaat", "plaque").
 */
import type { TextRange } from './types.js';

const CURRENT = /(?<![\p{L}\p{N}-])[1-9](?:-[A-Za-z]{3}-|\.[A-Za-z]{3}\.|[A-Za-z]{3}|[ \t][A-Z]{3}[ \t])\d{3}(?![\p{L}\p{N}])/gu;
const OLDER = /(?<=(?:plaat|kenteken|plaque|immatriculation|plate)[^.!?\d]{0,25})(?<![\p{L}\p{N}])(?:[A-Z]{3}[- ]?\d{3}|\d{3}[- ]?[A-Z]{3})(?![\p{L}\p{N}])/giu;

export function findLicencePlates(text: string): TextRange[] {
  return [...text.matchAll(CURRENT), ...text.matchAll(OLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
