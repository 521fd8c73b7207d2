import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free
 * port, that the test may stop and start (never the shared one: stopping
 * that would take every other test's database away). As root it runs as the
 * `postgres` user, since PostgreSQL refuses to run as root.
 */
export interface DedicatedPostgres {
  /** The server's maintenance database, for createTestDatabase. */
  readonly url: string;
  readonly port: number;
  /** `pg_ctl stop -m fast`: sessions are ended, the server shuts down cleanly. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port; does nothing while it runs. */
  start(): Promise<void>;
  /** Stops it and deletes its directory. */
  close(): Promise<void>;
}

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

const execFileAsync = promisify(execFile);
const AS_ROOT = userInfo().uid === 0;

/**
 * Run as the postgres user when we are root; setpriv (util-linux) also makes
 * the server end when this process dies without running its exit hook (a
 * jest worker killed), so no server outlives the test run.
 */
function asServerUser(command: string, args: string[], { dieWithParent = false } = {}): [string, string[]] {
  const user = AS_ROOT ? ['--reuid=postgres', '--regid=postgres', '--init-groups'] : [];
  const parent = dieWithParent ? ['--pdeathsig', 'SIGINT'] : []; // SIGINT: PostgreSQL's fast shutdown
  if (user.length === 0 && parent.length === 0) return [command, args];
  return ['setpriv', [...user, ...parent, '--', command, ...args]];
}

/** Every server still running when the test process ends is stopped then, whatever the test did. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function stopOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => running.forEach((server) => server.kill('SIGQUIT'))); // immediate shutdown: nothing is waited for at exit
}

export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  if (!existsSync(join(POSTGRES_BIN, 'postgres'))) throw new Error(`No PostgreSQL server binaries in ${POSTGRES_BIN} (set POSTGRES_BIN)`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'civic-postgres-'));
  const data = join(dir, 'data');
  if (AS_ROOT) chownSync(dir, Number(spawnSync('id', ['-u', 'postgres']).stdout), Number(spawnSync('id', ['-g', 'postgres']).stdout));
  const [initdb, initdbArgs] = asServerUser(join(POSTGRES_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  await execFileAsync(initdb, initdbArgs);
  let server: ChildProcess | null = null;

  const start = async () => {
    if (server && server.exitCode === null && server.signalCode === null) return;
    const [command, args] = asServerUser(
      join(POSTGRES_BIN, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
      { dieWithParent: true },
    );
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    server = child;
    stopOnExit(child);
    await new Promise<void>((resolve, reject) => {
      let output = '';
      // Read for as long as it runs: a full pipe would stall the server.
      child.stderr!.on('data', (chunk: Buffer) => {
        if (output.length < 100_000) output += chunk.toString();
        if (output.includes('database system is ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`postgres exited (${code}): ${output}`)));
      setTimeout(() => reject(new Error(`postgres did not start within 30 s: ${output}`)), 30_000).unref();
    }).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
  };
  const stop = async () => {
    const child = server;
    server = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const [pgCtl, args] = asServerUser(join(POSTGRES_BIN, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-w']);
    await execFileAsync(pgCtl, args).catch(() => child.kill('SIGINT'));
    await exited;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
