import { randomUUID } from 'node:crypto';
import type { DocumentCollection } from './documentCollection.js';
import type { CallbackRequest, CallbackStore, NewCallbackRequest } from './types.js';

/** Call-back requests, one document each, apart from the transcripts; an update never loses another. */
export class DocumentCallbackStore implements CallbackStore {
  constructor(
    private readonly documents: DocumentCollection<CallbackRequest>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(request: NewCallbackRequest): Promise<CallbackRequest> {
    const at = this.now().toISOString();
    const stored: CallbackRequest = { ...request, id: randomUUID(), createdAt: at, updatedAt: at, status: 'new' };
    await this.documents.put(stored.id, stored);
    return stored;
  }

  async list(): Promise<CallbackRequest[]> {
    const requests = await this.documents.list();
    return requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  update(id: string, change: Pick<CallbackRequest, 'status'> & { takenBy?: string }): Promise<CallbackRequest | undefined> {
    return this.documents.update(id, (current) =>
      current ? { ...current, ...change, updatedAt: this.now().toISOString() } : undefined,
    );
  }

  async deleteForConversation(conversationId: string): Promise<void> {
    await this.#deleteWhere((request) => request.conversationId === conversationId);
  }

  deleteOlderThan(date: Date): Promise<number> {
    const cutoff = date.toISOString();
    return this.#deleteWhere((request) => request.createdAt < cutoff);
  }

  async #deleteWhere(matches: (request: CallbackRequest) => boolean): Promise<number> {
    const doomed = (await this.documents.list()).filter(matches);
    await Promise.all(doomed.map((request) => this.documents.delete(request.id)));
    return doomed.length;
  }
}
