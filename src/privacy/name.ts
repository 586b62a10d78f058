/**
 * A young person's own name, found conservatively after a phrase that introduces it. "ik heet",
 * "mijn (voor|achter)naam is" and "je m'appelle" announce a name, so any word after them that is
 * not an everyday word counts ("ik heet sarah"). "ik ben" and the Flemish "ik noem" mostly don't,
 * so only a capitalised word that is not an everyday word counts ("ik ben Sarah"; not "ik ben 17",
 * "ik ben moe", "ik ben Belg"). A capitalised name takes the capitalised words after it along,
 * with particles between them ("Sarah Van den Broeck").
 */
import { isCommonWord } from './commonWords.js';
import type { TextRange } from './types.js';

const ANNOUNCING = String.raw`ik[ \t]+heet|mijn[ \t]+(?:voor|achter)?naam[ \t]+is|je[ \t]+m['’][ \t]*appelle`;
const SUGGESTING = String.raw`ik[ \t]+ben|ik[ \t]+noem`;
const TRIGGER = new RegExp(String.raw`(?<!\p{L})(?:(${ANNOUNCING})|${SUGGESTING})(?:[ \t]*:[ \t]*|[ \t]+)`, 'giu');
const WORD = /\p{L}[\p{L}'’-]*/uy;
const NEXT_WORD = /[ \t]+(\p{L}[\p{L}'’-]*)/uy;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'du', 'le', 'la', 'el', 'al', 'ben', 'bin', 'ter', 'ten', 'da', 'di', 'dos']);
/** Words that may stand between the phrase and the name: "ik heet eigenlijk Sarah". */
const FILLERS = /(?:(?:eigenlijk|dus|gewoon|echt|wel|officieel|voluit)[ \t]+){0,2}/iy;
const MAX_EXTRA_WORDS = 4;

export function findNames(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    const afterTrigger = m.index + m[0].length;
    FILLERS.lastIndex = afterTrigger;
    const start = afterTrigger + (FILLERS.exec(text)?.[0].length ?? 0);
    WORD.lastIndex = start;
    const first = WORD.exec(text)?.[0];
    if (first === undefined || isCommonWord(first)) continue;
    const announced = m[1] !== undefined;
    if (isCapitalised(first)) found.push({ start, end: endOfFullName(text, start + first.length) });
    else if (announced) found.push({ start, end: start + first.length });
  }
  return found;
}

/** Extends a capitalised first name over following capitalised words and the particles between them. */
function endOfFullName(text: string, from: number): number {
  let end = from;
  let position = from;
  for (let words = 0; words < MAX_EXTRA_WORDS; words += 1) {
    NEXT_WORD.lastIndex = position;
    const m = NEXT_WORD.exec(text);
    const word = m?.[1];
    if (m === null || word === undefined) break;
    position = m.index + m[0].length;
    if (PARTICLES.has(word.toLowerCase())) continue;
    if (!isCapitalised(word) || isCommonWord(word)) break;
    end = position;
  }
  return end;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
