import { Worker } from 'node:worker_threads';
import type { ScryptOptions } from 'node:crypto';

/**
 * The worker's code (CommonJS, run with `eval`, so it works the same from src/ under tsx and jest
 * and from dist/). On Linux it lowers its own thread to the lowest CPU priority first: a password
 * check then never takes CPU time from the bot's turns, it only uses what they leave.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
try {
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(threadId, 19);
} catch {}
parentPort.on('message', ({ id, password, salt, keyLength, options }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keyLength, options);
    parentPort.postMessage({ id, key });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
`;

interface Answer {
  id: number;
  key?: Uint8Array;
  error?: string;
}

/** scrypt in a worker thread of its own, at low priority, one hash at a time. */
export class BackgroundScrypt {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (key: Buffer) => void; reject: (error: Error) => void }>();

  derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
    const worker = this.start();
    const id = this.nextId++;
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, password, salt: new Uint8Array(salt), keyLength, options });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      // Idle, the worker does not keep the process alive.
      if (this.pending.size === 0) worker.unref();
      if (answer.key) waiting?.resolve(Buffer.from(answer.key));
      else waiting?.reject(new Error(`scrypt failed: ${answer.error ?? 'unknown'}`));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('the password worker stopped')));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Rejects every waiting check; the next one starts a new worker. */
  private fail(error: Error): void {
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
