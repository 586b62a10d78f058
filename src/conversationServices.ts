import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import type { Profile } from '../dialogs/profile.js';
import { Replies } from '../dialogs/replies.js';
import type { ConversationFlags, ConversationServices, ReturnDesk } from '../dialogs/services.js';
import type { Content } from './content/loadContent.js';
import type { Logger } from './logger.js';
import type { Records } from './records/types.js';
import { CallbackRequests } from './replies/callbackRequests.js';
import { ContactReferrals } from './replies/contactReferrals.js';
import { HelplineReplies } from './replies/helplineReplies.js';
import { KnowledgeAnswers } from './replies/knowledgeAnswers.js';
import { UnansweredQuestions } from './replies/unansweredQuestions.js';
import { markForgotten } from './state/forgottenTurn.js';

export interface ServiceParts {
  content: Content;
  conversationState: ConversationState;
  userState: UserState;
  records: Records;
  logger: Logger;
  now: () => Date;
  /** Codes and private links to come back from any device. */
  comeback: ReturnDesk;
  /** Deletes what is kept outside bot state (transcripts, records, follow-ups, web chat history). */
  forgetElsewhere: (context: TurnContext) => Promise<void>;
  welcomeBackAfterMs: number;
  retentionDays: number;
  /** TRANSCRIPT_CONSENT=off: never asked, never kept for counsellors; asked by default. */
  askConsent?: boolean;
  privacyUrl?: string;
}

/** Everything the conversation needs, built on the loaded content, state and records. */
export function createServices(parts: ServiceParts): ConversationServices {
  const { content, conversationState, userState, records, logger } = parts;
  const replies = new Replies(content.messages);
  return {
    replies,
    understanding: content.understanding,
    phrases: content.phrases,
    profile: userState.createProperty<Profile>('profile'),
    flags: conversationState.createProperty<ConversationFlags>('flags'),
    lookupPlace: (text) => content.lookupPlace(text),
    referrals: new ContactReferrals(content.contacts, replies),
    paths: content.paths,
    safety: new HelplineReplies(content.helplines, replies),
    knowledge: new KnowledgeAnswers(content.understanding.knowledge, replies),
    unanswered: new UnansweredQuestions(records.insights, content.redactor, logger, parts.now),
    callbacks: new CallbackRequests(records.callbacks, records.conversations, content.messages),
    comeback: parts.comeback,
    forget: async (context) => {
      markForgotten(context);
      await userState.delete(context);
      await conversationState.delete(context);
      await parts.forgetElsewhere(context);
    },
    now: parts.now,
    welcomeBackAfterMs: parts.welcomeBackAfterMs,
    retentionDays: parts.retentionDays,
    askConsent: parts.askConsent ?? true,
    ...(parts.privacyUrl !== undefined ? { privacyUrl: parts.privacyUrl } : {}),
  };
}
