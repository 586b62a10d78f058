import type { TurnContext } from 'botbuilder';
import type { ContactDetails } from '../src/understanding/contactDetails.js';
import type { Language } from '../src/understanding/classifier/trainingSet.js';
import type { CrisisKind, CrisisSignal } from '../src/understanding/crisis.js';
import type { Profile } from './profile.js';
import type { Reply } from './replies.js';

/** Helplines for a crisis signal (`channelData.step` crisis), open services first. */
export interface SafetyNet {
  /** Helplines at once, in at most three messages, ending with "Ben je nu veilig?". */
  respond(signal: CrisisSignal, now: Date, language: Language): Reply[];
  /** The answer to "Nee, ik ben niet veilig": the emergency number, then the helplines again. */
  unsafe(kind: CrisisKind, now: Date): Reply[];
  /** A short list of helplines for the plan and a later return after a crisis. */
  reminder(now: Date): string;
}

/** What an answer depends on besides the entry: the question, the young person and the talk so far. */
export interface KnowledgeRequest {
  question: string;
  profile: Profile;
  language?: Language;
  /** Abbreviations already explained in this conversation. */
  explained: readonly string[];
}

/** The replies of an answer, and the abbreviations explained so far, this answer included. */
export interface KnowledgeAnswer {
  replies: Reply[];
  explained: string[];
}

/** Knowledge-base answers personalised for the young person (`kb.answer`, `kb.unknown`). */
export interface KnowledgeReplies {
  /** The short answer (in their own word first), then a card with where to read more and the "Bronnen" button. */
  answer(id: string, request: KnowledgeRequest): KnowledgeAnswer;
  /** The sources of an entry's answer for this young person, with the dates they were checked. */
  sources(id: string, profile: Profile): Reply | undefined;
  /** Whether the text is the "Bronnen" button. */
  isSourcesButton(text: string): boolean;
  /** Two entries are close: ask which one is meant, with buttons. */
  choose(ids: readonly string[]): Reply;
  /** No entry fits: say so honestly and offer a person. */
  unknown(): Reply;
}

/** Call-back requests for the warm hand-over, kept apart from the transcript for counsellors. */
export interface CallbackRequests {
  /** The short summary of the talk that goes with a request (shown to the young person first). */
  summaryOf(profile: Profile): string;
  /** Stores the request and tells a live-agent channel about it (`handoff.initiate`). */
  request(context: TurnContext, contact: ContactDetails, profile: Profile): Promise<void>;
}

/** Where unanswered questions go (redacted before they are kept), for content editors. */
/** The conversation a question was asked in. */
export interface ConversationOf {
  channelId: string;
  conversationId: string;
}

export interface UnansweredLog {
  record(text: string, conversation: ConversationOf): Promise<void>;
}
