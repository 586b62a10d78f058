import type { CrisisSignal } from '../src/understanding/crisis.js';
import type { Profile } from './profile.js';
import type { Reply } from './replies.js';

/** Helplines for a crisis signal (`channelData.step` crisis), open services first. */
export interface SafetyNet {
  respond(signal: CrisisSignal, now: Date): Reply[];
}

/** Knowledge-base answers personalised for the young person (`kb.answer`, `kb.unknown`). */
export interface KnowledgeReplies {
  answer(id: string, profile: Profile): Reply[];
  /** Two entries are close: ask which one is meant, with buttons. */
  choose(ids: readonly string[]): Reply;
  /** No entry fits: say so honestly and offer a person. */
  unknown(): Reply;
}

/** Where unanswered questions go (redacted before they are kept), for content editors. */
export interface UnansweredLog {
  record(text: string, step: string): Promise<void>;
}
