/**
 * Names that the shape of a message gives away, without a phrase such as "ik heet":
 * - A self-introduction opening a message (after a greeting): "Lieke De Smet hier.", "Sam here!",
 *   "Bonsoir, Aurélie ici", "c'est Rayan", and a known first name before a comma ("Hanne, 17, ...").
 * - A signature closing a message after a goodbye ("groetjes, Bram", "tot later. Wout", "ok bye,
 *   musa"), or a known first name after thanks ("merci, Kenza", but not "Dank je, Actiris").
 * - Known first names in an enumeration with "ik" or with each other: "Kevin, Tom en ik", "Emre en
 *   ik", "Ali and Fatou".
 * A word counts when it is a capitalised name word that is no everyday word, place or organisation,
 * or a known first name in lower case; where the shape is weak (a comma, "c'est", an enumeration)
 * only a known first name counts.
 */
import type { NameLexicon } from './nameLexicon.js';
import { capitalisedEnd, GREETING, isNameCandidate, lowerCaseEnd, NAME_WORD, type Token } from './nameWords.js';
import type { TextRange } from './types.js';

/**
 * Capitalised words that open a message before "hier" ("Kijk hier") or close one after a goodbye
 * ("bye, Mama", "doei, Gast"), but are no name: verbs and words to address someone.
 */
const NOT_NAMES = new Set([
  'kijk', 'zie', 'kom', 'ga', 'sta', 'blijf', 'wacht', 'look', 'come', 'over', 'right', 'voici', 'regarde', 'viens', 'ik', 'wij',
  'moi', 'man', 'mannen', 'mama', 'mam', 'mams', 'mami', 'papa', 'pap', 'pa', 'ma', 'bro', 'broer', 'broertje', 'sis', 'zus',
  'zusje', 'gast', 'gasten', 'schat', 'schatje', 'lieverd', 'liefje', 'allez', 'allee', 'maat', 'makker', 'vriend', 'vriendin',
  'jongens', 'meiden', 'iedereen', 'allemaal', 'team', 'dude', 'guys', 'babe', 'chérie', 'cherie', 'frère', 'frere', 'sœur',
  'soeur', 'copain', 'copine', 'fam', 'habibi', 'habiba', 'khoya', 'wallah', 'wollah', 'inshallah', 'jullie', 'vous', 'toi',
  'prof', 'juf', 'meester', 'meneer', 'mevrouw', 'madame', 'monsieur', 'sir', 'miss', 'coach', 'doc', 'dokter', 'bot', 'chatbot',
]);
const INTRODUCTION = /^[ \t]+(?:hier|here|ici)(?![\p{L}])/iu;
const AFTER_UNKNOWN_INTRODUCTION = /^[ \t]+\p{L}+[ \t]*(?:[.,!:;]|$)/u;
const SAYS_WHO = /^c['’]est$/iu;
const GOODBYES = [
  'groetjes', 'groeten', 'groet', 'grtz', 'grts', 'mvg', 'cheers', 'bye', 'byebye', 'doei', 'daag', 'ciao', 'tot later',
  'tot straks', 'tot morgen', 'tot dan', 'tot ziens', 'tot de volgende', 'bisous', 'bises', 'cordialement', 'bonne journée',
  'bonne soirée', 'bonne nuit', 'à plus', 'a plus', 'à bientôt', 'a bientot', 'kusjes', 'kusje', 'xx', 'xxx', 'take care',
  'see you', 'regards', 'love', 'peace', 'salut',
];
const THANKS = ['merci', 'mercii', 'bedankt', 'dank je', 'dankjewel', 'dank u', 'dankuwel', 'thanks', 'thank you', 'thx'];
/** A goodbye (group 1) or thanks, then up to three words, then the punctuation before the signature. */
const CLOSING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${GOODBYES.join('|')})|${THANKS.join('|')})(?:(?:[ \t]+[\p{L}'’]+){0,3}[ \t]*[,.!]+|[ \t]*[,.!]*)[ \t]*$`,
  'iu',
);
const END_OF_MESSAGE = /^[\s.!)(:;<3-]*(?:\p{Extended_Pictographic}[\s\u{FE0F}]*)*$/u;
const SEPARATOR = /^(?:[ \t]*[,&+][ \t]*|[ \t]+(?:en|and|et)[ \t]+)/iu;
const PRONOUNS = new Set(['ik', 'me', 'mij', 'i', 'moi', 'jij', 'toi']);

/** `tokens` are the text's words, as `tokenize` gives them. */
export function findMessageNames(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  return [...introductions(text, tokens, lexicon), ...signatures(text, tokens, lexicon), ...enumerations(text, tokens, lexicon)];
}

/** The end of the name that starts at token `i`; with `known`, only a known first name starts one. */
function nameAt(text: string, tokens: readonly Token[], i: number, lexicon: NameLexicon, known: boolean): number | undefined {
  const token = tokens[i];
  if (token === undefined || !isNameCandidate(token.text, lexicon) || lexicon.organisationAt(text, token.start)) return undefined;
  if (NAME_WORD.test(token.text)) return known && !lexicon.isFirstName(token.text) ? undefined : capitalisedEnd(text, tokens, i, lexicon);
  const lowerCaseName = token.text === token.text.toLowerCase() && lexicon.isFirstName(token.text) && !lexicon.isLowerCaseWord(token.text);
  return lowerCaseName ? lowerCaseEnd(text, tokens, i, lexicon) : undefined;
}

function introductions(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  const i = tokens.findIndex((token) => !GREETING.test(text.slice(0, token.end)));
  const first = tokens[i];
  if (first === undefined || !GREETING.test(text.slice(0, first.start))) return [];
  if (SAYS_WHO.test(first.text)) {
    const end = nameAt(text, tokens, i + 1, lexicon, true);
    const start = tokens[i + 1]?.start;
    return end === undefined || start === undefined ? [] : [{ start, end }];
  }
  const end = nameAt(text, tokens, i, lexicon, false);
  if (end === undefined) return [];
  const rest = text.slice(end);
  const known = lexicon.isFirstName(first.text);
  const oneWord = end === first.end;
  if (INTRODUCTION.test(rest)) {
    const unknownWord = !known && oneWord;
    if (unknownWord && (NOT_NAMES.has(first.text.toLowerCase()) || !AFTER_UNKNOWN_INTRODUCTION.test(rest))) return [];
    return [{ start: first.start, end }];
  }
  // Before a comma only a known first name that is no everyday word too ("Ewa, ik weet het niet").
  const plainName = known && !lexicon.isLowerCaseWord(first.text);
  return plainName && /^[ \t]*[,:]/.test(rest) ? [{ start: first.start, end }] : [];
}

function signatures(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  const last = tokens.at(-1);
  if (last === undefined || !END_OF_MESSAGE.test(text.slice(last.end))) return [];
  for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 4); i -= 1) {
    const token = tokens[i];
    if (token === undefined || NOT_NAMES.has(token.text.toLowerCase()) || nameAt(text, tokens, i, lexicon, false) !== last.end) continue;
    const closing = CLOSING_BEFORE.exec(text.slice(0, token.start));
    // After thanks alone only a known first name signs: "Dank je, Actiris" thanks an organisation.
    if (closing !== null && (closing[1] !== undefined || lexicon.isFirstName(token.text))) return [{ start: token.start, end: last.end }];
  }
  return [];
}

/** "Kevin, Tom en ik", "Ali and Fatou": known first names listed with "ik" or with each other. */
function enumerations(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  const found: TextRange[] = [];
  let i = 0;
  while (i < tokens.length) {
    const names: TextRange[] = [];
    let pronoun = false;
    let j = i;
    let separator: RegExpExecArray | null = null;
    for (let token = tokens[j]; token !== undefined; token = tokens[j]) {
      // "ik" joins a list only by "en" ("Tom en ik", "ik en Tom"); by a comma it starts a sentence ("Sarah, ik weet het niet").
      const isPronoun = PRONOUNS.has(token.text.toLowerCase()) && !separator?.[0].includes(',');
      const end = isPronoun ? token.end : nameAt(text, tokens, j, lexicon, true);
      if (end === undefined || (!isPronoun && !NAME_WORD.test(token.text))) break;
      if (isPronoun) pronoun = true;
      else names.push({ start: token.start, end });
      separator = SEPARATOR.exec(text.slice(end));
      if (isPronoun && separator?.[0].includes(',')) break;
      const after = separator === null ? undefined : end + separator[0].length;
      const next = tokens.findIndex((t) => t.start === after);
      if (next < 0) break;
      j = next;
    }
    if (names.length > 0 && (pronoun || names.length > 1)) found.push(...names);
    i = Math.max(i + 1, j);
  }
  return found;
}
