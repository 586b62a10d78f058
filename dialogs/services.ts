import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { PhraseBook } from '../src/understanding/phraseBook.js';
import type { Understanding } from '../src/understanding/understanding.js';
import type { Place, Profile } from './profile.js';
import type { Replies } from './replies.js';
import type { Referrals } from './referrals.js';
import type { CallbackRequests, KnowledgeReplies, SafetyNet, UnansweredLog } from './answerSources.js';

/** Per-conversation flags that are not about the young person's answers. */
export interface ConversationFlags {
  lastMessageAt?: string;
  crisis?: boolean;
  /** The young person asked to delete their data; the next message confirms or cancels. */
  pendingDelete?: boolean;
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
  safety: SafetyNet;
  knowledge: KnowledgeReplies;
  unanswered: UnansweredLog;
  callbacks: CallbackRequests;
  /** Deletes everything kept about this young person and this conversation. */
  forget: (context: TurnContext) => Promise<void>;
  now: () => Date;
  welcomeBackAfterMs: number;
  /** After how many days what the young person told is deleted. */
  retentionDays: number;
}
