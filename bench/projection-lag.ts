/**
 * Projection lag under load: the built service (API + in-process worker, as
 * `npm start` runs it) takes a steady --rate submits/s (default 500, open
 * loop: requests leave on schedule whatever the responses do) for --seconds
 * (20, after a 2 s warm-up); for every idea submitted in the measured window,
 * the time from its append to its department_inbox row being visible.
 *
 * How "visible" is observed: the runner writes the inbox rows and its
 * checkpoint in one transaction, so a row is visible exactly when the
 * department_inbox checkpoint (projection_checkpoints, active generation)
 * is at or past its event's position (transaction id / global position).
 * A poller reads that checkpoint every ~5 ms with the server's clock; the
 * append time is the event's recorded_at (same clock). Lag per idea =
 * first poll that shows the checkpoint past its last event − recorded_at.
 * Also given: the same from the moment the client had the 201.
 *
 * Runs on a fresh database (bench_lag_<random>, seeded, dropped at the end)
 * on BENCH_DATABASE_URL's server, with REDIS_URL = BENCH_REDIS_URL
 * (default redis://127.0.0.1:6379). Target: p99 ≤ 200 ms.
 *
 * Run:   npm run -s bench:projection-lag [-- --rate 500 --seconds 20]
 * Output: one JSON line on stdout; progress on stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { numberFlag, postgresVersion, withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORT = 4000 + Math.floor(Math.random() * 100);
const TARGET_P99_MS = 200;
const WARMUP_SECONDS = 2;
const POLL_EVERY_MS = 5;
/** Beyond this many requests in flight the service is not keeping up: further sends are counted as skipped. */
const MAX_IN_FLIGHT = 512;
const PROJECTION = 'department_inbox';

const log = (message: string) => process.stderr.write(`[bench:projection-lag] ${message}\n`);

const IDEAS = [
  {
    title: 'Sikker cykelsti langs Amager Strandvej',
    description: 'Børn cykler til skole på en smal vej med mange lastbiler.',
    category: 'traffic',
    district: 'amager-oest',
  },
  {
    title: 'Flere bænke ved søerne',
    description: 'Ældre har brug for at hvile sig på turen rundt om søerne.',
    category: 'parks-nature',
    district: 'oesterbro',
  },
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
  {
    title: 'Offentlige toiletter ved legepladsen',
    description: 'Familier må gå hjem, fordi der ikke er et toilet i nærheden.',
    category: 'other',
    district: 'noerrebro',
  },
].map((idea) => JSON.stringify({ ...idea, language: 'da', contact: { name: 'Bench Borger', email: 'bench@example.dk' } }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------
// The checkpoint poller: (position, server time) samples

interface Sample {
  commit: bigint;
  prepare: bigint;
  /** Server clock, ms since the epoch. */
  at: number;
}

function startPoller(url: string) {
  const samples: Sample[] = [];
  /** Server time of every poll, for the resolution actually achieved. */
  const polls: number[] = [];
  let stopped = false;
  const client = new pg.Client({ connectionString: url });
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ position: string | null; at: Date }>(
        `SELECT c.position, statement_timestamp() AS at
           FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
          WHERE p.name = $1`,
        [PROJECTION],
      );
      polls.push(rows[0]?.at.getTime() ?? Date.now());
      const position = rows[0]?.position;
      if (position) {
        const [commit, prepare] = position.split('/').map(BigInt);
        const last = samples.at(-1);
        // Only changes matter; keep the first time each position was seen.
        if (!last || last.commit !== commit || last.prepare !== prepare) samples.push({ commit, prepare, at: rows[0].at.getTime() });
      }
      await sleep(POLL_EVERY_MS);
    }
    await client.end();
  })();
  return {
    samples,
    polls,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

/** The first sample at or past a position (samples only move forward). */
function firstVisible(samples: Sample[], commit: bigint, prepare: bigint): Sample | null {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = samples[mid];
    if (s.commit > commit || (s.commit === commit && s.prepare >= prepare)) hi = mid;
    else lo = mid + 1;
  }
  return samples[lo] ?? null;
}

// ---------------------------------------------------------------------------
// The load: an open loop at a fixed rate

interface Submitted {
  ideaId: string;
  /** Client clock (Date.now) when the 201 arrived. */
  respondedAt: number;
}

interface Load {
  sent: number;
  skipped: number;
  created: Submitted[];
  failures: Map<string, number>;
  httpMs: number[];
  seconds: number;
}

async function runLoad(rate: number, seconds: number, measureFrom: number): Promise<Load> {
  const interval = 1000 / rate;
  const load: Load = { sent: 0, skipped: 0, created: [], failures: new Map(), httpMs: [], seconds };
  const pending = new Set<Promise<void>>();
  const fail = (reason: string): void => void load.failures.set(reason, (load.failures.get(reason) ?? 0) + 1);
  const started = performance.now();
  let scheduled = 0;
  for (;;) {
    const now = performance.now();
    if (now - started >= seconds * 1000) break;
    const due = started + scheduled * interval;
    if (due > now) {
      await sleep(Math.max(1, due - now));
      continue;
    }
    scheduled++;
    if (pending.size >= MAX_IN_FLIGHT) {
      load.skipped++;
      continue;
    }
    load.sent++;
    const body = IDEAS[scheduled % IDEAS.length];
    const sentAt = performance.now();
    const request: Promise<void> = fetch(`http://127.0.0.1:${PORT}/ideas`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then(async (response) => {
        const text = await response.text();
        const elapsed = performance.now() - sentAt;
        if (response.status !== 201) return fail(`HTTP ${response.status}`);
        if (Date.now() >= measureFrom) load.httpMs.push(elapsed);
        load.created.push({ ideaId: (JSON.parse(text) as { id: string }).id, respondedAt: Date.now() });
      })
      .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
      .finally(() => pending.delete(request));
    pending.add(request);
  }
  await Promise.all(pending);
  return load;
}

// ---------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value: number) => Number(value.toFixed(1));

function distribution(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    n: sorted.length,
  };
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const rate = numberFlag(args, 'rate', 500);
  const seconds = numberFlag(args, 'seconds', 20);
  const name = `bench_lag_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let service: ChildProcess | null = null;
  let poller: ReturnType<typeof startPoller> | null = null;
  try {
    const postgres = await postgresVersion(ADMIN_URL);
    service = await startService({ databaseUrl, port: PORT, withWorker: true, env: { REDIS_URL, SEED_DEMO_DATA: 'true' } });
    poller = startPoller(databaseUrl);
    log(`service (API + worker) up on port ${PORT}, Redis ${REDIS_URL}; ${rate} submits/s for ${WARMUP_SECONDS} s warm-up + ${seconds} s measured`);
    const measureFrom = Date.now() + WARMUP_SECONDS * 1000;
    const load = await runLoad(rate, WARMUP_SECONDS + seconds, measureFrom);
    log(`sent ${load.sent}, created ${load.created.length}, skipped ${load.skipped}, failed ${[...load.failures.values()].reduce((a, b) => a + b, 0)}`);

    // Each idea's append: its last event's position (IdeaSubmitted and, routed by rule, IdeaRouted in one transaction).
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let appends: { streamId: string; commit: bigint; prepare: bigint; recordedAt: number }[];
    try {
      const { rows } = await db.query<{ stream_id: string; transaction_id: string; global_position: string; recorded_at: Date }>(
        `SELECT DISTINCT ON (stream_id) stream_id, transaction_id::text, global_position, recorded_at
           FROM events WHERE recorded_at >= $1 ORDER BY stream_id, global_position DESC`,
        [new Date(measureFrom)],
      );
      appends = rows.map((row) => ({
        streamId: row.stream_id,
        commit: BigInt(row.transaction_id),
        prepare: BigInt(row.global_position),
        recordedAt: row.recorded_at.getTime(),
      }));
    } finally {
      await db.end();
    }
    // Wait for the projection to pass the last append (or give up after 30 s).
    const lastCommit = appends.reduce((max, a) => (a.commit > max.commit || (a.commit === max.commit && a.prepare > max.prepare) ? a : max), appends[0]);
    const deadline = Date.now() + 30_000;
    while (lastCommit && Date.now() < deadline && !firstVisible(poller.samples, lastCommit.commit, lastCommit.prepare)) await sleep(20);
    await poller.stop();
    const { samples, polls } = poller;
    poller = null;

    const respondedAt = new Map(load.created.map((c) => [`idea-${c.ideaId}`, c.respondedAt]));
    const fromAppend: number[] = [];
    const fromResponse: number[] = [];
    let notVisible = 0;
    for (const append of appends) {
      const seen = firstVisible(samples, append.commit, append.prepare);
      if (!seen) {
        notVisible++;
        continue;
      }
      fromAppend.push(seen.at - append.recordedAt);
      const responded = respondedAt.get(append.streamId);
      if (responded !== undefined) fromResponse.push(seen.at - responded);
    }
    const pollGaps = polls.slice(1).map((at, i) => at - polls[i]);
    const lag = distribution(fromAppend);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'projection-lag',
        projection: PROJECTION,
        ratePerSec: rate,
        seconds,
        sent: load.sent,
        created: load.created.length,
        skipped: load.skipped,
        failures: Object.fromEntries(load.failures),
        achievedRatePerSec: Math.round(appends.length / seconds),
        httpMs: distribution(load.httpMs),
        lagMs: lag,
        lagFromResponseMs: distribution(fromResponse),
        notVisibleAfter30s: notVisible,
        pollIntervalMs: distribution(pollGaps),
        targetP99Ms: TARGET_P99_MS,
        meetsTarget: notVisible === 0 && lag.p99 <= TARGET_P99_MS,
        loadAverageAtStart,
        node: process.version,
        postgres,
      })}\n`,
    );
  } finally {
    await poller?.stop().catch(() => undefined);
    await stopService(service);
    await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
