import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Replies } from '../../dialogs/replies.js';
import { Steps } from '../../dialogs/steps.js';
import { SELF_HOSTED_SERVICE_URL, type DirectLineAdapter } from '../webchat/directLineAdapter.js';
import type { FollowUp } from './followUpStore.js';

export interface FollowUpDeliveryOptions {
  replies: Replies;
  /** This server's own Direct Line (the self-hosted web widget). */
  directLine: DirectLineAdapter;
  /** Every other channel (Teams, Azure's Direct Line), through the Bot Framework with the bot's app id. */
  cloud: CloudAdapter;
  appId: string;
}

/** Sends the short, kind check-in of a follow-up through the adapter of its channel. */
export function followUpDelivery(options: FollowUpDeliveryOptions): (item: FollowUp) => Promise<void> {
  const checkIn = async (context: TurnContext): Promise<void> => {
    await context.sendActivity(options.replies.text(Steps.followUp, 'followup.check-in'));
  };
  return (item) =>
    item.reference.serviceUrl === SELF_HOSTED_SERVICE_URL
      ? options.directLine.continueConversation(item.reference, checkIn)
      : options.cloud.continueConversationAsync(options.appId, item.reference, checkIn);
}
