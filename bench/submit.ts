/**
 * HTTP submit benchmark: POST /ideas against the built service (a separate
 * process, as in production), 64 connections for BENCH_SECONDS, measured with
 * autocannon. The service runs on a fresh database (bench_submit_<random>)
 * on BENCH_DATABASE_URL's server, seeded with the demo reference data; the
 * database is dropped at the end.
 *
 * Before the service starts, pgbench inserts single rows into a table of
 * the same database for BENCH_PGBENCH_SECONDS: what this server commits in the
 * same window, so the output carries submits per pgbench insert (the machine
 * is shared and its disk speed varies from day to day).
 *
 * Run:   npm run bench:submit          (builds first)
 * Env:   BENCH_SECONDS (15), BENCH_CONNECTIONS (64), BENCH_DATABASE_URL,
 *        BENCH_PGBENCH_SECONDS (5), BENCH_PGBENCH_CLIENTS (16), PGBENCH (its path),
 *        BENCH_CPU_PROF (a folder: the API runs with --cpu-prof and writes its profile there).
 * Output: one JSON line on stdout; progress on stderr.
 */
import { type ChildProcess, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const PORT = 3700 + Math.floor(Math.random() * 200);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 5);
const PGBENCH_CLIENTS = Number(process.env.BENCH_PGBENCH_CLIENTS ?? 16);
const PGBENCH = process.env.PGBENCH ?? ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench'].find((path) => existsSync(path)) ?? 'pgbench';
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;

const log = (message: string) => process.stderr.write(`[bench:submit] ${message}\n`);

const IDEAS = [
  {
    title: 'Sikker cykelsti langs Amager Strandvej',
    description: 'Børn cykler til skole på en smal vej med mange lastbiler.',
    category: 'traffic',
    district: 'amager-oest',
  },
  { title: 'Flere bænke ved søerne', description: 'Ældre har brug for at hvile sig på turen rundt om søerne.', category: 'other', district: 'oesterbro' },
  {
    title: 'Længere åbningstid på biblioteket',
    description: 'Biblioteket i Valby lukker for tidligt til studerende.',
    category: 'culture-leisure',
    district: 'valby',
  },
  {
    title: 'Varmestue om vinteren',
    description: 'Et sted at være om natten for hjemløse på Vesterbro.',
    category: 'social',
    district: 'vesterbro-kongens-enghave',
  },
].map((idea) => JSON.stringify({ ...idea, language: 'da', contact: { name: 'Bench Borger', email: 'bench@example.dk' } }));

function run(seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/ideas',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: IDEAS[next++ % IDEAS.length] }),
      },
    ],
  });
}

/** pgbench's single-row insert (one autocommitted INSERT per transaction) on the same server and database: the commit rate to compare with. */
async function pgbenchInserts(databaseUrl: string): Promise<{ txPerSec: number; latencyAverageMs: number }> {
  await withClient(databaseUrl, (db) => db.query('CREATE TABLE bench_pgbench_insert (id bigserial PRIMARY KEY, payload text NOT NULL)'));
  const script = join(tmpdir(), `bench-submit-pgbench-${process.pid}.sql`);
  await writeFile(script, "INSERT INTO bench_pgbench_insert (payload) VALUES ('Sikker cykelsti langs Amager Strandvej');\n");
  const { stdout } = await promisify(execFile)(
    PGBENCH,
    ['-n', '-f', script, '-c', String(PGBENCH_CLIENTS), '-j', '2', '-T', String(PGBENCH_SECONDS), databaseUrl],
    { maxBuffer: 1 << 20 },
  );
  const tps = /tps = ([\d.]+)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
  await withClient(databaseUrl, (db) => db.query('DROP TABLE bench_pgbench_insert'));
  return { txPerSec: Math.round(Number(tps[1])), latencyAverageMs: latency ? Number(latency[1]) : NaN };
}

const load = () => Number(loadavg()[0].toFixed(2));

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux; null elsewhere): what a request costs, whatever else the machine runs. */
async function cpuMsOf(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * The CPU time of each PostgreSQL backend serving the bench's database (a local
 * server: its backends are processes titled `postgres: <user> <database> …`),
 * by pid; empty when the server is elsewhere. Only this database's, so other
 * work on a shared server is not counted.
 */
async function postgresBackendsCpuMs(database: string): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return cpu;
  }
  await Promise.all(
    pids.map(async (pid) => {
      const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (!title.startsWith('postgres: ') || title.split(' ')[2] !== database) return;
      const ms = await cpuMsOf(Number(pid));
      if (ms !== null) cpu.set(Number(pid), ms);
    }),
  );
  return cpu;
}

/** Over the backends present at both ends of the window (the service's pool keeps its connections). */
function postgresCpuMsBetween(before: Map<number, number>, after: Map<number, number>): number | null {
  let total = 0;
  let seen = 0;
  for (const [pid, ms] of after) {
    const start = before.get(pid);
    if (start === undefined) continue;
    total += ms - start;
    seen++;
  }
  return seen > 0 ? total : null;
}

/** The whole machine's CPU time so far, idle and busy (/proc/stat, in clock ticks): how much was left for anyone while the submits ran. */
async function machineCpuTicks(): Promise<{ idle: number; total: number } | null> {
  try {
    const fields = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3] + fields[4], total: fields.reduce((sum, ticks) => sum + ticks, 0) };
  } catch {
    return null;
  }
}

const perRequest = (ms: number | null, requests: number) => (ms !== null && requests > 0 ? Number((ms / requests).toFixed(3)) : null);

async function main(): Promise<void> {
  const name = `bench_submit_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let service: ChildProcess | null = null;
  try {
    const loadAverageAtStart = load();
    log(`pgbench: single-row inserts, ${PGBENCH_CLIENTS} clients for ${PGBENCH_SECONDS} s (load average ${loadAverageAtStart})`);
    const pgbench = await pgbenchInserts(url.toString());
    log(`pgbench: ${pgbench.txPerSec} inserts/s`);
    service = await startService({
      databaseUrl: url.toString(),
      port: PORT,
      env: { SEED_DEMO_DATA: 'true' },
      nodeArgs: CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [],
    });
    log(`service up on port ${PORT}; warming up 2 s`);
    await run(2);
    const loadAverageBeforeSubmit = load();
    log(`measuring ${SECONDS} s with ${CONNECTIONS} connections (load average ${loadAverageBeforeSubmit})`);
    const [cpuBefore, postgresBefore, machineBefore, driverBefore] = [
      await cpuMsOf(service.pid),
      await postgresBackendsCpuMs(name),
      await machineCpuTicks(),
      process.cpuUsage(),
    ];
    const result = await run(SECONDS);
    const [cpuAfter, postgresAfter, machineAfter, driver] = [
      await cpuMsOf(service.pid),
      await postgresBackendsCpuMs(name),
      await machineCpuTicks(),
      process.cpuUsage(driverBefore),
    ];
    const requests = result.requests.total;
    const apiCpuMsPerRequest = perRequest(cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null, requests);
    const machineIdlePercent =
      machineBefore && machineAfter && machineAfter.total > machineBefore.total
        ? Math.round((100 * (machineAfter.idle - machineBefore.idle)) / (machineAfter.total - machineBefore.total))
        : null;
    const requestsPerSec = Math.round(result.requests.average);
    const stored = await withClient(url.toString(), async (db) => {
      const { rows } = await db.query("SELECT count(*)::int AS n FROM events WHERE type = 'IdeaSubmitted'");
      return rows[0].n as number;
    });
    console.log(
      JSON.stringify({
        bench: 'submit',
        seconds: SECONDS,
        connections: CONNECTIONS,
        requestsPerSec,
        apiCpuMsPerRequest,
        // The rest of what a submit costs on this machine: its database's backends, and autocannon (this process).
        postgresCpuMsPerRequest: perRequest(postgresCpuMsBetween(postgresBefore, postgresAfter), requests),
        loadDriverCpuMsPerRequest: perRequest((driver.user + driver.system) / 1000, requests),
        // Whether the machine had CPU to spare while the submits ran (other work on it counts as busy).
        machineIdlePercent,
        cpus: availableParallelism(),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        ideasStored: stored,
        pgbench: { clients: PGBENCH_CLIENTS, seconds: PGBENCH_SECONDS, insertsPerSec: pgbench.txPerSec, latencyAverageMs: pgbench.latencyAverageMs },
        ratioToPgbenchInsert: Number((requestsPerSec / pgbench.txPerSec).toFixed(3)),
        meetsTarget: (requestsPerSec >= 2000 && result.latency.p99 <= 50) || requestsPerSec >= 0.2 * pgbench.txPerSec,
        loadAverage: { atStart: loadAverageAtStart, beforeSubmit: loadAverageBeforeSubmit, atEnd: load() },
        node: process.version,
      }),
    );
  } finally {
    await stopService(service);
    await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
