import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A redis-server of the test's own, on a free port, that the test may stop
 * and start (never the shared one on 6379). It keeps an append-only file, as
 * a production Redis must, so a restart finds the jobs it held.
 */
export interface DedicatedRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Starts it again after stop(); does nothing while it runs. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every server still running when the test process ends is killed then,
 * whatever the test did (a failed afterAll, a timeout); and where util-linux's
 * setpriv is there, the kernel ends it when this process dies in a way that
 * runs no exit hook (jest killing a worker).
 */
const DIE_WITH_PARENT = spawnSync('setpriv', ['--version']).status === 0 ? ['setpriv', '--pdeathsig', 'SIGTERM'] : [];

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => running.forEach((server) => server.kill('SIGKILL')));
}

export async function startDedicatedRedis(): Promise<DedicatedRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'civic-redis-'));
  let server: ChildProcess | null = null;

  const start = async () => {
    // A second redis-server on the same port fails to bind and exits; keeping that one as `server` lost the first, which then outlived the suite.
    if (server && server.exitCode === null && server.signalCode === null) return;
    const [command, ...prefix] = [...DIE_WITH_PARENT, 'redis-server'];
    const child = spawn(
      command,
      [...prefix, '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server = child;
    killOnExit(child);
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
      setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000).unref();
    }).catch(async (error: unknown) => {
      await stop(); // not ready in time: do not leave it starting in the background
      throw error;
    });
  };
  const stop = async () => {
    const child = server;
    server = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM'); // a clean shutdown: the append-only file is complete
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
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
