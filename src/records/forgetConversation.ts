import type { TranscriptStore } from 'botbuilder';
import { conversationKey } from './conversationKey.js';
import type { Records } from './types.js';

/** Where everything kept about one conversation lives. */
export interface ConversationStores {
  transcripts: TranscriptStore;
  records: Pick<Records, 'conversations' | 'callbacks' | 'insights'>;
}

/**
 * Deletes a conversation's transcript, its record for the console, its call-back requests and the
 * unanswered questions asked in it.
 */
export async function forgetConversation(stores: ConversationStores, channelId: string, conversationId: string): Promise<void> {
  await Promise.all([
    stores.transcripts.deleteTranscript(channelId, conversationId),
    stores.records.conversations.delete(conversationId),
    stores.records.callbacks.deleteForConversation(conversationId),
    stores.records.insights.forgetConversation(conversationKey(channelId, conversationId)),
  ]);
}
