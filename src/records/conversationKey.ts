import { createHash } from 'node:crypto';

/**
 * A one-way key for a conversation: what links an anonymous entry (an unanswered question) to its
 * conversation, so that it is deleted with it, without keeping the conversation's id.
 */
export function conversationKey(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\n${conversationId}`).digest('hex').slice(0, 32);
}
