import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { FileStorage } from '../src/storage/fileStorage.js';

export interface StorageGrowthOptions {
  /** Keys stored for the small measurement (default 100); turns in both stores touch only these. */
  smallKeys?: number;
  /** Keys stored for the large measurement (default 10,000). */
  largeKeys?: number;
  /** Measured turns per size (default 500), after 300 warm-up turns. */
  turns?: number;
  /** Folder under which temporary stores are made and removed (default the OS temp folder). */
  baseDir?: string;
}

export interface StorageGrowthResult {
  perTurnMsSmall: number;
  perTurnMsLarge: number;
  /** perTurnMsLarge / perTurnMsSmall: about 1 when the cost does not grow with the store. */
  ratio: number;
}

const warmUpTurns = 300;
const fillBatch = 500;
const processWarmUpKeys = 5_000;

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

async function fill(storage: FileStorage, count: number): Promise<void> {
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
async function turn(storage: FileStorage, activeKeys: number): Promise<void> {
  const keys = [keyFor(Math.floor(Math.random() * activeKeys)), keyFor(Math.floor(Math.random() * activeKeys))];
  const items = await storage.read(keys);
  await storage.write(Object.fromEntries(keys.map((key) => [key, { ...items[key], eTag: '*', touched: Date.now() }])));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median duration of a turn, which other work on the machine disturbs less than the mean. */
async function perTurnMs(baseDir: string, storedKeys: number, activeKeys: number, turns: number): Promise<number> {
  const dir = await mkdtemp(join(baseDir, 'storage-growth-'));
  try {
    const storage = new FileStorage({ dir });
    await fill(storage, storedKeys);
    for (let done = 0; done < warmUpTurns; done++) await turn(storage, activeKeys);
    const durations: number[] = [];
    for (let done = 0; done < turns; done++) {
      const start = performance.now();
      await turn(storage, activeKeys);
      durations.push(performance.now() - start);
    }
    return median(durations);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Measures the median cost of a turn's storage work with a small and with a large store. */
export async function measureStorageGrowth(options: StorageGrowthOptions = {}): Promise<StorageGrowthResult> {
  const { smallKeys = 100, largeKeys = 10_000, turns = 500, baseDir = tmpdir() } = options;
  // The first round in a process runs cold (seen: 1.5 ms per turn against 1.0 ms afterwards).
  await perTurnMs(baseDir, processWarmUpKeys, smallKeys, turns);
  const perTurnMsSmall = await perTurnMs(baseDir, smallKeys, smallKeys, turns);
  const perTurnMsLarge = await perTurnMs(baseDir, largeKeys, smallKeys, turns);
  return { perTurnMsSmall, perTurnMsLarge, ratio: perTurnMsLarge / perTurnMsSmall };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const largeSizes = process.argv.includes('--full') ? [10_000, 100_000] : [10_000];
  for (const largeKeys of largeSizes) {
    const result = await measureStorageGrowth({ largeKeys });
    console.log(
      `storage per turn: 100 keys ${result.perTurnMsSmall.toFixed(3)} ms, ${largeKeys} keys ` +
        `${result.perTurnMsLarge.toFixed(3)} ms, ratio ${result.ratio.toFixed(2)}`,
    );
  }
}
