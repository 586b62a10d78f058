import type { ContainerClient } from '@azure/storage-blob';
import type { ConversationIndex, ConversationRecord } from '../types.js';
import { BlobDocuments } from './blobDocuments.js';

/** The console's list of consented conversations, one blob per conversation. */
export class BlobConversationIndex implements ConversationIndex {
  readonly #documents: BlobDocuments<ConversationRecord>;

  constructor(container: ContainerClient, prefix: string) {
    this.#documents = new BlobDocuments(container, `${prefix}conversations/`);
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
}
