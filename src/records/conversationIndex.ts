import type { DocumentCollection } from './documentCollection.js';
import type { ConversationIndex, ConversationRecord } from './types.js';

/** The console's list of consented conversations, one document per conversation. */
export class DocumentConversationIndex implements ConversationIndex {
  constructor(private readonly documents: DocumentCollection<ConversationRecord>) {}

  upsert(record: ConversationRecord): Promise<void> {
    return this.documents.put(record.conversationId, record);
  }

  update(
    conversationId: string,
    change: (current: ConversationRecord | undefined) => ConversationRecord | undefined,
  ): Promise<ConversationRecord | undefined> {
    return this.documents.update(conversationId, change);
  }

  get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.documents.get(conversationId);
  }

  async list(): Promise<ConversationRecord[]> {
    const records = await this.documents.list();
    return records.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  }

  delete(conversationId: string): Promise<void> {
    return this.documents.delete(conversationId);
  }
}
