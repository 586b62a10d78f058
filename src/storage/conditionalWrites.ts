import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { CREATE_ONLY_ETAG } from './eTagConflict.js';

/**
 * Storage for botbuilder's BotState that writes each item with the eTag it was read with.
 * `BotState.saveChanges` sets an item's eTag to `'*'` (overwrite) just before it writes; call
 * `expect(item)` with the loaded state object first, and its write is made conditional on the eTag
 * it had then (or on nothing being stored, for state that was read as missing). Writes of items
 * nobody announced pass through unchanged. Reads and deletes go straight to `inner`.
 */
export class ConditionalWrites implements Storage {
  readonly #expected = new WeakMap<object, string>();

  constructor(readonly inner: Storage) {}

  /** Makes the next write of `item` (the very object) conditional on the eTag it holds now. */
  expect(item: StoreItem): void {
    const eTag = item.eTag;
    this.#expected.set(item, typeof eTag === 'string' && eTag !== '*' ? eTag : CREATE_ONLY_ETAG);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const conditional: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      const expected = this.#expected.get(item as object);
      // Once written, the item's stored eTag is new and unknown here: a later write is not conditional.
      this.#expected.delete(item as object);
      conditional[key] = expected === undefined ? item : { ...item, eTag: expected };
    }
    await this.inner.write(conditional);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
