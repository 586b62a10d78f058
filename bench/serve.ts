/**
 * One server under test, in its own process so that its memory and CPU are its own:
 * `node --expose-gc dist/bench/serve.js perspective|echo` (compiled by `npm run build`). Settings come from the
 * environment like `npm start`. Talks to the benchmark over IPC: sends `ready` with the port,
 * answers `baseline` and `report` with memory and CPU figures, and exits on `stop`.
 */
import module from 'node:module';
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { GcPause } from './gcPauses.js';

// As `npm start` does (src/main.ts): compiled code of the modules is kept on disk between starts.
module.enableCompileCache?.();
const { loadConfig } = await import('../src/config.js');
const { createApp, createBackend } = await import('../src/index.js');
const { createLogger } = await import('../src/logger.js');
const { createEchoApp } = await import('./echoApp.js');

export type ServerKind = 'perspective' | 'echo';

export interface ServerFigures {
  /** Resident memory right after a garbage collection. */
  rssMb: number;
  heapUsedMb: number;
  /** The highest resident memory seen since the last baseline (sampled every 20 ms). */
  peakRssMb: number;
  /** CPU time used since the last baseline (user + system). */
  cpuMs: number;
  /** The garbage collections seen since the last baseline. */
  gcPauses: GcPause[];
}

export type ServerMessage = { type: 'ready'; port: number; readyMs: number } | ({ type: 'figures' } & ServerFigures);
export type BenchMessage = { type: 'baseline' } | { type: 'report' } | { type: 'stop' };

const kind = process.argv[2] === 'echo' ? 'echo' : 'perspective';
const config = loadConfig();
const logger = createLogger('silent');
const app = kind === 'echo' ? createEchoApp((await createBackend(config, () => new Date(), logger)).storage, logger, config.host) : await createApp(config, { logger });
const port = await app.start();

const mb = (bytes: number) => bytes / 1024 / 1024;
let peakRss = 0;
let cpuStart = process.cpuUsage();
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20).unref();
let gcPauses: GcPause[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
    const kind = detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : 'major';
    gcPauses.push({ startMs: performance.timeOrigin + entry.startTime, durationMs: entry.duration, kind });
  }
}).observe({ entryTypes: ['gc'] });

function figures(): ServerFigures {
  const pauses = gcPauses;
  globalThis.gc?.();
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage(cpuStart);
  return {
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    peakRssMb: mb(Math.max(peakRss, memory.rss)),
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcPauses: pauses,
  };
}

process.on('message', (message: BenchMessage) => {
  if (message.type === 'stop') {
    void app.stop().then(() => process.exit(0));
    return;
  }
  const now = figures();
  if (message.type === 'baseline') {
    peakRss = 0;
    cpuStart = process.cpuUsage();
    gcPauses = [];
  }
  process.send?.({ type: 'figures', ...now } satisfies ServerMessage);
});

process.send?.({ type: 'ready', port, readyMs: performance.now() } satisfies ServerMessage);
