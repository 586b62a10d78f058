import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { projectRoot } from '../../src/paths.js';
import { freePort, whenListening } from './localServer.js';

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

export interface AzuriteOptions {
  /**
   * A MySQL or MariaDB database (`mysql://user@host:port/name`) for the emulator's index of blobs, in
   * place of its own in memory; the blobs' content is then kept in a temporary folder.
   */
  metadataDatabase?: string;
}

/**
 * Starts the Azure Blob Storage emulator on a free loopback port, in memory (or with its index in a
 * database), and resolves once it accepts connections. Used by the Blob tests and the benchmark.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const port = await freePort();
  const location = options.metadataDatabase === undefined ? undefined : await mkdtemp(join(tmpdir(), 'azurite-'));
  const child = spawn(
    join(projectRoot, 'node_modules', '.bin', 'azurite-blob'),
    [
      ...['--blobHost', '127.0.0.1', '--blobPort', String(port), '--disableTelemetry', '--silent', '--skipApiVersionCheck', '--loose'],
      // Azurite keeps its index in the database named by AZURITE_DB; it then needs a folder for content.
      ...(location === undefined ? ['--inMemoryPersistence'] : ['--location', location]),
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: options.metadataDatabase === undefined ? process.env : { ...process.env, AZURITE_DB: options.metadataDatabase },
    },
  );
  const stop = await whenListening(child, {
    name: 'Azurite',
    port,
    withinMs: readyWithinMs,
    cleanUp: async () => {
      if (location !== undefined) await rm(location, { recursive: true, force: true });
    },
  });
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
