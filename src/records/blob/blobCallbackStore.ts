import { randomUUID } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import type { CallbackRequest, CallbackStore, NewCallbackRequest } from '../types.js';
import { BlobDocuments } from './blobDocuments.js';

/** Call-back requests, one blob each; a counsellor's update is guarded by the blob's ETag. */
export class BlobCallbackStore implements CallbackStore {
  readonly #documents: BlobDocuments<CallbackRequest>;

  constructor(
    container: ContainerClient,
    prefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#documents = new BlobDocuments(container, `${prefix}callbacks/`);
  }

  async create(request: NewCallbackRequest): Promise<CallbackRequest> {
    const at = this.now().toISOString();
    const stored: CallbackRequest = { ...request, id: randomUUID(), createdAt: at, updatedAt: at, status: 'new' };
    await this.#documents.put(stored.id, stored);
    return stored;
  }

  async list(): Promise<CallbackRequest[]> {
    const requests = await this.#documents.list();
    return requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  update(id: string, change: Pick<CallbackRequest, 'status'> & { takenBy?: string }): Promise<CallbackRequest | undefined> {
    return this.#documents.update(id, (current) =>
      current ? { ...current, ...change, updatedAt: this.now().toISOString() } : undefined,
    );
  }

  async deleteForConversation(conversationId: string): Promise<void> {
    const requests = await this.#documents.list();
    await Promise.all(requests.filter((r) => r.conversationId === conversationId).map((r) => this.#documents.delete(r.id)));
  }

  async deleteOlderThan(date: Date): Promise<number> {
    const cutoff = date.toISOString();
    const old = (await this.#documents.list()).filter((r) => r.createdAt < cutoff);
    await Promise.all(old.map((r) => this.#documents.delete(r.id)));
    return old.length;
  }
}
