import type {
  AuditEntry,
  AuditLog,
  CallbackRequest,
  CallbackStore,
  ConversationIndex,
  ConversationRecord,
  InsightData,
  InsightEvent,
  InsightStore,
  NewCallbackRequest,
  Records,
} from '../../src/records/types.js';
import type { DocumentCollection } from '../../src/records/documentCollection.js';
import { DocumentPlanPages } from '../../src/records/planPages.js';

/** Small in-memory records for console tests. */
class Conversations implements ConversationIndex {
  readonly byId = new Map<string, ConversationRecord>();
  async upsert(record: ConversationRecord): Promise<void> {
    this.byId.set(record.conversationId, record);
  }
  async update(
    conversationId: string,
    change: (current: ConversationRecord | undefined) => ConversationRecord | undefined,
  ): Promise<ConversationRecord | undefined> {
    const next = change(this.byId.get(conversationId));
    if (next !== undefined) this.byId.set(conversationId, next);
    return next;
  }
  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.byId.get(conversationId);
  }
  async list(): Promise<ConversationRecord[]> {
    return [...this.byId.values()].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  }
  async delete(conversationId: string): Promise<void> {
    this.byId.delete(conversationId);
  }
}

class Callbacks implements CallbackStore {
  readonly requests: CallbackRequest[] = [];
  async create(request: NewCallbackRequest): Promise<CallbackRequest> {
    const now = new Date().toISOString();
    const stored: CallbackRequest = { ...request, id: `cb-${this.requests.length + 1}`, createdAt: now, updatedAt: now, status: 'new' };
    this.requests.unshift(stored);
    return stored;
  }
  async list(): Promise<CallbackRequest[]> {
    return [...this.requests];
  }
  async update(id: string, change: Pick<CallbackRequest, 'status'> & { takenBy?: string }): Promise<CallbackRequest | undefined> {
    const request = this.requests.find((r) => r.id === id);
    if (request) Object.assign(request, change, { updatedAt: new Date().toISOString() });
    return request;
  }
  async deleteForConversation(conversationId: string): Promise<void> {
    this.requests.splice(0, this.requests.length, ...this.requests.filter((r) => r.conversationId !== conversationId));
  }
  async deleteOlderThan(): Promise<number> {
    return 0;
  }
}

class Audit implements AuditLog {
  readonly entries: AuditEntry[] = [];
  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    this.entries.unshift({ ...entry, at: new Date().toISOString() });
  }
  async list(limit: number): Promise<AuditEntry[]> {
    return this.entries.slice(0, limit);
  }
}

class Insights implements InsightStore {
  data: InsightData = { conversationsPerWeek: {}, stepsReached: {}, outcomes: {}, scores: {}, crisisPerWeek: {}, unanswered: [] };
  async count(_event: InsightEvent): Promise<void> {}
  async addUnanswered(): Promise<void> {}
  async forgetConversation(): Promise<void> {}
  async deleteUnansweredBefore(): Promise<number> {
    return 0;
  }
  async read(): Promise<InsightData> {
    return this.data;
  }
}

class MemoryDocuments<T> implements DocumentCollection<T> {
  readonly byKey = new Map<string, T>();
  async get(key: string): Promise<T | undefined> {
    return this.byKey.get(key);
  }
  async put(key: string, value: T): Promise<void> {
    this.byKey.set(key, value);
  }
  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const next = change(this.byKey.get(key));
    if (next !== undefined) this.byKey.set(key, next);
    return next;
  }
  async delete(key: string): Promise<void> {
    this.byKey.delete(key);
  }
  async list(): Promise<T[]> {
    return [...this.byKey.values()];
  }
}

export interface MemoryRecords extends Records {
  conversations: Conversations;
  callbacks: Callbacks;
  audit: Audit;
  insights: Insights;
}

export function memoryRecords(): MemoryRecords {
  return {
    conversations: new Conversations(),
    callbacks: new Callbacks(),
    audit: new Audit(),
    insights: new Insights(),
    planPages: new DocumentPlanPages(new MemoryDocuments(), new MemoryDocuments()),
  };
}
