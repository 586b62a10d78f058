/**
 * `npm run bench [-- --quick]`: the bot under load next to an echo bot on the same server stack
 * and storage, start-up time and storage growth, on lowdb and on Blob storage (Azurite). Prints a
 * table, then as its last line one JSON object: the lowdb figures at the top level and the same
 * figures for Blob storage under `blob`, with storage growth on an Azurite whose index is in a
 * database under `blob.indexedStore`. `npm run bench` runs it with a 1 MB young generation
 * (`--max-semi-space-size=1`): this process measures the latency, and its own collections would
 * otherwise pause it for 7 to 15 ms, which would count against the turns in flight.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../test/support/azurite.js';
import { summarizeGc, type GcSummary } from './gcPauses.js';
import { echoTurns, perspectiveTurns, runLoad, type LoadResult, type Turn } from './load.js';
import { startServer } from './serverProcess.js';
import type { ServerKind } from './serve.js';
import { percentile, round } from './stats.js';
import { inMemoryAzurite, sqlIndexedAzurite } from './blobServices.js';
import { blobStores, fileStores, measureStorageGrowth, type StorageGrowthResult, type StoreFactory } from './storageGrowth.js';

const quick = process.argv.includes('--quick');
interface Plan {
  conversations: number;
  thinkMs: number;
  rampMs: number;
  /** Conversations run on each server before anything is measured, so that the figures are those
   * of a server that has run for a while (compiled by V8's JIT), not of its first seconds. */
  warmUp: { conversations: number; thinkMs: number };
  /** Restarts whose median start-up is reported. */
  restarts: number;
  growth: { largeKeys: number; turns: number; warmUpTurns: number; processWarmUpKeys: number };
}

/** The two sizes of the benchmark, as a table: one row each. */
const plans: Record<'quick' | 'full', Plan> = {
  quick: { conversations: 16, thinkMs: 100, rampMs: 300, warmUp: { conversations: 8, thinkMs: 20 }, restarts: 1, growth: { largeKeys: 1_000, turns: 100, warmUpTurns: 50, processWarmUpKeys: 200 } },
  full: { conversations: 200, thinkMs: 2_000, rampMs: 4_000, warmUp: { conversations: 20, thinkMs: 50 }, restarts: 3, growth: { largeKeys: 100_000, turns: 500, warmUpTurns: 300, processWarmUpKeys: 5_000 } },
};
const plan = plans[quick ? 'quick' : 'full'];

type Backend = 'lowdb' | 'blob';

/** What a turn's storage work costs with 100 stored conversations and with many (`growthKeys`). */
interface GrowthFigures {
  perTurnMs100: number;
  perTurnMs100k: number;
  growthRatio: number;
  /** The CPU a turn's storage work takes in the benchmark's own process (the client), per size. */
  clientCpuMs100: number;
  clientCpuMs100k: number;
  /** The same in the storage service's processes, when it has them (Azurite, and its database). */
  serviceCpuMs100?: number;
  serviceCpuMs100k?: number;
}

function growthFigures(growth: StorageGrowthResult): GrowthFigures {
  return {
    perTurnMs100: round(growth.perTurnMsSmall, 3),
    perTurnMs100k: round(growth.perTurnMsLarge, 3),
    growthRatio: round(growth.ratio, 2),
    clientCpuMs100: round(growth.small.clientCpuMs, 3),
    clientCpuMs100k: round(growth.large.clientCpuMs, 3),
    ...(growth.small.serviceCpuMs !== undefined && growth.large.serviceCpuMs !== undefined
      ? { serviceCpuMs100: round(growth.small.serviceCpuMs, 3), serviceCpuMs100k: round(growth.large.serviceCpuMs, 3) }
      : {}),
  };
}

interface Figures extends GrowthFigures {
  backend: Backend;
  conversations: number;
  turns: number;
  errors: number;
  turnsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  echoP50Ms: number;
  echoP99Ms: number;
  p99Ratio: number;
  /** CPU time of the server process per turn: 1000 / this is what one core can take per second. */
  cpuMsPerTurn: number;
  echoCpuMsPerTurn: number;
  /** Young-generation collections (scavenges) per 1,000 turns and their mean pause, bot and echo. */
  youngGcPer1000Turns: number;
  youngGcMeanMs: number;
  echoYoungGcPer1000Turns: number;
  echoYoungGcMeanMs: number;
  /** Of the 1% slowest turns, the share that overlaps a young-generation pause in the server (0 to 1). */
  slowestDuringYoungGc: number;
  echoSlowestDuringYoungGc: number;
  /** The server's peak resident memory during the run, and its growth per open conversation. */
  rssMb: number;
  memoryPerConversationKb: number;
  /** After a restart, with V8's compile cache (`npm start` keeps it), and without it: a first start. */
  startupMs: number;
  startupColdMs: number;
  /** How many stored conversations the large store's figures were measured with (100,000 unless --quick). */
  growthKeys: number;
  /**
   * For Blob: storage growth again, on an Azurite that keeps its index of blobs in a database
   * (MariaDB) instead of in memory; or why it could not be measured.
   */
  indexedStore?: GrowthFigures;
  indexedStoreError?: string;
  firstError?: string;
}

interface Measured {
  load: LoadResult;
  peakRssMb: number;
  memoryPerConversationKb: number;
  cpuMsPerTurn: number;
  gc: GcSummary;
}

/** Runs one kind of server on fresh storage of one backend: a warm-up, then the planned load. */
async function measure(kind: ServerKind, env: Record<string, string>, turnsOf: (index: number) => readonly Turn[]): Promise<Measured> {
  const dataDir = await mkdtemp(join(tmpdir(), `bench-${kind}-`));
  const server = await startServer(kind, { ...env, DATA_DIR: dataDir });
  try {
    const warmUp = await runLoad({ baseUrl: server.baseUrl, ...plan.warmUp, turnsOf, rampMs: 0, idPrefix: 'warm-up' });
    if (warmUp.errors > 0) throw new Error(`the ${kind} server failed while warming up: ${warmUp.firstError ?? ''}`);
    const before = await server.figures('baseline');
    const load = await runLoad({ baseUrl: server.baseUrl, conversations: plan.conversations, turnsOf, thinkMs: plan.thinkMs, rampMs: plan.rampMs });
    const after = await server.figures('report');
    return {
      load,
      peakRssMb: after.peakRssMb,
      memoryPerConversationKb: ((after.peakRssMb - before.rssMb) * 1024) / plan.conversations,
      cpuMsPerTurn: after.cpuMs / load.turns,
      gc: summarizeGc(
        load.latenciesMs.map((durationMs, i) => ({ startMs: load.startsMs[i] ?? 0, durationMs })),
        after.gcPauses,
      ),
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Process start to the first 200 from /healthz of a server that is started and stopped at once. */
async function startupOnce(env: Record<string, string>): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const server = await startServer('perspective', { ...env, DATA_DIR: dataDir });
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  return server.startupMs;
}

/**
 * Start-up as after a restart (the median of `plan.restarts`, once a first start has filled V8's
 * compile cache, as `npm start` keeps it) and as a very first start (without the cache).
 */
async function measureStartup(env: Record<string, string>): Promise<{ warmMs: number; coldMs: number }> {
  await startupOnce(env);
  const warm: number[] = [];
  for (let restart = 0; restart < plan.restarts; restart++) warm.push(await startupOnce(env));
  return { warmMs: percentile(warm, 50), coldMs: await startupOnce({ ...env, NODE_DISABLE_COMPILE_CACHE: '1' }) };
}

/** Storage growth on a store the machine may not be able to run (MariaDB): its figures, or why not. */
async function optionalGrowth(stores: StoreFactory): Promise<StorageGrowthResult | { error: string }> {
  try {
    return await measureStorageGrowth(stores, plan.growth);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

async function measureBackend(backend: Backend, env: Record<string, string>, stores: StoreFactory, indexedStores?: StoreFactory): Promise<Figures> {
  const bot = await measure('perspective', env, perspectiveTurns);
  const echo = await measure('echo', env, echoTurns);
  const startup = await measureStartup(env);
  const growth = await measureStorageGrowth(stores, plan.growth);
  const indexed = indexedStores === undefined ? undefined : await optionalGrowth(indexedStores);
  const latencies = bot.load.latenciesMs;
  const echoP99Ms = percentile(echo.load.latenciesMs, 99);
  return {
    backend,
    conversations: plan.conversations,
    turns: bot.load.turns,
    errors: bot.load.errors + echo.load.errors,
    turnsPerSecond: round(bot.load.turns / (bot.load.durationMs / 1000)),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    echoP50Ms: round(percentile(echo.load.latenciesMs, 50)),
    echoP99Ms: round(echoP99Ms),
    p99Ratio: round(percentile(latencies, 99) / echoP99Ms, 2),
    cpuMsPerTurn: round(bot.cpuMsPerTurn, 2),
    echoCpuMsPerTurn: round(echo.cpuMsPerTurn, 2),
    youngGcPer1000Turns: round(bot.gc.youngPer1000Turns),
    youngGcMeanMs: round(bot.gc.youngMeanMs, 2),
    echoYoungGcPer1000Turns: round(echo.gc.youngPer1000Turns),
    echoYoungGcMeanMs: round(echo.gc.youngMeanMs, 2),
    slowestDuringYoungGc: round(bot.gc.slowestDuringYoungGc, 2),
    echoSlowestDuringYoungGc: round(echo.gc.slowestDuringYoungGc, 2),
    rssMb: round(bot.peakRssMb),
    memoryPerConversationKb: round(bot.memoryPerConversationKb),
    startupMs: Math.round(startup.warmMs),
    startupColdMs: Math.round(startup.coldMs),
    ...growthFigures(growth),
    growthKeys: plan.growth.largeKeys,
    ...(indexed === undefined ? {} : 'error' in indexed ? { indexedStoreError: indexed.error } : { indexedStore: growthFigures(indexed) }),
    ...(bot.load.firstError ?? echo.load.firstError ? { firstError: bot.load.firstError ?? echo.load.firstError } : {}),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A cell of the indexed store's figures: `-` where there are none (lowdb), `not measured` where they failed. */
function indexed(f: Figures, cell: (g: GrowthFigures) => string): string {
  if (f.indexedStore) return cell(f.indexedStore);
  return f.indexedStoreError === undefined ? '-' : 'not measured';
}

function table(results: readonly Figures[]): string {
  const rows: Array<[string, (f: Figures) => string]> = [
    ['simultaneous conversations', (f) => String(f.conversations)],
    ['turns (bot) / errors (bot + echo)', (f) => `${f.turns} / ${f.errors}`],
    ['turns per second', (f) => String(f.turnsPerSecond)],
    ['turn latency p50 / p95 / p99 ms', (f) => `${f.p50Ms} / ${f.p95Ms} / ${f.p99Ms}`],
    ['echo bot latency p50 / p99 ms', (f) => `${f.echoP50Ms} / ${f.echoP99Ms}`],
    ['p99 / echo p99', (f) => String(f.p99Ratio)],
    ['server CPU per turn ms (bot / echo)', (f) => `${f.cpuMsPerTurn} / ${f.echoCpuMsPerTurn}`],
    ['young GCs per 1,000 turns (bot / echo)', (f) => `${f.youngGcPer1000Turns} / ${f.echoYoungGcPer1000Turns}`],
    ['young GC mean pause ms (bot / echo)', (f) => `${f.youngGcMeanMs} / ${f.echoYoungGcMeanMs}`],
    ['1% slowest turns in a young GC (bot / echo)', (f) => `${percent(f.slowestDuringYoungGc)} / ${percent(f.echoSlowestDuringYoungGc)}`],
    ['peak RSS MB', (f) => String(f.rssMb)],
    ['memory per open conversation KB', (f) => String(f.memoryPerConversationKb)],
    ['start-up to /healthz ms (first start)', (f) => `${f.startupMs} (${f.startupColdMs})`],
    ['storage per turn ms, 100 stored', (f) => String(f.perTurnMs100)],
    ['storage per turn ms, large store', (f) => `${f.perTurnMs100k} (${f.growthKeys.toLocaleString('en')} stored)`],
    ['growth ratio', (f) => String(f.growthRatio)],
    ['storage CPU per turn ms, ours (100 / large)', (f) => `${f.clientCpuMs100} / ${f.clientCpuMs100k}`],
    ['storage CPU per turn ms, service (100 / large)', (f) => (f.serviceCpuMs100 === undefined ? '-' : `${f.serviceCpuMs100} / ${f.serviceCpuMs100k ?? '-'}`)],
    ['index in a database: per turn ms (100 / large)', (f) => indexed(f, (g) => `${g.perTurnMs100} / ${g.perTurnMs100k}`)],
    ['index in a database: growth ratio', (f) => indexed(f, (g) => String(g.growthRatio))],
    ['index in a database: service CPU ms (100 / large)', (f) => indexed(f, (g) => `${g.serviceCpuMs100 ?? '-'} / ${g.serviceCpuMs100k ?? '-'}`)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${''.padEnd(width)}  ${results.map((f) => f.backend.padEnd(24)).join('')}`;
  return [header, ...rows.map(([label, cell]) => `${label.padEnd(width)}  ${results.map((f) => cell(f).padEnd(24)).join('')}`)].join('\n');
}

const lowdb = await measureBackend('lowdb', { STORAGE: 'lowdb' }, fileStores());
const azurite = await startAzurite();
let blob: Figures;
try {
  blob = await measureBackend(
    'blob',
    {
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STATE_CONTAINER: 'bench-state',
      AZURE_TRANSCRIPTS_CONTAINER: 'bench-transcripts',
    },
    blobStores(inMemoryAzurite),
    blobStores(sqlIndexedAzurite),
  );
} finally {
  await azurite.stop();
}

console.log(
  `perspectiefbot benchmark${quick ? ' (--quick)' : ''}: ${plan.conversations} simultaneous conversations, think time ${plan.thinkMs} ms ±50%, ` +
    `after ${plan.warmUp.conversations} warm-up conversations on each server`,
);
console.log(table([lowdb, blob]));
for (const failed of [lowdb, blob].filter((f) => f.firstError)) console.log(`first error (${failed.backend}): ${failed.firstError}`);
if (blob.indexedStoreError !== undefined) console.log(`storage growth with the index in a database not measured: ${blob.indexedStoreError}`);
console.log(JSON.stringify({ ...lowdb, blob }));
