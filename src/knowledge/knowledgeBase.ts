import { ContentError } from '../content/yamlFile.js';
import { answerFor, type KbAnswer, type KbFacts } from './answers.js';
import { knowledgeDir, readKnowledgeContent } from './entries.js';
import { loadTopicLexicon, type TopicLexicon } from './lexicon.js';
import type { KbEntry } from './schema.js';
import { TopicMatcher, type TopicMatch } from './topicMatcher.js';

export type { TopicMatch } from './topicMatcher.js';
export type { KbAnswer, KbFacts } from './answers.js';

/** The knowledge base: the entries of content/knowledge and the matcher that finds one for a question. */
export class KnowledgeBase {
  private readonly byId: ReadonlyMap<string, KbEntry>;
  private readonly matcher: TopicMatcher;

  constructor(entries: readonly KbEntry[], matcher: TopicMatcher) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.matcher = matcher;
  }

  /** Reads and checks every entry and builds the search index once; throws a ContentError on any problem. */
  static load(contentDir: string): KnowledgeBase {
    const { entries, errors } = readKnowledgeContent(contentDir);
    if (errors.length > 0) throw new ContentError(knowledgeDir(contentDir), errors);
    return KnowledgeBase.create(
      entries.map(({ entry }) => entry),
      loadTopicLexicon(contentDir),
    );
  }

  /** A knowledge base over checked entries (load checks them). */
  static create(entries: readonly KbEntry[], lexicon: TopicLexicon): KnowledgeBase {
    return new KnowledgeBase(entries, new TopicMatcher(entries, lexicon));
  }

  /** Which entry answers a free question: one, two close candidates, or none (out of scope). */
  match(text: string): TopicMatch {
    return this.matcher.match(text);
  }

  entry(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  entries(): KbEntry[] {
    return [...this.byId.values()];
  }

  /** The entry's answer for this young person (see answerFor); throws for an unknown id. */
  answerFor(id: string, facts: KbFacts): KbAnswer {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`no knowledge-base entry has the id "${id}"`);
    return answerFor(entry, facts);
  }
}
