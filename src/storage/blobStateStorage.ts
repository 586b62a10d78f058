import { text } from 'node:stream/consumers';
import type { BlobDownloadResponseParsed, ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey.js';
import { CREATE_ONLY_ETAG, ETagConflictError } from './eTagConflict.js';

/**
 * Bot state on Azure Blob Storage, one JSON blob per key, named as botbuilder's BlobsStorage names
 * them (so state it wrote stays readable). Writes follow the eTag an item carries: none or `'*'`
 * overwrites, CREATE_ONLY_ETAG creates only while no blob exists (`If-None-Match: *`), any other
 * eTag must match the blob's (`If-Match`). A refused write rejects with an ETagConflictError.
 * BlobsStorage has no way to say "only if it does not exist yet", which a conversation's first
 * turn on two instances at once needs.
 */
export class BlobStateStorage implements Storage {
  constructor(private readonly container: ContainerClient) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        let downloaded: BlobDownloadResponseParsed;
        try {
          downloaded = await this.container.getBlobClient(sanitizeBlobKey(key)).download();
        } catch (error) {
          if (statusOf(error) === 404) return;
          throw error;
        }
        if (!downloaded.readableStreamBody) return;
        const document = JSON.parse(await text(downloaded.readableStreamBody)) as object;
        items[key] = { ...document, eTag: downloaded.etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const outcomes = await Promise.allSettled(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...document } = item as { eTag?: unknown };
        const text = JSON.stringify(document);
        try {
          await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(text, Buffer.byteLength(text), {
            conditions: conditionsFor(eTag),
            blobHTTPHeaders: { blobContentType: 'application/json' },
          });
        } catch (error) {
          const status = statusOf(error);
          if (status === 412 || status === 409) throw new ETagConflictError(key);
          throw error;
        }
      }),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.container.getBlobClient(sanitizeBlobKey(key)).deleteIfExists()));
  }
}

function conditionsFor(eTag: unknown): { ifMatch?: string; ifNoneMatch?: string } {
  if (eTag === CREATE_ONLY_ETAG) return { ifNoneMatch: '*' };
  if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') return { ifMatch: eTag };
  return {};
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}
