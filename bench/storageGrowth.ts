import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Storage } from 'botbuilder';
import { BlobStateStorage } from '../src/storage/blobStateStorage.js';
import { ContainerClient } from '@azure/storage-blob';
import { FileStorage } from '../src/storage/fileStorage.js';
import { processCpuMs } from './processCpu.js';
import { percentile } from './stats.js';

export interface StorageGrowthOptions {
  /** Keys stored for the small measurement (default 100); turns in both stores touch only these. */
  smallKeys?: number;
  /** Keys stored for the large measurement (default 10,000). */
  largeKeys?: number;
  /** Measured turns per size (default 500), after `warmUpTurns` (default 300). */
  turns?: number;
  warmUpTurns?: number;
  /** Keys stored for a first, unreported round that warms up the process (default 5,000). */
  processWarmUpKeys?: number;
}

/** What a turn's storage work costs with one store size, in ms per turn. */
export interface StoreCost {
  /** The median time a turn takes. */
  perTurnMs: number;
  /** The mean CPU time of this (the client's) process. */
  clientCpuMs: number;
  /** The mean CPU time of the storage service's own process, when it runs in one (Azurite). */
  serviceCpuMs?: number;
}

export interface StorageGrowthResult {
  perTurnMsSmall: number;
  perTurnMsLarge: number;
  /** perTurnMsLarge / perTurnMsSmall: about 1 when the cost does not grow with the store. */
  ratio: number;
  small: StoreCost;
  large: StoreCost;
}

/** An empty store to measure, and how to remove it afterwards. */
export interface StoreUnderTest {
  storage: Storage;
  /** CPU time (ms) the process that serves the store has used so far, when it has its own. */
  serviceCpuMs?(): Promise<number | undefined>;
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

/** Items written per `write` call while filling; the store writes them in parallel. */
const fillBatch = 500;

/** Fresh lowdb file stores in temporary folders under `baseDir`. */
export function fileStores(baseDir: string = tmpdir()): StoreFactory {
  return async () => {
    const dir = await mkdtemp(join(baseDir, 'storage-growth-'));
    return { storage: new FileStorage({ dir }), dispose: () => rm(dir, { recursive: true, force: true }) };
  };
}

/** A running Blob service to store on (Azurite, which the benchmark starts). */
export interface BlobService {
  connectionString: string;
  /** The service's processes, when it runs on this machine (Azurite, and the database of its index). */
  pids: ReadonlyArray<number | undefined>;
  stop(): Promise<void>;
}

/**
 * Fresh Blob stores, each in a service of its own that is stopped afterwards: measured side by
 * side, the small store must not share an emulator (and its index) with the large one's blobs.
 */
export function blobStores(startService: () => Promise<BlobService>): StoreFactory {
  return async () => {
    const service = await startService();
    const container = new ContainerClient(service.connectionString, 'storage-growth');
    await container.createIfNotExists();
    return {
      storage: new BlobStateStorage(container),
      serviceCpuMs: () => servicesCpuMs(service.pids),
      dispose: () => service.stop(),
    };
  };
}

/** The CPU time the processes have used so far, together; undefined when one of them cannot be read. */
async function servicesCpuMs(pids: ReadonlyArray<number | undefined>): Promise<number | undefined> {
  const times = await Promise.all(pids.map((pid) => (pid === undefined ? undefined : processCpuMs(pid))));
  return times.every((time) => time !== undefined) ? times.reduce((sum, time) => sum + time, 0) : undefined;
}

/** A state item about the size of a conversation's dialog state (about 1.2 KB on disk). */
function stateFor(index: number): Record<string, unknown> {
  return {
    dialogState: {
      dialogStack: [
        { id: 'perspective', state: { stepIndex: 3, values: { instanceId: `i-${index}` } } },
        { id: 'intake', state: { options: {}, values: { age: 17, qualification: 'none', wish: 'unsure' } } },
      ],
    },
    answers: Array.from({ length: 10 }, (_, answer) => `antwoord ${answer} van gesprek ${index}, kort en in het Nederlands`),
  };
}

function keyFor(index: number): string {
  return `webchat/conversations/bench-${index}`;
}

/** Stores `count` items, `fillBatch` at a time, each batch written in parallel. */
async function fill(storage: Storage, count: number): Promise<void> {
  for (let start = 0; start < count; start += fillBatch) {
    const indexes = Array.from({ length: Math.min(fillBatch, count - start) }, (_, offset) => start + offset);
    await storage.write(Object.fromEntries(indexes.map((index) => [keyFor(index), stateFor(index)])));
  }
}

/**
 * One bot turn: read conversation and user state, write both back with '*' as BotState does.
 * The keys come from the first `activeKeys` stored ones, so that a small and a large store see
 * the same rewrite pattern and differ only in how much else is stored.
 */
async function turn(storage: Storage, activeKeys: number): Promise<void> {
  const keys = [keyFor(Math.floor(Math.random() * activeKeys)), keyFor(Math.floor(Math.random() * activeKeys))];
  const items = await storage.read(keys);
  await storage.write(Object.fromEntries(keys.map((key) => [key, { ...items[key], eTag: '*', touched: Date.now() }])));
}

/** A store holding `storedKeys` items, after `warmUpTurns` turns on its first `activeKeys`. */
async function preparedStore(makeStore: StoreFactory, storedKeys: number, activeKeys: number, warmUpTurns: number): Promise<StoreUnderTest> {
  const store = await makeStore();
  await fill(store.storage, storedKeys);
  for (let done = 0; done < warmUpTurns; done++) await turn(store.storage, activeKeys);
  return store;
}

/** The turns measured on one store: their times and the CPU they took here and in the service. */
class Measured {
  readonly #times: number[] = [];
  #clientCpuMs = 0;
  #serviceStart: number | undefined;

  constructor(readonly store: StoreUnderTest) {}

  /** Before the first turn: the service works only during this store's turns from here on. */
  async begin(): Promise<void> {
    this.#serviceStart = await this.store.serviceCpuMs?.();
  }

  async turn(activeKeys: number): Promise<void> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await turn(this.store.storage, activeKeys);
    this.#times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    this.#clientCpuMs += (used.user + used.system) / 1000;
  }

  async end(): Promise<StoreCost> {
    const serviceEnd = await this.store.serviceCpuMs?.();
    const turns = this.#times.length;
    const serviceMs = this.#serviceStart === undefined || serviceEnd === undefined ? undefined : serviceEnd - this.#serviceStart;
    return {
      perTurnMs: percentile(this.#times, 50),
      clientCpuMs: this.#clientCpuMs / turns,
      ...(serviceMs === undefined ? {} : { serviceCpuMs: serviceMs / turns }),
    };
  }
}

/**
 * Measures the median cost of a turn's storage work with a small and with a large store (the
 * median, which other work on the machine disturbs less than the mean). The measured turns
 * alternate between the two stores, so that whatever else the machine does meanwhile, such as the
 * disk writing back what filling the stores wrote, slows both alike.
 */
export async function measureStorageGrowth(makeStore: StoreFactory, options: StorageGrowthOptions = {}): Promise<StorageGrowthResult> {
  const { smallKeys = 100, largeKeys = 10_000, turns = 500, warmUpTurns = 300, processWarmUpKeys = 5_000 } = options;
  // The first round in a process runs cold (seen: 1.5 ms per turn against 1.0 ms afterwards).
  await (await preparedStore(makeStore, processWarmUpKeys, smallKeys, warmUpTurns)).dispose();
  // The large store first: a service that has run longer may have more background work of its own
  // (Azurite cleans up overwritten blobs' content now and then), and that must not favour the large one.
  const large = new Measured(await preparedStore(makeStore, largeKeys, smallKeys, warmUpTurns));
  const small = new Measured(await preparedStore(makeStore, smallKeys, smallKeys, warmUpTurns).catch(async (error: unknown) => {
    await large.store.dispose();
    throw error;
  }));
  try {
    await Promise.all([small.begin(), large.begin()]);
    for (let done = 0; done < turns; done++) {
      await small.turn(smallKeys);
      await large.turn(smallKeys);
    }
    const [smallCost, largeCost] = await Promise.all([small.end(), large.end()]);
    return { perTurnMsSmall: smallCost.perTurnMs, perTurnMsLarge: largeCost.perTurnMs, ratio: largeCost.perTurnMs / smallCost.perTurnMs, small: smallCost, large: largeCost };
  } finally {
    await Promise.all([small.store.dispose(), large.store.dispose()]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const largeSizes = process.argv.includes('--full') ? [10_000, 100_000] : [10_000];
  for (const largeKeys of largeSizes) {
    const result = await measureStorageGrowth(fileStores(), { largeKeys });
    console.log(
      `storage per turn: 100 keys ${result.perTurnMsSmall.toFixed(3)} ms, ${largeKeys} keys ` +
        `${result.perTurnMsLarge.toFixed(3)} ms, ratio ${result.ratio.toFixed(2)}`,
    );
  }
}
