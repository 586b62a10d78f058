import type { TurnContext } from 'botbuilder';
import type { Reply } from './replies.js';
import type { ConversationServices } from './services.js';
import { Steps } from './steps.js';

/** The day of an agreed follow-up, as the page offers its push reminder. */
export interface FollowUpDay {
  at: Date;
  /** In Dutch, e.g. "zaterdag 12 december". */
  day: string;
}

/**
 * Gives the young person a new code and private link for this conversation (at the wrap-up, or on
 * "hoe kom ik hier terug?"), with a calendar file for the agreed follow-up day. The web page gets
 * the link's token in `channelData.returnPass`, to remember it on the device or for a push
 * reminder; stored copies of the message have the code and token redacted (src/privacy).
 */
export async function sendReturnPass(context: TurnContext, services: ConversationServices, options: ReturnPassOptions = {}): Promise<void> {
  const { comeback, replies } = services;
  const { followUp, lead } = options;
  const entry = await comeback.issue(context, followUp?.at);
  const links = [
    ...(entry.linkUrl ? [{ buttonKey: 'button.comeback.link', url: entry.linkUrl }] : []),
    ...(entry.calendarUrl ? [{ buttonKey: 'button.comeback.calendar', url: entry.calendarUrl }] : []),
  ];
  const key = entry.linkUrl ? 'comeback.pass.link' : 'comeback.pass';
  const reply = replies.withLinks(lead?.channelData.step ?? Steps.comebackPass, key, links, { code: entry.code, days: services.retentionDays });
  if (lead?.text) reply.text = `${lead.text}\n\n${reply.text ?? ''}`;
  if (context.activity.channelId === 'directline') {
    reply.channelData.returnPass = { link: entry.linkToken, ...(comeback.push && followUp ? { pushDay: followUp.day } : {}) };
  }
  await context.sendActivity(reply);
}

export interface ReturnPassOptions {
  /** The agreed follow-up day, for the calendar file and the push reminder. */
  followUp?: FollowUpDay;
  /** A message to say first, in the same bubble (and with its step): a turn on a phone stays short. */
  lead?: Reply;
}
