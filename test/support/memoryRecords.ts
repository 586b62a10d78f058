import type { CallbackRequest, CallbackStore, ConversationIndex, ConversationRecord, NewCallbackRequest } from '../../src/records/types.js';

/** Call-back requests kept in memory, for dialog tests that only need to see what was stored. */
export class MemoryCallbacks implements CallbackStore {
  readonly requests: CallbackRequest[] = [];

  async create(request: NewCallbackRequest): Promise<CallbackRequest> {
    const now = new Date().toISOString();
    const stored: CallbackRequest = { ...request, id: String(this.requests.length + 1), createdAt: now, updatedAt: now, status: 'new' };
    this.requests.push(stored);
    return stored;
  }

  async list(): Promise<CallbackRequest[]> {
    return [...this.requests].reverse();
  }

  async update(id: string, change: Pick<CallbackRequest, 'status'> & { takenBy?: string }): Promise<CallbackRequest | undefined> {
    const request = this.requests.find((r) => r.id === id);
    if (request) Object.assign(request, change);
    return request;
  }

  async deleteForConversation(conversationId: string): Promise<void> {
    this.requests.splice(0, this.requests.length, ...this.requests.filter((r) => r.conversationId !== conversationId));
  }

  async deleteOlderThan(): Promise<number> {
    return 0;
  }
}

/** Conversation records kept in memory. */
export class MemoryConversationIndex implements ConversationIndex {
  readonly records = new Map<string, ConversationRecord>();

  async upsert(record: ConversationRecord): Promise<void> {
    this.records.set(record.conversationId, record);
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.records.get(conversationId);
  }

  async list(): Promise<ConversationRecord[]> {
    return [...this.records.values()];
  }

  async delete(conversationId: string): Promise<void> {
    this.records.delete(conversationId);
  }
}
