/**
 * JSON documents by key, whatever holds them (one lowdb file or one blob per document): what the
 * call-back store and the conversation index are written against.
 */
export interface DocumentCollection<T> {
  /** The document with this key; undefined when there is none. */
  get(key: string): Promise<T | undefined>;
  /** Writes the document whatever is stored. */
  put(key: string, value: T): Promise<void>;
  /**
   * Writes `change(current)` unless it is undefined, without losing a change made meanwhile by
   * another writer; resolves with what was written.
   */
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  /** Deletes the document; one that is not there is fine. */
  delete(key: string): Promise<void>;
  /** Every stored document; ones deleted meanwhile are left out. */
  list(): Promise<T[]>;
}
