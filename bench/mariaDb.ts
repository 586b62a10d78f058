/**
 * A MariaDB server of the benchmark's own, for the index of an Azurite that keeps it in a database
 * (see `sqlIndexedAzurite`): on a free loopback port, its data in a temporary folder that is removed
 * when it stops. Debian's mariadb-server is installed with apt-get when it is missing, as `npm test`
 * installs Chromium (as root, as on the project's machines).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, whenListening } from '../test/support/localServer.js';

const run = promisify(execFile);
const server = '/usr/sbin/mariadbd';
const installDb = '/usr/bin/mariadb-install-db';
const client = '/usr/bin/mariadb';
const readyWithinMs = 30_000;

export interface MariaDb {
  pid: number | undefined;
  /** Creates a new, empty database and returns its address as Azurite's AZURITE_DB takes it. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Installs Debian's MariaDB server when it is not there; throws with the reason when that fails. */
async function ensureInstalled(): Promise<void> {
  if (existsSync(server) && existsSync(installDb) && existsSync(client)) return;
  if (process.getuid?.() !== 0) throw new Error(`MariaDB is not installed (${server}) and only root can install it: apt-get install mariadb-server`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', 'mariadb-server'], { env });
}

export async function startMariaDb(): Promise<MariaDb> {
  await ensureInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'bench-mariadb-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run(installDb, ['--no-defaults', `--datadir=${data}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db']);
  const port = await freePort();
  const child = spawn(
    server,
    [
      ...['--no-defaults', `--datadir=${data}`, `--socket=${join(dir, 'socket')}`, `--port=${port}`, '--bind-address=127.0.0.1'],
      ...['--skip-name-resolve', ...asRoot],
      // A commit reaches the operating system at once and the disk once a second, so that the disk's
      // own stalls on this virtual machine do not set the figures.
      '--innodb-flush-log-at-trx-commit=2',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = await whenListening(child, { name: 'MariaDB', port, withinMs: readyWithinMs, cleanUp: () => rm(dir, { recursive: true, force: true }) });
  let databases = 0;
  return {
    pid: child.pid,
    async newDatabase() {
      databases += 1;
      const name = `azurite_${databases}`;
      await run(client, ['--no-defaults', '-uroot', '-h127.0.0.1', `-P${port}`, '-e', `CREATE DATABASE ${name}`]);
      return `mysql://root@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
