/**
 * HTTP submit benchmark: POST /ideas against the built service (a separate
 * process, as in production), 64 connections for BENCH_SECONDS, measured with
 * autocannon. The service runs on a fresh database (bench_submit_<random>)
 * on BENCH_DATABASE_URL's server, seeded with the demo reference data; the
 * database is dropped at the end.
 *
 * Run:   npm run bench:submit          (builds first)
 * Env:   BENCH_SECONDS (15), BENCH_CONNECTIONS (64), BENCH_DATABASE_URL.
 * Output: one JSON line on stdout; progress on stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const PORT = 3700 + Math.floor(Math.random() * 200);

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

async function main(): Promise<void> {
  const name = `bench_submit_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let service: ChildProcess | null = null;
  try {
    service = await startService({ databaseUrl: url.toString(), port: PORT, env: { SEED_DEMO_DATA: 'true' } });
    log(`service up on port ${PORT}; warming up 2 s`);
    await run(2);
    log(`measuring ${SECONDS} s with ${CONNECTIONS} connections`);
    const result = await run(SECONDS);
    const stored = await withClient(url.toString(), async (db) => {
      const { rows } = await db.query("SELECT count(*)::int AS n FROM events WHERE type = 'IdeaSubmitted'");
      return rows[0].n as number;
    });
    console.log(
      JSON.stringify({
        bench: 'submit',
        seconds: SECONDS,
        connections: CONNECTIONS,
        requestsPerSec: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        ideasStored: stored,
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
