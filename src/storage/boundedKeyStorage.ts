import type { Storage, StoreItems } from 'botbuilder';
import { boundedKey } from './boundedKey.js';

/** Longest storage key (URI-encoded) kept as it is; Blob names end at 1,024 characters and botbuilder cuts them there. */
const MAX_KEY = 512;

/**
 * Bot state under bounded keys (see boundedKey): botbuilder's BlobsStorage cuts a blob name at
 * 1,024 characters, so two conversations with long ids that start alike would share one blob.
 */
export class BoundedKeyStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys.map((key) => boundedKey(key, MAX_KEY)));
    return Object.fromEntries(keys.flatMap((key) => {
      const item: unknown = items[boundedKey(key, MAX_KEY)];
      return item === undefined ? [] : [[key, item]];
    }));
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(Object.fromEntries(Object.entries(changes).map(([key, item]) => [boundedKey(key, MAX_KEY), item])));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys.map((key) => boundedKey(key, MAX_KEY)));
  }
}
