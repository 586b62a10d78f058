import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

/** A structured logger that keeps its JSON lines in memory, so a test can read what was logged. */
export function memoryLogger(level = 'info'): { logger: Logger; lines: () => string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString().split('\n').filter((line) => line !== ''));
      callback();
    },
  });
  return { logger: pino({ level }, stream), lines: () => lines };
}
