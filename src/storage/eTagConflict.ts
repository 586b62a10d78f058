/**
 * The eTag a state item is written with when it was read as missing: the write succeeds only while
 * nothing is stored under its key (FileStorage and botbuilder's MemoryStorage reject it when an item
 * is stored, since no stored item has this eTag; BlobStateStorage sends `If-None-Match: *`).
 */
export const CREATE_ONLY_ETAG = 'create-only';

/** A write that was refused because the item changed (or was created) since it was read. */
export class ETagConflictError extends Error {
  constructor(
    readonly key: string,
    store = 'Storage',
  ) {
    super(`${store}: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * Whether `error` says that a conditional write lost a race: ours, or the
 * `Storage: error writing "…" due to eTag conflict.` that botbuilder's own storages throw.
 */
export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /due to eTag conflict/.test(error.message));
}
