/**
 * Start-up benchmark: how long `npm start` takes until GET /health answers
 * 200, as someone who just cloned the repository meets it. It clones this
 * checkout's current commit into a temporary folder, runs `npm ci` there, then:
 *   firstStartSeconds   npm start on the fresh clone: the full build, a new
 *                       embedded PostgreSQL (initdb), migrations, demo seed
 *   secondStartSeconds  npm start again on the unchanged clone: the
 *                       incremental build finds nothing to do, the database exists
 * Each start is stopped as Ctrl-C does (SIGINT to its process group) and must exit 0.
 *
 * Run:   npm run -s bench:start-time [-- --keep]   (--keep leaves the clone in place)
 * Output: one JSON line on stdout; progress on stderr. Commit first: the clone has only what is committed.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const log = (message: string) => process.stderr.write(`[bench:start-time] ${message}\n`);
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));

async function main(): Promise<void> {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const root = mkdtempSync(join(tmpdir(), 'civic-start-time-'));
  chmodSync(root, 0o755); // as root, the embedded server runs as `postgres` and must reach its folder in the clone
  const clone = join(root, 'civic-ideas');
  try {
    log(`cloning ${commit.slice(0, 12)} into ${clone}`);
    execFileSync('git', ['clone', '--quiet', '--no-checkout', process.cwd(), clone], { stdio: 'inherit' });
    execFileSync('git', ['-C', clone, 'checkout', '--quiet', commit], { stdio: 'inherit' });
    let since = performance.now();
    log('npm ci');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: clone, stdio: ['ignore', 'ignore', 'inherit'] });
    const npmCiSeconds = seconds(since);
    // Ports of its own, so it runs beside a developer's npm start and the test suite.
    const port = 4100 + Math.floor(Math.random() * 800);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(56000 + Math.floor(Math.random() * 800)),
      NODE_ENV: 'development',
    };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'EMBEDDED_POSTGRES_DIR', 'DEVELOPMENT_SECRETS_DIR']) delete env[name];
    const starts: { toHealthSeconds: number; stopSeconds: number }[] = [];
    for (const run of ['first', 'second']) {
      log(`${run} npm start`);
      since = performance.now();
      const service = spawn('npm', ['start'], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      service.stdout!.on('data', (chunk) => (output += chunk));
      service.stderr!.on('data', (chunk) => (output += chunk));
      const exited = new Promise<string>((resolve) => service.once('exit', (code, signal) => resolve(signal ?? String(code))));
      const toHealthSeconds = await untilHealthy(port, service, () => output).then(
        () => seconds(since),
        async (error: unknown) => {
          if (service.exitCode === null && service.signalCode === null) process.kill(-service.pid!, 'SIGINT'); // stop what did start
          await exited;
          throw error;
        },
      );
      since = performance.now();
      process.kill(-service.pid!, 'SIGINT'); // Ctrl-C in its terminal
      const exit = await exited;
      // npm itself ends by the SIGINT it got once its script has exited; the launcher's last line says it stopped cleanly.
      if ((exit !== '0' && exit !== 'SIGINT') || !/The embedded PostgreSQL stopped/.test(output))
        throw new Error(`npm start ended (${exit}) after SIGINT without stopping cleanly:\n${output.slice(-3000)}`);
      starts.push({ toHealthSeconds, stopSeconds: seconds(since) });
      log(`${run}: /health after ${toHealthSeconds} s, stopped in ${starts.at(-1)!.stopSeconds} s`);
    }
    const result = {
      bench: 'start-time',
      commit: commit.slice(0, 12),
      npmCiSeconds,
      firstStartSeconds: starts[0].toHealthSeconds,
      secondStartSeconds: starts[1].toHealthSeconds,
      stopSeconds: starts.map((start) => start.stopSeconds),
      node: process.version,
      loadAverage1m: Number(loadavg()[0].toFixed(2)),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    if (process.argv.includes('--keep')) log(`kept ${clone}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

async function untilHealthy(port: number, service: ChildProcess, output: () => string): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (service.exitCode !== null || service.signalCode !== null)
      throw new Error(`npm start ended (${service.exitCode ?? service.signalCode}) before /health answered:\n${output().slice(-3000)}`);
    if (performance.now() - started > 300_000) throw new Error(`no /health within 300 s:\n${output().slice(-3000)}`);
    const status = await fetch(`http://127.0.0.1:${port}/health`).then(
      (reply) => reply.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
