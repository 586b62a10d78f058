/**
 * E-mail addresses, also written around spam filters: "jan @ gmail.com" (a space beside the @), "yassin.elamrani(at)gmail(dot)com", "imane [at] outlook [dot] be", "lisa punt janssens
 * at telenet punt be", "sarah.devos apenstaartje hotmail punt com". A written-out address needs a
 * written-out or real dot before a common top-level domain, so "I live at Avenue Louise" is none.
 */
import type { TextRange } from './types.js';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+[ \t]*@[ \t]*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

const AT = String.raw`(?:[ \t]*(?:\(at\)|\[at\]|\{at\}|\(a\)|@)[ \t]*|[ \t]+(?:at|apenstaartje|arobase|aapje)[ \t]+)`;
const DOT = String.raw`(?:[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|\(punt\)|\[punt\])[ \t]*|[ \t]+(?:dot|punt|point)[ \t]+|\.)`;
const PART = String.raw`[\p{L}\p{N}_%+-]+`;
const TLD = String.raw`(?:com|be|net|org|nl|fr|eu|info|io|me|co|uk|de|edu|biz|tv|app|live|online|email)`;
const WRITTEN_OUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${PART}(?:${DOT}${PART})*${AT}${PART}(?:${DOT}${PART})*${DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);

/** With a space beside the @ the domain needs a common top-level domain: "volg @kerem.yldz" is a handle. */
const COMMON_TLD = new RegExp(String.raw`\.${TLD}$`, 'iu');

export function findEmailAddresses(text: string): TextRange[] {
  const plain = [...text.matchAll(EMAIL)].filter((m) => !/\s/.test(m[0]) || COMMON_TLD.test(m[0]));
  return [...plain, ...text.matchAll(WRITTEN_OUT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
