/**
 * The text of a document log: one document per line, each ended by a line break, the newest last.
 * A document is compact JSON, which never holds a raw line break. Appending a line to a file costs
 * a small part of replacing the file (no new file, no rename), so a write appends, and the file is
 * replaced by the newest document alone once it has grown (see `needsCompaction`).
 */

/** A log may grow to this many bytes before it is replaced by its newest document... */
const MIN_LOG_BYTES = 32 * 1024;
/** ...or to this many times the size of its newest document, when that is more. */
const LOG_DOCUMENTS = 8;

/** The line that holds `document`. */
export function logLine(document: string): string {
  return `${document}\n`;
}

/**
 * The newest document in a file's text, or null for an empty file. A last line without its line
 * break was cut off (the machine stopped mid-write) and the one before it counts. A file without
 * any line break, or one that starts with `{` alone on a line, was written whole by a version that
 * wrote one (pretty-printed) document per file, and the whole text counts.
 */
export function newestDocument(text: string): string | null {
  if (text === '') return null;
  const end = text.endsWith('\n') ? text.length - 1 : text.lastIndexOf('\n');
  if (end === -1 || (!text.endsWith('\n') && text.startsWith('{\n'))) return text;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return text.slice(start, end);
}

/** Whether new lines may be appended to a file with this text: it is empty or ends whole. */
export function endsWhole(text: string): boolean {
  return text === '' || text.endsWith('\n');
}

/** Whether a log of `logBytes` should be replaced instead of getting a line of `lineBytes` more. */
export function needsCompaction(logBytes: number, lineBytes: number): boolean {
  return logBytes + lineBytes > Math.max(MIN_LOG_BYTES, LOG_DOCUMENTS * lineBytes);
}
