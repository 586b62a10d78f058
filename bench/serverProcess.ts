import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import type { BenchMessage, ServerFigures, ServerKind, ServerMessage } from './serve.js';

export interface ServerProcess {
  baseUrl: string;
  /** From starting the process to the first 200 from /healthz. */
  startupMs: number;
  /** Collects garbage, then takes the figures; `baseline` also restarts the peak and CPU count. */
  figures(kind: 'baseline' | 'report'): Promise<ServerFigures>;
  stop(): Promise<void>;
}

const startWithinMs = 60_000;

/**
 * Starts the compiled bench/serve.ts (`npm run build`: dist/bench/serve.js, as `npm start` runs
 * dist/src/main.js) in its own Node process with these settings (added to nothing else).
 */
export async function startServer(kind: ServerKind, env: Record<string, string>): Promise<ServerProcess> {
  const started = performance.now();
  const child = fork(join(projectRoot, 'dist', 'bench', 'serve.js'), [kind], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends ServerMessage['type']>(type: T) =>
    new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the ${kind} server sent no "${type}" in time`)), startWithinMs);
      const onMessage = (message: ServerMessage) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message as Extract<ServerMessage, { type: T }>);
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error(`the ${kind} server exited`)));
    });
  const send = (message: BenchMessage) => child.send(message);

  const { port } = await next('ready');
  const baseUrl = `http://127.0.0.1:${port}`;
  while ((await fetch(`${baseUrl}/healthz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 10));
  const startupMs = performance.now() - started;

  return {
    baseUrl,
    startupMs,
    async figures(type) {
      const answer = next('figures');
      send({ type });
      const { rssMb, heapUsedMb, peakRssMb, cpuMs, gcPauses } = await answer;
      return { rssMb, heapUsedMb, peakRssMb, cpuMs, gcPauses };
    },
    async stop() {
      send({ type: 'stop' });
      await exited;
    },
  };
}
