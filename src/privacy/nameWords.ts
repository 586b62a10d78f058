/**
 * The words a name is made of, shared by the name finders: tokens, capitalised name words with the
 * particles between them ("Sarah Van den Broeck"), and words that are never a name (everyday
 * words, months, weekdays, places).
 */
import { isCommonWord } from './commonWords.js';
import type { NameLexicon } from './nameLexicon.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A capitalised name word: "Sarah", "Öztürk", "Al-Hassan", "O'Brien", "D'Hondt"; not "VDAB" or "BSO". */
export const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}/u;
export const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'vande', 'vanden', 'vander', 'du', 'le', 'la', 'el', 'al', 'ben', 'bin', 'ibn', 'abou', 'abu',
  'ter', 'ten', 'da', 'di', 'dos', 'das', 'von', 'mc', "'t",
]);
const MONTHS = new Set([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre',
  'décembre', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
]);
const WEEKDAYS = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const MAX_NAME_WORDS = 5;
/** Nothing, or only a greeting, before a point of a message: its start. */
export const GREETING = new RegExp(
  String.raw`^(?:[ \t]*(?:${[
    'hoi', 'hallo', 'hey', 'heey', 'hei', 'hi', 'hello', 'hiya', 'dag', 'goeiedag', 'goedendag', 'goeiemorgen', 'goedemorgen',
    'goeiemiddag', 'goedemiddag', 'goeienavond', 'goedenavond', 'bonjour', 'bonsoir', 'salut', 'coucou', 'yo', 'salam', 'salaam',
  ].join('|')})[ \t]*[,!.]*)?[ \t]*$`,
  'iu',
);

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The end of capitalised name words from token `i`, with particles between them; undefined when none. */
export function capitalisedEnd(text: string, tokens: readonly Token[], i: number, lexicon: NameLexicon, surnameOnly = false): number | undefined {
  let end: number | undefined;
  let afterParticle = false;
  for (let j = i, words = 0; j < tokens.length && words < MAX_NAME_WORDS; j += 1, words += 1) {
    const token = tokens[j];
    if (token === undefined || (j > i && !adjacent(text, tokens[j - 1], token))) break;
    if (PARTICLES.has(token.text.toLowerCase()) && (j > i || surnameOnly)) {
      afterParticle = true;
      continue;
    }
    // A place after a particle is part of a surname ("Van Damme"); on its own it ends the name ("Sarah Gent").
    const place = lexicon.isPlace(token.text) && !afterParticle;
    if (!NAME_WORD.test(token.text) || !isNameCandidate(token.text, lexicon, afterParticle) || (j > i && place)) break;
    end = token.end;
    afterParticle = false;
  }
  return end;
}

/** A lower-case first name and the surname after it, if there is one ("seppe maes", "kacper nowak"). */
export function lowerCaseEnd(text: string, tokens: readonly Token[], i: number, lexicon: NameLexicon): number | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  let end = first.end;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j += 1) {
    const token = tokens[j];
    if (token === undefined || !adjacent(text, tokens[j - 1], token) || token.text !== token.text.toLowerCase()) break;
    if (PARTICLES.has(token.text)) continue;
    if (!isNameCandidate(token.text, lexicon) || lexicon.isPlace(token.text)) break;
    end = token.end;
    break;
  }
  return end;
}

export function isNameCandidate(word: string, lexicon: NameLexicon, placeAllowed = false): boolean {
  const place = lexicon.isPlace(word) && !lexicon.isFirstName(word) && !placeAllowed;
  return word.length > 1 && !isCommonWord(word) && !MONTHS.has(word.toLowerCase()) && !WEEKDAYS.has(word.toLowerCase()) && !place;
}

/** Whether two tokens follow each other with only a space between them. */
export function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}
