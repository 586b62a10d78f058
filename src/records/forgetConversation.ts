import type { TranscriptStore } from 'botbuilder';
import type { Records } from './types.js';

/** Where everything kept about one conversation lives. */
export interface ConversationStores {
  transcripts: TranscriptStore;
  records: Pick<Records, 'conversations' | 'callbacks'>;
}

/** Deletes a conversation's transcript, its record for the console and its call-back requests. */
export async function forgetConversation(stores: ConversationStores, channelId: string, conversationId: string): Promise<void> {
  await Promise.all([
    stores.transcripts.deleteTranscript(channelId, conversationId),
    stores.records.conversations.delete(conversationId),
    stores.records.callbacks.deleteForConversation(conversationId),
  ]);
}
