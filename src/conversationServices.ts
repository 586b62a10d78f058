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
import { AnswerFilter } from './plan/answerFilter.js';
import { PlanBuilder } from './plan/planBuilder.js';
import type { Plan } from './plan/plan.js';
import { planPagePath, publicPageUrl } from './site/paths.js';

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
  /** The bot's public base URL (PUBLIC_URL); without it the summary has no link to the printable plan. */
  publicUrl?: string;
}

/** Everything the conversation needs, built on the loaded content, state and records. */
export function createServices(parts: ServiceParts): ConversationServices {
  const { content, conversationState, userState, records, logger } = parts;
  const replies = new Replies(content.messages);
  const safety = new HelplineReplies(content.helplines, replies);
  const plans = new PlanBuilder({
    messages: content.messages,
    paths: content.paths,
    contacts: content.contacts,
    occupations: content.occupations,
    answers: new AnswerFilter(content.phrases, (text) => content.understanding.reply(text)),
    helplineLines: (now) => safety.reminderLines(now),
  });
  return {
    replies,
    understanding: content.understanding,
    phrases: content.phrases,
    profile: userState.createProperty<Profile>('profile'),
    flags: conversationState.createProperty<ConversationFlags>('flags'),
    lookupPlace: (text) => content.lookupPlace(text),
    referrals: new ContactReferrals(content.contacts, replies),
    paths: content.paths,
    occupations: content.occupations,
    plans,
    safety,
    knowledge: new KnowledgeAnswers(content.understanding.knowledge, replies, content.abbreviations),
    unanswered: new UnansweredQuestions(records.insights, content.redactor, logger, parts.now),
    callbacks: new CallbackRequests(records.callbacks, records.conversations, content.messages, (profile) => plans.build(profile, parts.now())),
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
    ...(parts.publicUrl !== undefined ? { planPageUrl: planPagePublisher(records, logger, parts.publicUrl) } : {}),
  };
}

/** Keeps a plan behind a new private link and gives the page's absolute URL; a storage failure leaves the summary without the link. */
function planPagePublisher(records: Records, logger: Logger, publicUrl: string): (context: TurnContext, plan: Plan) => Promise<string | undefined> {
  return async (context, plan) => {
    try {
      const token = await records.planPages.publish(context.activity.channelId, context.activity.conversation.id, plan);
      return publicPageUrl(publicUrl, planPagePath(token));
    } catch (error) {
      logger.error({ err: error }, 'could not keep the plan page');
      return undefined;
    }
  };
}
