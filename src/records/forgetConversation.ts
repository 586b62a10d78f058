import type { TranscriptStore } from 'botbuilder';
import { conversationKey } from './conversationKey.js';
import type { Records } from './types.js';

/** Where everything kept about one conversation lives. */
export interface ConversationStores {
  transcripts: TranscriptStore;
  records: Pick<Records, 'conversations' | 'callbacks' | 'insights' | 'planPages'>;
}

/**
 * Deletes a conversation's transcript, its record for the console, its call-back requests, the
 * unanswered questions asked in it and its printable plan page.
 */
export async function forgetConversation(stores: ConversationStores, channelId: string, conversationId: string): Promise<void> {
  const key = conversationKey(channelId, conversationId);
  await Promise.all([
    stores.transcripts.deleteTranscript(channelId, conversationId),
    stores.records.conversations.delete(conversationId),
    stores.records.callbacks.deleteForConversation(conversationId),
    stores.records.insights.forgetConversation(key),
    stores.records.planPages.forgetConversation(key),
  ]);
}
