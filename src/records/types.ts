/**
 * What counsellors' tools read and write, independent of where it is stored (lowdb files by
 * default, Azure Blob Storage when scaled out). Transcripts themselves go through botbuilder's
 * `TranscriptStore` interface; everything here is stored redacted.
 */
import type { RegionCode, Wish } from '../understanding/types.js';
import type { PlanPageStore } from './planPages.js';

/** One consented conversation, as the console lists and filters it. */
export interface ConversationRecord {
  conversationId: string;
  channelId: string;
  /** ISO timestamps. */
  startedAt: string;
  lastActivityAt: string;
  region?: RegionCode;
  wish?: Wish;
  /** The 1-10 usefulness score from the wrap-up. */
  score?: number;
  crisis: boolean;
  callbackRequested: boolean;
  /** The last `channelData.step` the bot sent: where the young person stopped. */
  lastStep?: string;
  messageCount: number;
  /** The young person came back to a finished talk (follow-up talk): when, how often, and what changed (redacted). */
  cameBack?: ComebackNote;
}

/** What a follow-up talk changed, for counsellors, in the young person's words (redacted). */
export interface ComebackNote {
  /** ISO time of the last return. */
  at: string;
  returns: number;
  howItWent?: string;
  better?: string;
  /** The next step before and after, when they changed it. */
  previousNextStep?: string;
  nextStep?: string;
}

export interface ConversationIndex {
  upsert(record: ConversationRecord): Promise<void>;
  /**
   * Writes `change(current)` unless it is undefined, without losing a change another turn or
   * instance makes meanwhile; resolves with what was written.
   */
  update(conversationId: string, change: (current: ConversationRecord | undefined) => ConversationRecord | undefined): Promise<ConversationRecord | undefined>;
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** Newest activity first. */
  list(): Promise<ConversationRecord[]>;
  delete(conversationId: string): Promise<void>;
}

/** A young person's request to be contacted, kept apart from the transcript, only for that purpose. */
export interface CallbackRequest {
  id: string;
  conversationId: string;
  createdAt: string;
  updatedAt: string;
  contact: { kind: 'phone' | 'email'; value: string };
  /** The short summary of the talk the young person agreed to share. */
  summary: string;
  region?: RegionCode;
  status: 'new' | 'taken' | 'done';
  /** The counsellor who took it. */
  takenBy?: string;
}

export type NewCallbackRequest = Pick<CallbackRequest, 'conversationId' | 'contact' | 'summary' | 'region'>;

export interface CallbackStore {
  create(request: NewCallbackRequest): Promise<CallbackRequest>;
  /** Newest first. */
  list(): Promise<CallbackRequest[]>;
  update(id: string, change: Pick<CallbackRequest, 'status'> & { takenBy?: string }): Promise<CallbackRequest | undefined>;
  deleteForConversation(conversationId: string): Promise<void>;
  /** Deletes requests created before the date; returns how many. */
  deleteOlderThan(date: Date): Promise<number>;
}

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'locked-out'
  | 'sign-out'
  | 'open-conversation'
  | 'export-conversation'
  | 'delete-conversation'
  | 'update-callback';

export interface AuditEntry {
  at: string;
  user: string;
  action: AuditAction;
  /** A conversation id or call-back id. */
  target?: string;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<AuditEntry[]>;
}

/**
 * Anonymous counts for the insight charts, kept with or without consent: no text, no ids.
 * `week` is the ISO week of the event, e.g. "2026-W48".
 */
export type InsightEvent =
  | { kind: 'conversation-started'; week: string }
  | { kind: 'step-reached'; step: string }
  | { kind: 'outcome-chosen'; wish: Wish | 'none' }
  | { kind: 'score-given'; score: number }
  | { kind: 'crisis-flagged'; week: string };

/**
 * A question the knowledge base could not answer, redacted, for content editors. It is linked to
 * its conversation by a one-way key (conversationKey), so that it goes when the conversation is
 * deleted, and it goes at the end of the retention period.
 */
export interface UnansweredQuestion {
  question: string;
  askedIn: string;
  /** ISO time at which it was asked. */
  at: string;
}

export interface InsightData {
  conversationsPerWeek: Record<string, number>;
  stepsReached: Record<string, number>;
  outcomes: Record<string, number>;
  scores: Record<string, number>;
  crisisPerWeek: Record<string, number>;
  /** Redacted questions the knowledge base could not answer (how often, within the retention period), most frequent first. */
  unanswered: Array<{ question: string; count: number }>;
}

export interface InsightStore {
  count(event: InsightEvent): Promise<void>;
  addUnanswered(question: UnansweredQuestion): Promise<void>;
  /** Deletes the unanswered questions asked in a conversation (by its conversationKey). */
  forgetConversation(askedIn: string): Promise<void>;
  /** Deletes the unanswered questions asked before `cutoff`; returns how many. */
  deleteUnansweredBefore(cutoff: Date): Promise<number>;
  read(): Promise<InsightData>;
}

/** Everything the console and the retention purge need, for one storage backend. */
export interface Records {
  conversations: ConversationIndex;
  callbacks: CallbackStore;
  audit: AuditLog;
  insights: InsightStore;
  /** The plans behind the private links of the printable plan page. */
  planPages: PlanPageStore;
  /** Resolves when every write started so far has finished (backends that write in the background). */
  flush?: () => Promise<void>;
}
