import { distance } from 'fastest-levenshtein';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { TopicLexicon } from './lexicon.js';
import type { KbEntry } from './schema.js';
import { matchingKeywords } from './naming.js';
import { TermAnalyzer, words, type TermGroup } from './termAnalyzer.js';

export type TopicMatch =
  | { kind: 'answer'; id: string; score: number }
  | { kind: 'ambiguous'; ids: [string, string] }
  | { kind: 'none' };

/** Share of a question's weighted words an entry must explain before it may answer. */
const MIN_COVERAGE = 0.5;
/**
 * The entries that explain almost as much of the question as the best one (within COVERAGE_MARGIN)
 * are ordered by MiniSearch's rank; when the second ranks almost as high (RANK_RATIO), the match is
 * ambiguous.
 */
const COVERAGE_MARGIN = 0.03;
const RANK_RATIO = 0.9;

/**
 * The fields of an indexed entry: its anchors (title and one-word keywords) name the topic; its example
 * questions and its answer texts use the topic's words. `credit` is what a word found only there
 * counts for; `boost` is its weight in MiniSearch's ranking.
 */
const FIELDS = {
  anchors: { credit: 1, boost: 2 },
  questions: { credit: 0.6, boost: 1 },
  answers: { credit: 0.4, boost: 0.3 },
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/** The weight of a word no entry knows well, against 1 for a word that one entry alone knows well. */
const UNKNOWN_WEIGHT = 0.7;
/** A question that contains one of an entry's keywords of several words ranks it this much higher. */
const PHRASE_BOOST = 1.5;
/** A word matched only approximately (a typo, or as the start of a longer word) counts this much. */
const APPROXIMATE_CREDIT = 0.8;
/** A word found only through a part of it ("werkloosheidsuitkering" via "uitkering") counts this much. */
const PART_CREDIT = 0.45;
/** A credit this high means the word is in the entry's anchors or questions. */
const KNOWN_WELL = FIELDS.questions.credit * APPROXIMATE_CREDIT;
/** Terms this long or longer are also matched as a prefix and with typos. */
const MIN_APPROXIMATE_LENGTH = 5;

type IndexedEntry = Record<Field, string> & { id: string };
/** An entry sharing words with the question: its ranking and what it explains of each word (0..1). */
type Candidate = { id: string; rank: number; anchored: boolean; credits: number[] };

/**
 * Finds the knowledge-base entry that answers a free question. A MiniSearch index (BM25, with
 * fuzzy and prefix matching for typos and inflections) holds each entry's stemmed words in three
 * fields: anchors (title and one-word keywords), example questions (with keywords of several
 * words) and answer texts. An entry may answer only when
 * - one of its anchors, or one of its keywords of several words as a whole, is in the question, and
 * - it explains enough of the question (coverage): each content word weighs more the fewer entries
 *   know it, and a word no entry knows ("huisarts", "fitness") weighs a lot, so a question that
 *   shares a word with a topic but is about something else finds no answer.
 * The entry with the highest coverage answers; near-ties are settled by MiniSearch's rank.
 * A question about another country's rules (content/understanding/places-nl.yaml) finds none.
 */
export class TopicMatcher {
  private readonly analyzer: TermAnalyzer;
  private readonly index: MiniSearch<IndexedEntry>;
  private readonly entryCount: number;
  /** Per entry id: its keywords of several words, as stems ("centrum leren en werken"). */
  private readonly phrases: ReadonlyMap<string, string[][]>;

  constructor(
    entries: readonly KbEntry[],
    private readonly lexicon: TopicLexicon,
  ) {
    this.analyzer = new TermAnalyzer(
      [...lexicon.stopwords, ...lexicon.elsewhere, ...lexicon.here],
      entries.flatMap((entry) => [entry.title, ...entry.questions, ...matchingKeywords(entry)]),
    );
    this.entryCount = entries.length;
    this.phrases = new Map(
      entries.map((entry) => [
        entry.id,
        matchingKeywords(entry).map((keyword) => this.stems(keyword)).filter((stems) => stems.length > 1),
      ]),
    );
    this.index = new MiniSearch<IndexedEntry>({
      fields: FIELD_NAMES,
      tokenize: (text) => text.split(' ').filter((term) => term !== ''),
      processTerm: (term) => term,
      searchOptions: {
        boost: Object.fromEntries(FIELD_NAMES.map((field) => [field, FIELDS[field].boost])),
        fuzzy: (term) => maxTypos(term),
        prefix: (term) => term.length >= MIN_APPROXIMATE_LENGTH,
      },
    });
    this.index.addAll(
      entries.map((entry) => {
        const keywords = matchingKeywords(entry);
        return {
          id: entry.id,
          anchors: this.searchText([entry.title, ...keywords.filter((keyword) => !this.isPhrase(keyword))]),
          questions: this.searchText([...entry.questions, ...keywords.filter((keyword) => this.isPhrase(keyword))]),
          answers: this.searchText([entry.answer, ...entry.variants.flatMap((variant) => [variant.answer, variant.more ?? '']), entry.more]),
        };
      }),
    );
  }

  match(text: string): TopicMatch {
    if (this.isAboutElsewhere(text)) return { kind: 'none' };
    const groups = this.analyzer.groups(text);
    if (groups.length === 0) return { kind: 'none' };
    const candidates = this.candidates(groups);
    const weights = groups.map((_, i) => informativeness(reach(candidates, i), this.entryCount));
    const eligible = candidates
      .map((candidate) => ({ ...candidate, coverage: coverage(candidate.credits, weights) }))
      .filter((candidate) => candidate.anchored && candidate.coverage >= MIN_COVERAGE);
    const topCoverage = Math.max(0, ...eligible.map((candidate) => candidate.coverage));
    const [best, runnerUp] = eligible
      .filter((candidate) => candidate.coverage >= topCoverage - COVERAGE_MARGIN)
      .sort((a, b) => b.rank - a.rank);
    if (!best) return { kind: 'none' };
    if (runnerUp && runnerUp.rank >= RANK_RATIO * best.rank) return { kind: 'ambiguous', ids: [best.id, runnerUp.id] };
    return { kind: 'answer', id: best.id, score: best.coverage };
  }

  private searchText(texts: readonly string[]): string {
    return texts.flatMap((text) => this.analyzer.terms(text)).join(' ');
  }

  /** Every entry that shares a word with the question. */
  private candidates(groups: readonly TermGroup[]): Candidate[] {
    const partsOnly = new Set(groups.flatMap((group) => group.parts));
    for (const group of groups) partsOnly.delete(group.stem);
    const query = [...new Set(groups.flatMap((group) => [group.stem, ...group.parts]))].join(' ');
    const hits = this.index.search(query, { boostTerm: (term) => (partsOnly.has(term) ? PART_CREDIT : 1) });
    const stems = groups.map((group) => group.stem);
    return hits.map((hit) => {
      const phrase = this.hasPhrase(String(hit.id), stems);
      return {
        id: String(hit.id),
        rank: phrase ? PHRASE_BOOST * hit.score : hit.score,
        anchored: phrase || Object.values(hit.match).some((fields) => fields.includes('anchors')),
        credits: groups.map((group) => credit(group, hit)),
      };
    });
  }

  /** A keyword of several words ("lid worden van een vakbond") names a topic only as a whole. */
  private isPhrase(keyword: string): boolean {
    return this.stems(keyword).length > 1;
  }

  private stems(text: string): string[] {
    return this.analyzer.groups(text).map((group) => group.stem);
  }

  /** Whether the question's words contain one of the entry's keywords of several words, in order. */
  private hasPhrase(id: string, stems: readonly string[]): boolean {
    const question = ` ${stems.join(' ')} `;
    return (this.phrases.get(id) ?? []).some((phrase) => question.includes(` ${phrase.join(' ')} `));
  }

  /** Names another country and no place here: the rules asked about are not ours. */
  private isAboutElsewhere(text: string): boolean {
    const padded = ` ${words(text).join(' ')} `;
    const mentions = (places: readonly string[]): boolean =>
      places.some((place) => padded.includes(` ${words(place).join(' ')} `));
    return mentions(this.lexicon.elsewhere) && !mentions(this.lexicon.here);
  }
}

/** The edit distance allowed for a search term: none for short words, 1 up to 9 letters, then 2. */
function maxTypos(term: string): number | false {
  if (term.length < MIN_APPROXIMATE_LENGTH) return false;
  return term.length < 10 ? 1 : 2;
}

/** What the hit explains of a word: 1 for an exact anchor, less in other fields, approximately or via a part. */
function credit(group: TermGroup, hit: SearchResult): number {
  const partCredit = Math.max(0, ...group.parts.map((part) => termCredit(part, hit)));
  return Math.max(termCredit(group.stem, hit), PART_CREDIT * partCredit);
}

function termCredit(term: string, hit: SearchResult): number {
  let best = 0;
  for (const [found, fields] of Object.entries(hit.match)) {
    const closeness = found === term ? 1 : isApproximately(found, term) ? APPROXIMATE_CREDIT : 0;
    if (closeness === 0) continue;
    for (const field of fields) best = Math.max(best, closeness * FIELDS[field as Field].credit);
  }
  return best;
}

/** Whether the index found `found` for the search term `term` by prefix or fuzzy matching. */
function isApproximately(found: string, term: string): boolean {
  const typos = maxTypos(term);
  if (typos === false) return false;
  return found.startsWith(term) || distance(found, term) <= typos;
}

/** How many entries know word i well: in their anchors or questions, not only in an answer text. */
function reach(candidates: readonly Candidate[], i: number): number {
  return candidates.filter((candidate) => (candidate.credits[i] ?? 0) >= KNOWN_WELL).length;
}

/**
 * How much a word says about the topic: 1 when one entry knows it, less the more entries share it
 * (an inverse document frequency scaled to 0..1), UNKNOWN_WEIGHT when no entry knows it well.
 */
function informativeness(reach: number, entryCount: number): number {
  if (reach === 0) return UNKNOWN_WEIGHT;
  if (reach <= 1) return 1;
  return Math.log(1 + entryCount / reach) / Math.log(1 + entryCount);
}

function coverage(credits: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const explained = weights.reduce((sum, weight, i) => sum + weight * (credits[i] ?? 0), 0);
  return total === 0 ? 0 : explained / total;
}
