/**
 * `npx tsx bench/gcFloor.ts`: what the framework alone leaves to V8's young-generation collector.
 * Starts minimal servers in turn, each in its own process with `--trace-gc-nvp`: restify that only
 * answers; restify passing each request to botbuilder's `CloudAdapter.process` with a bot that does
 * nothing; and restify making 50 async calls per request, once as the Bot Framework SDK's compiled
 * JavaScript does (ES2015: each call is a new generator function driven by promises) and once as
 * native async functions. Sends them the same messages one after another and reports, per request,
 * what is allocated and what survives young-generation collections (promoted to the old
 * generation), and how long such a collection pauses the process.
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { HttpChat } from '../test/support/httpChat.js';
import { round } from './stats.js';

const floors = ['restify', 'adapter', 'generator-calls', 'native-calls'] as const;
type Floor = (typeof floors)[number];
const warmUpRequests = 1_000;
const measuredRequests = 4_000;
const callsPerRequest = 50;

interface FloorFigures {
  floor: Floor;
  scavenges: number;
  allocatedKbPerRequest: number;
  promotedKbPerRequest: number;
  meanPauseMs: number;
}

/**
 * Runs a generator as an async function compiled for ES2015 runs (TypeScript's `__awaiter`, as in
 * botbuilder's lib/ folders): each awaited value is yielded and the generator resumed with it.
 */
function drive<T>(generator: Generator<unknown, T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const step = (result: IteratorResult<unknown, T>): void => {
      if (result.done) resolve(result.value);
      else Promise.resolve(result.value).then((value) => step(generator.next(value)), reject);
    };
    step(generator.next());
  });
}

/** The request's text, through one async call written in one of the two ways. */
function readText(req: restify.Request, compiled: boolean): Promise<unknown> {
  if (compiled) {
    // A new generator function for every call, as the compiled SDK makes one per async method call.
    return drive(
      (function* () {
        yield null;
        return (req.body as { text?: unknown }).text;
      })(),
    );
  }
  return (async () => {
    await null;
    return (req.body as { text?: unknown }).text;
  })();
}

/** In the server process: listens on a free port and tells the parent which. */
function serve(floor: Floor): void {
  const server = restify.createServer({ name: 'gc-floor', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  if (floor === 'restify') {
    server.post('/api/messages', async (_req, res) => {
      res.send(200, { activities: [] });
    });
  } else if (floor === 'generator-calls' || floor === 'native-calls') {
    server.post('/api/messages', async (req, res) => {
      for (let call = 0; call < callsPerRequest; call++) await readText(req, floor === 'generator-calls');
      res.send(200, { activities: [] });
    });
  } else {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    server.post('/api/messages', async (req, res) => adapter.process(req, res, async () => undefined));
  }
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
}

/** The figures of the young-generation collections (`gc=s`) in V8's --trace-gc-nvp lines. */
function scavengesIn(trace: string): Array<Record<'pause' | 'allocated' | 'promoted', number>> {
  const field = (line: string, name: string) => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
  return trace
    .split('\n')
    .filter((line) => line.includes(' gc=s '))
    .map((line) => ({ pause: field(line, 'pause'), allocated: field(line, 'allocated'), promoted: field(line, 'promoted') }));
}

async function measure(floor: Floor): Promise<FloorFigures> {
  const child = fork(fileURLToPath(import.meta.url), ['serve', floor], {
    execArgv: ['--import', 'tsx', '--trace-gc-nvp'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let trace = '';
  child.stdout?.on('data', (chunk: Buffer) => (trace += chunk.toString()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (message: { port: number }) => resolve(message.port));
      child.once('exit', () => reject(new Error(`the ${floor} server exited`)));
    });
    const chat = new HttpChat(`http://127.0.0.1:${port}`, `gc-floor-${floor}`);
    for (let sent = 0; sent < warmUpRequests; sent++) await chat.say(`hallo ${sent}`);
    const measuredFrom = trace.length;
    for (let sent = 0; sent < measuredRequests; sent++) await chat.say(`hallo, hoe gaat het met je ${sent}`);
    const scavenges = scavengesIn(trace.slice(measuredFrom));
    const total = (name: 'pause' | 'allocated' | 'promoted') => scavenges.reduce((sum, scavenge) => sum + scavenge[name], 0);
    return {
      floor,
      scavenges: scavenges.length,
      allocatedKbPerRequest: round(total('allocated') / 1024 / measuredRequests),
      promotedKbPerRequest: round(total('promoted') / 1024 / measuredRequests),
      meanPauseMs: round(total('pause') / Math.max(scavenges.length, 1), 2),
    };
  } finally {
    child.kill();
  }
}

if (process.argv[2] === 'serve') {
  serve(floors.find((floor) => floor === process.argv[3]) ?? 'restify');
} else {
  console.log(`${measuredRequests} messages one after another, after ${warmUpRequests} to warm up`);
  for (const floor of floors) console.log(JSON.stringify(await measure(floor)));
}
