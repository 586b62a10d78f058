/**
 * Street addresses: a street followed by a house number, with an optional bus/box.
 * - Dutch: a street word on its own or closing a compound ("Kerkstraat 12", "kerkstraat 12",
 *   "Lange Nieuwstraat 5 bus 2", "Grote Markt 1"), taking the capitalised words before it along.
 *   A street word on its own must be capitalised, so "een baan 2 dagen" is not an address.
 * - French: a street word leading the name ("rue Haute 123", "chaussée de Wavre 1050",
 *   "16, rue de la Loi").
 * - Dutch, weaker: a capitalised compound ending in a word for a field, hill or farm that many
 *   Flemish streets end in ("Molenakker 7", "Hoogveld 3", "Kapelleberg 2 bus 1"), unless it is a
 *   municipality ("Koekelberg").
 * - After a phrase that announces an address ("ik woon op", "adres:", "verhuis naar", "j'habite",
 *   "I live at"): any capitalised street name with a house number ("ik woon op de Zavel 3").
 * A number followed by a unit ("onderweg 2 uur", "supermarkt 3 dagen") or by letters ("2de") is
 * not a house number, and a postcode with its town ("9000 Gent") is not an address: the bot needs
 * it for referrals.
 */
import { isFunctionWord } from './commonWords.js';
import { NameLexicon } from './nameLexicon.js';
import type { TextRange } from './types.js';

const DUTCH_STREET_WORDS = [
  'steenweg', 'straat', 'laan', 'lei', 'plein', 'dreef', 'weg', 'wegel', 'kaai', 'kade', 'baan',
  'markt', 'dijk', 'singel', 'vest', 'dries', 'pad', 'hof', 'park', 'plantsoen', 'kouter',
];
/** Words for a field, hill, meadow or farm: a street only as the end of a capitalised compound. */
const WEAK_STREET_WORDS = [
  'veld', 'akker', 'meers', 'berg', 'hoek', 'heide', 'broek', 'donk', 'kamp', 'hoeve', 'heuvel', 'weide', 'beemd',
  'gaarde', 'gracht', 'bos', 'dal', 'rij',
];
const FRENCH_STREET_WORDS = [
  'rue', 'avenue', 'av', 'chaussée', 'chaussee', 'boulevard', 'bd', 'place', 'quai', 'chemin',
  'allée', 'allee', 'impasse', 'square', 'clos', 'drève', 'route', 'rond-point', 'galerie', 'parvis',
  'sentier', 'passage', 'venelle',
];
/** Words ending in a street word that are not streets. */
const NOT_STREETS = new Set([
  'onderweg', 'halfweg', 'snelweg', 'autosnelweg', 'loopbaan', 'supermarkt', 'arbeidsmarkt', 'jobmarkt',
  'fietspad',
]);
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 'ter', 'ten', "'t", 'sint', 'op', 'du', 'des', 'la', 'le', 'les', 'd', 'l',
]);
const FRENCH_STOP_WORDS = new Set([
  'à', 'a', 'au', 'aux', 'en', 'et', 'ou', 'dans', 'depuis', 'pendant', 'pour', 'avec', 'sans', 'sur', 'par',
  'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'y', 'est', 'suis', 'ai', 'mais', 'car',
  'donc', 'qui', 'que', 'plus', 'moins', 'pas',
]);

const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
const NUMBER_WORD = String.raw`(?:(?:nr|no|n°)\.?[ \t]*|nummer[ \t]+)`;
/** 12, 12a, 12 b, 12-14, optionally after "nr." or "nummer". */
const HOUSE_NUMBER = String.raw`${NUMBER_WORD}?\d{1,4}(?:[ \t]?[a-zA-Z](?!\p{L}))?(?:[ \t]*-[ \t]*\d{1,4}[a-zA-Z]?)?`;
/** bus 2, bte 3, boîte A, /2 */
const BOX = String.raw`(?:[ \t]*(?:(?:bus|bte|boîte|boite)\.?[ \t]*|\/[ \t]*)[a-zA-Z0-9]{1,4}(?![\p{L}\p{N}]))?`;
const NUMBER_AFTER = new RegExp(String.raw`[ \t]+(${HOUSE_NUMBER})(?![\d\p{L}])(${BOX})`, 'uy');
const POSTCODE_AND_TOWN = /^\d{4}$/;
const TOWN_AFTER = /[ \t]+\p{Lu}/uy;
const UNIT = new RegExp(
  String.raw`[ \t]*(?:${[
    'jaar', 'jaren', 'uur', 'u', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'keer', 'minuten', 'min',
    'km', 'kilometer', 'meter', 'm', 'euro', 'eur', '€', '%', 'x', 'ans?', 'mois', 'jours?', 'semaines?',
    'heures?', 'fois',
  ].join('|')})(?!\p{L})`,
  'iuy',
);

/** A word ending in a street word; group 1 is the part before it, empty for a standalone word. */
const DUTCH_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])([\p{L}'’-]*?)(${DUTCH_STREET_WORDS.join('|')})(?!\p{L})`,
  'giu',
);
const WEAK_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*?)(?:${WEAK_STREET_WORDS.join('|')})(?!\p{L})`, 'gu');
/** A phrase that announces an address, then an article or "rue" and the like, up to the street name. */
const ADDRESS_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:ik|'k|k|we|wij|ze|zij|hij)[ \t]+(?:woon|woont|wonen|woonde|woonden)[ \t]+(?:nu[ \t]+|nog[ \t]+)?(?:in|op|aan)|adres(?:[ \t]+is|[ \t]*:)|adresse(?:[ \t]+est|[ \t]*:)|(?:verhuis|verhuist|verhuizen|verhuisd)(?:[ \t]+[\p{L}]+){0,3}?[ \t]+naar|j['’]habite(?:[ \t]+(?:au|à|a))?|i[ \t]+live[ \t]+(?:at|on)|(?:my|our)[ \t]+address[ \t]+is)(?:[ \t]+(?:de|het|den|'t|the|la|le|l['’]))?[ \t]+(?=\p{Lu})`,
  'giu',
);
const STREET_NAME = /(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:van|de|der|den|het|ter|ten|du|des|la|le)[ \t]+)*\p{Lu}[\p{L}'’-]*){0,3}/uy;

/** A French street word and the words of the name after it (group 1), up to a house number. */
const FRENCH_STREET = new RegExp(
  String.raw`(?<!\p{L})(?:${FRENCH_STREET_WORDS.join('|')})\.?((?:[ \t]+${WORD}){1,5})(?=[ \t]+(?:${NUMBER_WORD}|\d))`,
  'giu',
);
const FRENCH_NUMBER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-zA-Z]?[ \t]*,?[ \t]+(?:${FRENCH_STREET_WORDS.join('|')})\.?(?=[ \t])`,
  'giu',
);
const NAME_WORD = /[ \t]+(\p{L}[\p{L}'’-]*)/uy;
const MAX_WORDS_BEFORE = 4;
const WORD_BEFORE = /(?:^|[ \t])(\p{L}[\p{L}'’.-]*)[ \t]+$/u;
/** How far back a word before the street is sought; longer words are not part of a street name. */
const LOOK_BACK = 60;
const MAX_NAME_WORDS = 5;

export function findAddresses(text: string, lexicon: NameLexicon = NameLexicon.empty): TextRange[] {
  return [
    ...dutchAddresses(text),
    ...weakDutchAddresses(text, lexicon),
    ...addressesAfterCues(text, lexicon),
    ...frenchAddresses(text),
    ...frenchNumberFirstAddresses(text),
  ];
}

function weakDutchAddresses(text: string, lexicon: NameLexicon): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(WEAK_STREET)) {
    if (lexicon.isPlace(m[0]) || lexicon.isPlace(m[1] ?? '')) continue;
    const end = houseNumberEnd(text, m.index + m[0].length);
    if (end !== undefined) found.push({ start: m.index, end });
  }
  return found;
}

/** "ik woon op de Zavel 3", "adres: Hoogstraat 5": after the phrase, a capitalised name with a house number. */
function addressesAfterCues(text: string, lexicon: NameLexicon): TextRange[] {
  const found: TextRange[] = [];
  for (const cue of text.matchAll(ADDRESS_CUE)) {
    const start = cue.index + cue[0].length;
    STREET_NAME.lastIndex = start;
    const street = STREET_NAME.exec(text);
    if (street === null || lexicon.isPlace(street[0]) || lexicon.isPlace(street[1] ?? '') || isFunctionWord(street[1] ?? '')) continue;
    const end = houseNumberEnd(text, start + street[0].length);
    if (end !== undefined) found.push({ start, end });
  }
  return found;
}

function dutchAddresses(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(DUTCH_STREET)) {
    const [street, compoundStart = ''] = m;
    if (NOT_STREETS.has(street.toLowerCase())) continue;
    if (compoundStart === '' && !/^\p{Lu}/u.test(street)) continue;
    const end = houseNumberEnd(text, m.index + street.length);
    if (end !== undefined) found.push({ start: startOfStreetName(text, m.index), end });
  }
  return found;
}

function frenchAddresses(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(FRENCH_STREET)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/);
    if (words.some((w) => FRENCH_STOP_WORDS.has(w.toLowerCase()))) continue;
    if (words.every((w) => PARTICLES.has(w.toLowerCase()))) continue;
    const end = houseNumberEnd(text, m.index + m[0].length);
    if (end !== undefined) found.push({ start: m.index, end });
  }
  return found;
}

/** "16, rue de la Loi": the street name after the street word has to be capitalised. */
function frenchNumberFirstAddresses(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const m of text.matchAll(FRENCH_NUMBER_FIRST)) {
    const end = endOfCapitalisedName(text, m.index + m[0].length);
    if (end !== undefined) found.push({ start: m.index, end });
  }
  return found;
}

/** The end of the capitalised words (with particles between them) from `from`, if there is one. */
function endOfCapitalisedName(text: string, from: number): number | undefined {
  let end: number | undefined;
  let position = from;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    NAME_WORD.lastIndex = position;
    const m = NAME_WORD.exec(text);
    const word = m?.[1];
    if (m === null || word === undefined) break;
    position = m.index + m[0].length;
    if (/^(?:[dl]['’])?\p{Lu}/u.test(word)) end = position;
    else if (!PARTICLES.has(word.toLowerCase())) break;
  }
  return end;
}

/**
 * The end of the house number (and box) right after `from`, unless there is none, it is a quantity
 * ("2 uur") or it is a postcode followed by its town.
 */
function houseNumberEnd(text: string, from: number): number | undefined {
  NUMBER_AFTER.lastIndex = from;
  const match = NUMBER_AFTER.exec(text);
  if (match === null) return undefined;
  const [whole, houseNumber = '', box = ''] = match;
  const end = from + whole.length;
  UNIT.lastIndex = end;
  TOWN_AFTER.lastIndex = end;
  if (UNIT.test(text)) return undefined;
  if (box === '' && POSTCODE_AND_TOWN.test(houseNumber) && TOWN_AFTER.test(text)) return undefined;
  return end;
}

/** Moves the start back over the capitalised words (and particles between them) of the street name. */
function startOfStreetName(text: string, streetStart: number): number {
  let start = streetStart;
  let position = streetStart;
  for (let words = 0; words < MAX_WORDS_BEFORE; words += 1) {
    const windowStart = Math.max(0, position - LOOK_BACK);
    const before = WORD_BEFORE.exec(text.slice(windowStart, position));
    const word = before?.[1];
    if (before === null || word === undefined) break;
    position = windowStart + before.index + before[0].length - before[0].trimStart().length;
    if (/^\p{Lu}/u.test(word) && (PARTICLES.has(word.toLowerCase()) || !isFunctionWord(word))) start = position;
    else if (!PARTICLES.has(word.toLowerCase())) break;
  }
  return start;
}
