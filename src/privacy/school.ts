/**
 * A school's name and a class: with a town they identify a minor as well as a name does.
 * - A school: a capitalised word ending in a school word ("Sint-Barbaracollege",
 *   "Heilig-Hartinstituut") or one on its own ("Koninklijk Atheneum Berchem", "GO! Technisch
 *   Atheneum Mechelen", "Athénée Royal de Waterloo", "Lycée Émile Max"), with the capitalised words around it; or a school's abbreviation with
 *   its town ("VTI Roeselare"). Higher education and adult education (hogeschool, CVO, Syntra)
 *   are organisations and stay, as do school types (BSO, TSO).
 * - A class: a year of secondary school with its letters after "in", "klas" or "uit" ("in 4B",
 *   "klas 6ELO", "in 7KZ", "in 6b"); "in 2de" or "in 5u" is no class.
 */
import type { TextRange } from './types.js';

const SCHOOL_WORDS = String.raw`college|instituut|institutut|atheneum|lyceum|school|scholen|campus|academie|institut|collège|ecole|école|athénée|athenee|lycée|lycee`;
const SCHOOL = new RegExp(String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]*?)?(?:${SCHOOL_WORDS})(?![\p{L}])`, 'giu');
const NOT_SCHOOLS = /^(?:[dl]['’])?(?:hoge|basis|middelbare|secundaire|lagere|avond|rij|zomer|volwassenen|muziek|kunst|dans|taal|hoger|bijles|huiswerk|de|een|het|mijn|op|naar|in)?(?:school|scholen|campus|college)$|^(?:hogeschool|universiteit)/iu;
const BARE_SCHOOL_WORD = new RegExp(String.raw`^(?:${SCHOOL_WORDS})$`, 'iu');
const ABBREVIATION = /(?<![\p{L}])(?:VTI|KTA|GTI|PTI|KA|TI|MPI|VISO|SITO|SJI|OLVI|HHI)[ \t]+(\p{Lu}\p{Ll}[\p{L}-]*)/gu;
const NAME_WORD_BEFORE = /(?:^|[ \t])((?:\p{Lu}[\p{L}'’-]*!?|GO!))[ \t]+$/u;
/** A capitalised word after the school word, also after "d'", "de", "du" or "des": "Athénée Royal d'Ixelles". */
const NAME_WORD_AFTER = /[ \t]+(?:(?:de|du|des)[ \t]+|[dl]['’])?(\p{Lu}\p{Ll}[\p{L}'’-]*)/uy;
const CLASS = /(?<=(?:^|[^\p{L}])(?:in|klas|klasse|uit)[ \t]+(?:het[ \t]+)?)[1-7](?:[A-Z]{1,4}|[abcdfgh])(?![\p{L}\p{N}])/gu;
const NOT_CLASSES = /^\d(?:ASO|BSO|TSO|KSO|DBSO|BUSO)$/;
const MAX_WORDS_AROUND = 3;

export function findSchools(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(SCHOOL)) {
    const name = m[0].replace(/^[dl]['’]/iu, '');
    if (NOT_SCHOOLS.test(name) || !/^\p{Lu}/u.test(name)) continue;
    const start = startOfName(text, m.index);
    const end = endOfName(text, m.index + m[0].length);
    // A school word on its own ("School is saai", "L'école a appelé") names no school.
    if (start === m.index && end === m.index + m[0].length && BARE_SCHOOL_WORD.test(name)) continue;
    found.push({ start, end });
  }
  for (const m of text.matchAll(ABBREVIATION)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

export function findClasses(text: string): TextRange[] {
  return [...text.matchAll(CLASS)].filter((m) => !NOT_CLASSES.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function startOfName(text: string, from: number): number {
  let start = from;
  for (let words = 0; words < MAX_WORDS_AROUND; words += 1) {
    const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before === null) break;
    start -= before[0].length - (before[0].length - before[0].trimStart().length);
  }
  return start;
}

function endOfName(text: string, from: number): number {
  let end = from;
  for (let words = 0; words < MAX_WORDS_AROUND; words += 1) {
    NAME_WORD_AFTER.lastIndex = end;
    const after = NAME_WORD_AFTER.exec(text);
    if (after === null) break;
    end += after[0].length;
  }
  return end;
}
