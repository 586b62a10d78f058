import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { PhraseBook } from '../src/understanding/phraseBook.js';
import type { Language } from '../src/understanding/classifier/trainingSet.js';
import type { CrisisKind } from '../src/understanding/crisis.js';
import type { ReplyKind } from '../src/understanding/replyKind.js';
import type { Understanding } from '../src/understanding/understanding.js';
import type { PathSteps } from '../src/paths/pathSteps.js';
import type { Occupations } from '../src/occupations/occupations.js';
import type { Plan } from '../src/plan/plan.js';
import type { PlanBuilder } from '../src/plan/planBuilder.js';
import type { Place, Profile } from './profile.js';
import type { Replies } from './replies.js';
import type { Referrals } from './referrals.js';
import type { CallbackRequests, KnowledgeReplies, SafetyNet, UnansweredLog } from './answerSources.js';

/** Where the safety net stands after a signal, the kind of risk, and the language it came in. */
export interface SafetyState {
  stage: 'paused' | 'check';
  kind: CrisisKind;
  language: Language;
}

/** Per-conversation flags that are not about the young person's answers. */
export interface ConversationFlags {
  lastMessageAt?: string;
  crisis?: boolean;
  /** The young person asked to delete their data; the next message confirms or cancels. */
  pendingDelete?: boolean;
  /**
   * After a crisis signal: `paused`, the conversation waits until the young person says to go on;
   * `check`, the bot asked one safety question after an ambiguous signal.
   */
  safety?: SafetyState;
  /** The bot asked "Bedoel je …?" about a message it was not sure of; the next message says yes or no. */
  replyCheck?: { kind: ReplyKind; text: string };
  /** Knowledge-base titles offered after an unclear question; a tapped title is a question, not an answer. */
  topicChoices?: string[];
  /** The knowledge-base entry answered last, so the "Bronnen" button can show its sources. */
  lastKbId?: string;
  /** Abbreviations a knowledge-base answer has explained in this conversation: later answers do not. */
  explainedAbbreviations?: string[];
  /** A call-back was requested in this conversation: a second request makes no second one. */
  callbackRequested?: boolean;
  /** The step at which the young person said "weet ik niet" once; a second time goes on. */
  dontKnowAt?: string;
}

/** What a young person types or opens to come back: the code, or the token of the private link. */
export type ReturnWay = { code: string } | { link: string };

/** A code and private link just given for this conversation. */
export interface ReturnEntry {
  /** As shown: "K7M-4QX-9TB". */
  code: string;
  /** The private link's token (only the page of this young person gets it; never stored). */
  linkToken: string;
  /** The private link, when PUBLIC_URL is set. */
  linkUrl?: string;
  /** The calendar file of the agreed follow-up day, when one was agreed and PUBLIC_URL is set. */
  calendarUrl?: string;
}

/** The way back to a conversation from any device (src/comeback). */
export interface ReturnDesk {
  /** A new code and link for this conversation (an earlier one stops working). */
  issue(context: TurnContext, followUpAt?: Date): Promise<ReturnEntry>;
  /** The code a message holds, if it holds one. */
  codeIn(text: string): string | undefined;
  /** Continues here the conversation of a code or link: its plan, or why not. */
  enter(context: TurnContext, way: ReturnWay): Promise<'limited' | 'unknown' | { profile: Profile }>;
  /** Whether the website may offer a push reminder (VAPID keys configured). */
  push: boolean;
}

/** What the conversation needs from the rest of the program, passed in by the composition root. */
export interface ConversationServices {
  replies: Replies;
  understanding: Understanding;
  phrases: PhraseBook;
  profile: StatePropertyAccessor<Profile>;
  flags: StatePropertyAccessor<ConversationFlags>;
  lookupPlace: (text: string) => Place | null;
  referrals: Referrals;
  /** The small steps of the outcome path for a young person's choice (content/paths.yaml). */
  paths: PathSteps;
  /** The jobs and fields young people name, and the ways to each (content/occupations.yaml). */
  occupations: Occupations;
  /** The plan "Ik kan… werk maken van mijn toekomst" built from the profile. */
  plans: PlanBuilder;
  safety: SafetyNet;
  knowledge: KnowledgeReplies;
  unanswered: UnansweredLog;
  callbacks: CallbackRequests;
  /** Codes and private links to come back from any device. */
  comeback: ReturnDesk;
  /** Deletes everything kept about this young person and this conversation. */
  forget: (context: TurnContext) => Promise<void>;
  now: () => Date;
  welcomeBackAfterMs: number;
  /** After how many days what the young person told is deleted. */
  retentionDays: number;
  /** Whether the bot asks if a counsellor may read the conversation (TRANSCRIPT_CONSENT=ask). */
  askConsent: boolean;
  /** The privacy page's absolute URL; without one (no PUBLIC_URL) the welcome has no "meer weten?" button. */
  privacyUrl?: string;
  /**
   * Keeps the plan behind a new private link and resolves with the printable page's absolute URL;
   * absent without PUBLIC_URL, undefined when it could not be kept.
   */
  planPageUrl?: (context: TurnContext, plan: Plan) => Promise<string | undefined>;
}
