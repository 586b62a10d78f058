/**
 * Names of the young person and of the people around them: family, friends, teachers.
 *
 * Found in three ways, all general rather than tied to examples:
 * - After a phrase that introduces a person: "ik heet", "mijn naam is", "t.n.v." (announcing: any
 *   word that is not an everyday word); "ik ben", "je suis", "I'm", "noem mij maar", "call me"
 *   (suggesting: a capitalised word, or a known first name in lower case); "mijn broer", "ma tante", "mon meilleur ami", "my sister"
 *   (a relative or friend: the capitalised words after it, or a known first name in lower case);
 *   "meneer", "mevrouw", "juf" (a title: the surname after it).
 * - Anywhere: a known first name (content/privacy-names.yaml) followed by a surname ("Fatima
 *   Benali"), unless it is an organisation that looks like a name ("Jan De Nul", "bij Jules
 *   Destrooper", "het Jan Yperman Ziekenhuis"). In lower case only at the start of a message
 *   ("zuzanna kowalska, 19 jaar, ...").
 * - By the shape of a message: a self-introduction, a signature, an enumeration (messageNames.ts).
 * A full name runs over capitalised words and the particles between them ("Sarah Van den Broeck",
 * "Mohamed El Khattabi"); a place, a month or an everyday word ends it.
 */
import { isCommonWord } from './commonWords.js';
import { findMessageNames } from './messageNames.js';
import { NameLexicon } from './nameLexicon.js';
import { adjacent, capitalisedEnd, GREETING, isNameCandidate, lowerCaseEnd, NAME_WORD, PARTICLES, tokenize, type Token } from './nameWords.js';
import type { TextRange } from './types.js';

type Cue = 'announcing' | 'suggesting' | 'relative' | 'title';

const B = String.raw`(?<![\p{L}'’])`;
const S = String.raw`[ \t]+`;
const POSSESSIVES = String.raw`mijn|mn|m['’]n|men|ma|zijn|zn|z['’]n|haar|onze|ons|mon|mes|my|his|her|our`;
const ADJECTIVES = String.raw`beste|oudste|jongste|kleine|grote|oudere|jongere|lieve|eigen|meilleure?|petite?|grande?|best|little|big|older|younger|dear`;
const RELATIVES = [
  // Dutch and Flemish
  'ma', 'mama', 'mam', 'mams', 'moeder', 'moe', 'pa', 'papa', 'paps', 'vader', 'va', 'broer', 'broertje', 'broer', 'zus', 'zuster',
  'zusje', 'zuske', 'tante', 'nonkel', 'oom', 'neef', 'nicht', 'nichtje', 'kozijn', 'oma', 'opa', 'bomma', 'bompa', 'meme', 'pepe',
  'grootmoeder', 'grootvader', 'stiefvader', 'stiefmoeder', 'stiefbroer', 'stiefzus', 'halfbroer', 'halfzus', 'plusmama',
  'pluspapa', 'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'lief', 'liefje', 'ex', 'partner', 'verloofde', 'man', 'vrouw',
  'zoon', 'dochter', 'buurman', 'buurvrouw', 'collega', 'baas', 'chef', 'leerkracht', 'leraar', 'lerares', 'titularis',
  'klastitularis', 'mentor', 'begeleider', 'begeleidster', 'coach', 'trainer', 'voogd', 'opvoeder', 'opvoedster', 'maat',
  'makker', 'klasgenoot', 'klasgenote', 'werkgever',
  // French
  'frère', 'frere', 'sœur', 'soeur', 'mère', 'mere', 'père', 'pere', 'maman', 'ami', 'amie', 'copain', 'copine', 'oncle',
  'cousin', 'cousine', 'prof', 'professeur', 'tuteur', 'tutrice', 'patron', 'patronne',
  // English
  'brother', 'sister', 'mother', 'mom', 'mum', 'dad', 'father', 'friend', 'girlfriend', 'boyfriend', 'aunt', 'uncle',
  'teacher', 'boss', 'guardian',
].join('|');
const CONNECTOR = String.raw`(?:[ \t]*(?:,|:|\(|=)|[ \t]+(?:heet|noemt|is|was|s['’]appelle|est|named|called|is[ \t]+called))?`;

const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  [
    'announcing',
    new RegExp(
      `${B}(?:(?:ik|k|'k)${S}heet|kheet|mijn${S}(?:voor|achter|(?:volledige|echte|eigenlijke|officiële)${S})?naam${S}is|je${S}m['’][ \\t]*appelle|my${S}(?:(?:real|full)${S})?name${S}is|mon${S}(?:vrai${S})?(?:nom|prénom)${S}(?:est|c['’]est)|t\\.[ \\t]?n\\.[ \\t]?v\\.?|op${S}naam${S}van|ten${S}name${S}van|au${S}nom${S}de)(?:[ \\t]*:)?`,
      'giu',
    ),
  ],
  ['suggesting', new RegExp(`${B}(?:(?:ik|k|'k)${S}ben|kben|ik${S}noem|noem(?:en|t)?${S}(?:mij|me)|call${S}me|appelez-moi|appelle-moi|(?:tu${S}peux|vous${S}pouvez)${S}m['’]appeler|naam|je${S}suis|(?<!-)moi${S}c['’]est|i['’]m|i${S}am|this${S}is)(?:[ \\t]*:)?`, 'giu')],
  ['relative', new RegExp(`${B}(?:${POSSESSIVES})${S}(?:(?:${ADJECTIVES})${S})?(?:${RELATIVES})(?![\\p{L}])${CONNECTOR}`, 'giu')],
  ['title', new RegExp(`${B}(?:meneer|mijnheer|menier|meester|mevrouw|mevr\\.?|juf|juffrouw|dhr\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|mister|madame|monsieur|mme\\.?|mlle\\.?)(?![\\p{L}])`, 'giu')],
];

/** Titles after which a surname may be written in lower case ("juf peeters"). */
const LOWER_CASE_TITLES = new Set(['meneer', 'mijnheer', 'menier', 'meester', 'mevrouw', 'juf', 'juffrouw', 'madame', 'monsieur']);
/** Words before a title that make it a noun ("de juf", "een meneer", "die mevrouw"), not a title. */
const ARTICLES = new Set(['de', 'een', 'ne', 'nen', 'die', 'deze', 'diene', 'dees', 'den', 'het', 'la', 'le', 'une', 'un', 'cette', 'ce', 'mijn', 'mn', 'onze', 'zijn', 'haar', 'ma', 'mon', 'notre', 'sa', 'son', 'the', 'a', 'my']);
/** Words between a phrase and the name: "ik heet eigenlijk Sarah". */
const FILLERS = new Set(['eigenlijk', 'dus', 'gewoon', 'echt', 'wel', 'officieel', 'voluit', 'maar', 'soms', 'just', 'simplement']);

export function findNames(text: string, lexicon: NameLexicon = NameLexicon.empty): TextRange[] {
  const tokens = tokenize(text);
  return [...namesAfterCues(text, tokens, lexicon), ...namesFromFirstNames(text, tokens, lexicon), ...findMessageNames(text, tokens, lexicon)];
}

function namesAfterCues(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  const found: TextRange[] = [];
  for (const [cue, pattern] of CUES) {
    for (const m of text.matchAll(pattern)) {
      let i = tokens.findIndex((t) => t.start >= m.index + m[0].length);
      if (i < 0 || !/^[ \t:(,="'-]*$/.test(text.slice(m.index + m[0].length, tokens[i]?.start))) continue;
      while (tokens[i] && FILLERS.has(tokens[i]?.text.toLowerCase() ?? '') && adjacent(text, tokens[i], tokens[i + 1])) i += 1;
      const first = tokens[i];
      if (first === undefined || lexicon.organisationAt(text, first.start)) continue;
      const end = cue === 'title' ? surnameEnd(text, tokens, i, lexicon) : nameEnd(text, tokens, i, cue, lexicon);
      if (end !== undefined) found.push({ start: first.start, end });
    }
  }
  return found;
}

/** The end of the name that starts at token `i` after a phrase, if there is one. */
function nameEnd(text: string, tokens: readonly Token[], i: number, cue: Cue, lexicon: NameLexicon): number | undefined {
  const first = tokens[i];
  if (first === undefined || !isNameCandidate(first.text, lexicon)) return undefined;
  if (NAME_WORD.test(first.text)) return capitalisedEnd(text, tokens, i, lexicon);
  if (first.text !== first.text.toLowerCase()) return undefined;
  if (cue !== 'announcing' && !lexicon.isFirstName(first.text)) return undefined;
  const end = lowerCaseEnd(text, tokens, i, lexicon);
  // A first name that is also an everyday word ("noor", "roos") only with a surname after two particles:
  // "ik ben noor van den broek", not "ik ben noor van mening".
  const withSurname = end !== first.end && PARTICLES.has(tokens[i + 1]?.text ?? '') && PARTICLES.has(tokens[i + 2]?.text ?? '');
  return cue !== 'announcing' && lexicon.isLowerCaseWord(first.text) && !withSurname ? undefined : end;
}

/**
 * After a title only the surname is a name: capitalised words and particles ("Van Damme", "El
 * Idrissi"). A lower-case surname only after a title used as one ("juf peeters"), not after an
 * article ("de juf zei", "een meneer leren kennen") and not after an English title ("miss him").
 */
function surnameEnd(text: string, tokens: readonly Token[], i: number, lexicon: NameLexicon): number | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (PARTICLES.has(first.text.toLowerCase()) || NAME_WORD.test(first.text)) return capitalisedEnd(text, tokens, i, lexicon, true);
  const title = tokens[i - 1];
  const beforeTitle = tokens[i - 2];
  if (title === undefined || !LOWER_CASE_TITLES.has(title.text.toLowerCase())) return undefined;
  const noun = beforeTitle !== undefined && adjacent(text, beforeTitle, title) && (ARTICLES.has(beforeTitle.text.toLowerCase()) || /\p{Lu}{2}/u.test(beforeTitle.text));
  if (noun) return undefined;
  if (first.text !== first.text.toLowerCase() || !isNameCandidate(first.text, lexicon) || lexicon.isLowerCaseWord(first.text)) return undefined;
  return first.end;
}

/**
 * Known first names followed by a surname, anywhere; in lower case only at the start of a message.
 * A name an organisation uses is not a person's.
 */
function namesFromFirstNames(text: string, tokens: readonly Token[], lexicon: NameLexicon): TextRange[] {
  const found: TextRange[] = [];
  tokens.forEach((token, i) => {
    if (!lexicon.isFirstName(token.text) || isCommonWord(token.text) || isOrganisation(text, tokens, i, lexicon)) return;
    let end: number | undefined;
    if (NAME_WORD.test(token.text)) end = capitalisedEnd(text, tokens, i, lexicon);
    else if (isLowerCaseNameAtStart(text, token, lexicon)) {
      end = lowerCaseEnd(text, tokens, i, lexicon);
      if (!/^[ \t]*,/.test(text.slice(end))) return;
    }
    if (end === undefined || end === token.end) return;
    const next = tokens.find((t) => t.start >= end);
    if (next && adjacent(text, tokens.find((t) => t.end === end), next) && lexicon.isOrganisationWord(next.text)) return;
    found.push({ start: token.start, end });
  });
  return found;
}

/** "zuzanna kowalska, 19 jaar, ...": a lower-case first name opening a message (after a greeting). */
function isLowerCaseNameAtStart(text: string, token: Token, lexicon: NameLexicon): boolean {
  return token.text === token.text.toLowerCase() && !lexicon.isLowerCaseWord(token.text) && GREETING.test(text.slice(0, token.start));
}

function isOrganisation(text: string, tokens: readonly Token[], i: number, lexicon: NameLexicon): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (lexicon.organisationAround(text, token.start) || lexicon.organisationAt(text, token.start)) return true;
  const previous = tokens[i - 1];
  if (previous === undefined || !adjacent(text, previous, token)) return false;
  // "bij Jules Destrooper", "het Jan Yperman Ziekenhuis"; after an abbreviation: "AZ Jan Palfijn", "VCLB Pieter Breughel".
  return lexicon.isOrganisationCue(previous.text) || /^\p{Lu}{2,}$/u.test(previous.text);
}

