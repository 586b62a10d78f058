import { join } from 'node:path';
import { readYamlFile } from '../content/yamlFile.js';
import { conditionHolds, type PathProfile } from '../paths/pathSteps.js';
import type { PathSource } from '../paths/schema.js';
import { normalize } from '../understanding/normalize.js';
import { occupationFileSchema, type Occupation, type OccupationFile, type OccupationLink } from './schema.js';

/** The ways to a job the young person named, for their age: sentences, links and sources. */
export interface JobRoute {
  /** The occupation's id, or undefined when they named a job the list does not know. */
  occupationId?: string;
  /** How the bot names the job in a sentence; undefined for a job the list does not know. */
  name?: string;
  ways: string[];
  links: OccupationLink[];
  sources: PathSource[];
}

/** Endings a word may have and still name the same job: kapper(s), kapster, lassen. */
const ENDINGS = '(?:s|e|en|ster|sters)?';

/** A list of words matched as whole words (with their endings) in normalised text. */
class WordMatcher {
  private readonly pattern: RegExp;

  constructor(words: readonly string[]) {
    const alternatives = words.map((word) => normalize(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.pattern = new RegExp(`(?:^| )(?:${alternatives.join('|')})${ENDINGS}(?= |$)`);
  }

  /** Where the first word is in the normalised text, or -1. */
  indexIn(normalized: string): number {
    const found = this.pattern.exec(normalized);
    return found ? found.index : -1;
  }
}

/** The occupations of content/occupations.yaml and the ways to each, by age. */
export class Occupations {
  private readonly matchers: ReadonlyArray<{ occupation: Occupation; matcher: WordMatcher }>;
  private readonly cues: WordMatcher;

  constructor(private readonly file: OccupationFile) {
    this.matchers = file.occupations.map((occupation) => ({ occupation, matcher: new WordMatcher(occupation.words) }));
    this.cues = new WordMatcher(file.jobCues);
  }

  static load(contentDir: string): Occupations {
    return new Occupations(readYamlFile(join(contentDir, 'occupations.yaml'), occupationFileSchema));
  }

  get all(): readonly Occupation[] {
    return this.file.occupations;
  }

  /** The occupation a text names first, or undefined. */
  match(text: string): Occupation | undefined {
    const normalized = normalize(text);
    const found = this.matchers
      .map(({ occupation, matcher }) => ({ occupation, at: matcher.indexIn(normalized) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at);
    return found[0]?.occupation;
  }

  byId(id: string): Occupation | undefined {
    return this.file.occupations.find((occupation) => occupation.id === id);
  }

  /** Whether a text names some job or field ("ik wil … worden"), known or not. */
  soundsLikeAJob(text: string): boolean {
    return this.match(text) !== undefined || this.cues.indexIn(normalize(text)) >= 0;
  }

  /**
   * The route to the job the texts name first (their wish, then their future), for their age; a job
   * the list does not know gets onderwijskiezer.be. Undefined when no text names a job.
   */
  routeFor(texts: ReadonlyArray<string | null | undefined>, profile: PathProfile, knownId?: string): JobRoute | undefined {
    const said = texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
    const occupation = (knownId === undefined ? undefined : this.byId(knownId)) ?? said.map((text) => this.match(text)).find((o) => o !== undefined);
    if (occupation) return this.routeTo(occupation, profile);
    if (!said.some((text) => this.soundsLikeAJob(text))) return undefined;
    const link = this.file.links.onderwijskiezer;
    return { ways: [], links: [link], sources: this.sourcesNamed(['onderwijskiezer']) };
  }

  private routeTo(occupation: Occupation, profile: PathProfile): JobRoute {
    const ways = this.file.ways.filter((way) => (occupation.ways ?? [way.id]).includes(way.id) && conditionHolds(way.when, profile));
    const fill = (text: string) => text.replaceAll('{job}', occupation.name);
    const { onderwijskiezer, vdab } = this.file.links;
    const notes = occupation.notes.filter((note) => conditionHolds(note.when, profile));
    const usesVdab = ways.some((way) => way.sources.includes('vdab-opleidingen'));
    const links = [onderwijskiezer, ...(usesVdab && conditionHolds(vdab.when, profile) ? [vdab] : [])];
    return {
      occupationId: occupation.id,
      name: occupation.name,
      ways: [...ways.map((way) => fill(way.text)), ...notes.map((note) => note.text)],
      links,
      sources: this.sourcesNamed(['onderwijskiezer', ...[...ways, ...notes].flatMap((part) => part.sources)]),
    };
  }

  private sourcesNamed(names: readonly string[]): PathSource[] {
    return [...new Set(names)].flatMap((name) => this.file.sources[name] ?? []);
  }
}
