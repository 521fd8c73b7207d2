import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const logFiles = new WeakMap<ChildProcess, string>();

/** Starts the built service (dist/) on a port and waits until it announces the API; with a worker: npm start's launcher, which runs both. */
export async function startService(options: {
  databaseUrl: string;
  port: number;
  withWorker?: boolean;
  env?: Record<string, string>;
  /** Flags for node itself, e.g. --cpu-prof. */
  nodeArgs?: readonly string[];
}): Promise<ChildProcess> {
  // Load from one IP: the per-IP citizen limits would refuse it, so they are off (0), as the README advises for load tests.
  // The worker runs the projections only: the benchmarks measure them, and the jobs would e-mail a million synthetic citizens.
  const logPath = join(tmpdir(), `bench-service-${process.pid}-${options.port}.log`);
  const log = openSync(logPath, 'w');
  const service = spawn(process.execPath, [...(options.nodeArgs ?? []), options.withWorker ? 'dist/apps/standalone/main.js' : 'dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      NODE_ENV: 'development',
      RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
      RATE_LIMIT_TRACK_PER_MINUTE: '0',
      WORKER_TASKS: 'projections',
      ...options.env,
    },
    // Into a file, not a pipe: stdout to a pipe is written synchronously, so a reader busy driving the load (this process) would stall the service's every log line.
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  logFiles.set(service, logPath);
  const output = () => readFileSync(logPath, 'utf8');
  const started = Date.now();
  while (!output().includes('API listening on')) {
    if (service.exitCode !== null || Date.now() - started > 60_000) throw new Error(`service did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return service;
}

/** SIGTERM, and wait until the service has shut down (its own graceful path). */
export async function stopService(service: ChildProcess | null): Promise<void> {
  if (!service) return;
  if (service.exitCode === null && service.signalCode === null) {
    const exited = new Promise((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    await exited;
  }
  const logPath = logFiles.get(service);
  if (logPath) rmSync(logPath, { force: true });
}
