/**
 * How a store on local disk writes what a turn logs and nobody waits to read back (transcripts, the
 * console's conversation records). With write-behind, a write resolves once it is queued, so the
 * turn does not wait for the disk: reads in this process still see it (they queue behind it), and
 * a failed write is reported to `onError` instead of the writer. Only for stores that belong to one
 * process (lowdb); a store that instances share writes through.
 */
export interface WriteBehind {
  onError: (error: unknown) => void;
}

/** `write` itself, or, with write-behind, a promise that resolves at once while `write` goes on. */
export function written(write: Promise<void>, writeBehind: WriteBehind | undefined): Promise<void> {
  if (writeBehind === undefined) return write;
  write.catch(writeBehind.onError);
  return Promise.resolve();
}
