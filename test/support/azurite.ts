import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { projectRoot } from '../../src/paths.js';

/** The well-known development account every Azurite instance accepts. */
const account = 'devstoreaccount1';
const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const readyWithinMs = 20_000;

export interface Azurite {
  port: number;
  /** The emulator's process, for measuring what it costs (the benchmark reads its CPU time). */
  pid: number | undefined;
  connectionString: string;
  /** Stops the emulator; its in-memory data is gone. */
  stop(): Promise<void>;
}

/**
 * Starts the Azure Blob Storage emulator on a free loopback port, in memory, and resolves once it
 * accepts connections. Used by the Blob tests and the benchmark.
 */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const child = spawn(
    join(projectRoot, 'node_modules', '.bin', 'azurite-blob'),
    ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--silent', '--skipApiVersionCheck', '--loose'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForPort(port, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`Azurite did not start on port ${port}: ${String(error)}\n${errors}`, { cause: error });
  }
  return {
    port,
    pid: child.pid,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${accountKey};` +
      `BlobEndpoint=http://127.0.0.1:${port}/${account};`,
    stop,
  };
}

export interface AzuriteFixture {
  /** The emulator of this test file; there from `beforeAll` on. */
  readonly connectionString: string;
  /** Settings for the Blob backend (`loadConfig`) on two containers no test of this file used before. */
  blobEnv(): NodeJS.ProcessEnv;
  /** A container no test of this file used before, created. */
  newContainer(): Promise<ContainerClient>;
}

/**
 * Starts one Azurite for the test file that calls this (in `beforeAll`), stops it after the last
 * test, and hands each test fresh containers.
 */
export function useAzurite(): AzuriteFixture {
  let azurite: Azurite | undefined;
  let run = 0;
  const connectionString = () => {
    if (!azurite) throw new Error('Azurite is not started yet: use it from beforeEach or a test');
    return azurite.connectionString;
  };
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });
  return {
    get connectionString() {
      return connectionString();
    },
    blobEnv() {
      run += 1;
      return {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: connectionString(),
        AZURE_STATE_CONTAINER: `state-${run}`,
        AZURE_TRANSCRIPTS_CONTAINER: `transcripts-${run}`,
      };
    },
    async newContainer() {
      run += 1;
      const container = new ContainerClient(connectionString(), `container-${run}`);
      await container.createIfNotExists();
      return container;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPort(port: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the process exited');
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not listening after ${readyWithinMs} ms`);
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
