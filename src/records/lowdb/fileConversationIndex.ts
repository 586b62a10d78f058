import type { ConversationIndex, ConversationRecord } from '../types.js';
import { JsonDocuments } from './jsonDocuments.js';

/** The console's list of consented conversations, one small file per conversation. */
export class FileConversationIndex implements ConversationIndex {
  readonly #documents: JsonDocuments<ConversationRecord>;

  constructor(dir: string) {
    this.#documents = new JsonDocuments(dir);
  }

  upsert(record: ConversationRecord): Promise<void> {
    return this.#documents.put(record.conversationId, record);
  }

  get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.#documents.get(conversationId);
  }

  async list(): Promise<ConversationRecord[]> {
    const records = await this.#documents.list();
    return records.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  }

  delete(conversationId: string): Promise<void> {
    return this.#documents.delete(conversationId);
  }

  flush(): Promise<void> {
    return this.#documents.flush();
  }
}
