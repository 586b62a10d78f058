import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { Messages } from '../content/messages.js';
import type { Logger } from '../logger.js';
import type { ConversationPlace, ReturnPasses } from './returnPasses.js';

/** The VAPID keys and contact of this server (config.push). */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}


export interface PushRemindersOptions {
  passes: ReturnPasses;
  vapid: VapidKeys;
  messages: Messages;
  logger: Logger;
  now: () => Date;
  /** The HTTPS agent to reach push services through (a test's trusts its local push service). */
  agent?: Agent;
}

/**
 * The Web Push reminder on the agreed follow-up day, to the browser that asked for it. The message
 * holds no personal data (the push service sees it encrypted anyway); a tap opens the chat.
 */
export class PushReminders {
  constructor(private readonly options: PushRemindersOptions) {}

  /** Sends the reminder of a conversation's pass, once; true when it was sent. */
  async remind(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>): Promise<boolean> {
    const { passes, messages, vapid, logger } = this.options;
    const pass = await passes.ofConversation(place);
    if (!pass?.push || pass.pushedAt !== undefined) return false;
    const payload = JSON.stringify({ title: messages.text('comeback.push.title'), body: messages.text('comeback.push.body') });
    try {
      await webpush.sendNotification(pass.push, payload, {
        vapidDetails: vapid,
        TTL: 24 * 3_600,
        urgency: 'normal',
        ...(this.options.agent ? { agent: this.options.agent } : {}),
      });
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      // 404 and 410: the browser unsubscribed; the subscription is of no use any more.
      if (status === 404 || status === 410) {
        await passes.unsubscribe(pass.codeHash);
        logger.info('push subscription gone; forgotten');
        return false;
      }
      throw error;
    }
    await passes.markPushed(pass.codeHash, this.options.now());
    return true;
  }
}
