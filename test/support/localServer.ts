import type { ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** Helpers for the servers tests and the benchmark start as processes of their own (Azurite, MariaDB). */

/** A loopback port that was free a moment ago (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ListeningOptions {
  /** What it is, for the error when it does not start. */
  name: string;
  port: number;
  withinMs: number;
  /** Runs after the process has exited (removing its temporary folder, say). */
  cleanUp?: () => Promise<void>;
}

/**
 * Waits until a just-started process (its stderr piped) accepts connections on its loopback port,
 * and returns how to stop it. When it does not start, it is stopped and the error names it, with
 * the end of what it wrote to stderr.
 */
export async function whenListening(child: ChildProcess, options: ListeningOptions): Promise<() => Promise<void>> {
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  // 'close' comes after 'exit' and after the last of its stderr, which the error below quotes.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await options.cleanUp?.();
  };
  try {
    await waitForPort(options.port, () => child.exitCode !== null, options.withinMs);
  } catch (error) {
    await stop();
    throw new Error(`${options.name} did not start on port ${options.port}: ${String(error)}\n${errors.slice(-2_000)}`, { cause: error });
  }
  return stop;
}

/** Resolves once something accepts connections on the loopback port; fails when `exited` says the process is gone. */
async function waitForPort(port: number, exited: () => boolean, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the process exited');
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not listening after ${withinMs} ms`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
