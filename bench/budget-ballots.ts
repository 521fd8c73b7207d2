/**
 * Ballots cast per second through the API against the built service on a fresh database. Each ballot is its own stream
 * (one append with expectedRevision no_stream), after a read of the round. Two channels (BENCH_CHANNEL):
 *   paper  (default) POST /budget-rounds/:id/paper-ballots: staff entering sheets from a voting place;
 *   online           POST /budget-rounds/:id/ballots: a voter's ballot by e-mail, each with a new address (the ballot id
 *                    keyed from it, the address sealed under a data key of its own, BallotRequested appended; the
 *                    confirmation mail is the worker's, not measured here).
 * The round: 20 feasible proposals, approval with at most 5; each ballot ticks 1–5 of them at random.
 *
 * Run:   npm run -s bench:budget-ballots        (BENCH_DATABASE_URL, BENCH_SECONDS=10, BENCH_CONNECTIONS=16, BENCH_CHANNEL)
 *        npm run -s bench:budget-online-ballots (the same with BENCH_CHANNEL=online)
 * Output: one JSON line: ballotsPerSec, p50Ms, p99Ms, non2xx, ballotsStored.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { issueDevelopmentToken } from '../libs/casework/src/staff/development-token';
import { loadConfig } from '../libs/platform/src/config/app-config';
import { withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ONLINE = process.env.BENCH_CHANNEL === 'online';
const PORT = 3900 + Math.floor(Math.random() * 90);
const BASE = `http://127.0.0.1:${PORT}`;

const log = (message: string) => process.stderr.write(`[bench:budget-ballots] ${message}\n`);

async function call(
  token: string,
  method: string,
  path: string,
  body: object,
  revision?: number,
): Promise<{ roundId: string; revision: number; proposalId?: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (revision !== undefined) headers['if-match'] = `"${revision}"`;
  const response = await fetch(`${BASE}${path}`, { method, headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ roundId: string; revision: number; proposalId?: string }>;
}

/** A round in its voting phase with 20 feasible proposals; returns its id and the proposal ids. */
async function roundInVoting(token: string): Promise<{ roundId: string; proposals: string[] }> {
  const dates = (from: string, to: string) => ({ from, to });
  const opened = await call(token, 'POST', '/budget-rounds', {
    title: 'Bench round',
    amount: 1_000_000,
    currency: 'DKK',
    ballot: 'approval',
    maxChoices: 5,
    rule: 'equal-shares',
    completion: 'add1',
    schedule: {
      proposals: dates('2027-03-01', '2027-03-31'),
      review: dates('2027-04-01', '2027-04-30'),
      voting: dates('2027-05-01', '2027-05-14'),
      results: dates('2027-05-15', '2027-05-31'),
      implementation: dates('2027-06-01', '2028-12-31'),
    },
  });
  const { roundId } = opened;
  let { revision } = opened;
  const proposals: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const proposed = await call(token, 'POST', `/budget-rounds/${roundId}/proposals`, { title: `Project ${i}`, summary: 'For the bench.' });
    proposals.push(proposed.proposalId!);
    revision = proposed.revision;
  }
  ({ revision } = await call(token, 'POST', `/budget-rounds/${roundId}/phase`, { to: 'review' }, revision));
  for (const [i, proposalId] of proposals.entries()) {
    ({ revision } = await call(
      token,
      'POST',
      `/budget-rounds/${roundId}/proposals/${proposalId}/feasibility`,
      { feasible: true, costEstimate: 20_000 + i * 5_000 },
      revision,
    ));
  }
  await call(token, 'POST', `/budget-rounds/${roundId}/phase`, { to: 'voting' }, revision);
  return { roundId, proposals };
}

let voters = 0;
function ballotBody(proposals: readonly string[]): string {
  const count = 1 + Math.floor(Math.random() * 5);
  const choices = [...proposals].sort(() => Math.random() - 0.5).slice(0, count);
  if (!ONLINE) return JSON.stringify({ choices, votingPlace: 'Bench library' });
  voters += 1;
  return JSON.stringify({ choices, email: `voter-${voters}-${randomBytes(3).toString('hex')}@bench.test`, residence: true, language: 'da' });
}

async function main(): Promise<void> {
  const name = `bench_budget_ballots_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let service: ChildProcess | null = null;
  try {
    service = await startService({ databaseUrl: url.toString(), port: PORT });
    const token = await issueDevelopmentToken(
      { roles: ['manager'], departments: [], subject: 'bench-manager', expires: '1h', email: null },
      loadConfig({ ...process.env, NODE_ENV: 'development' }),
    );
    const { roundId, proposals } = await roundInVoting(token);
    log(`round ${roundId} open for voting; measuring ${SECONDS} s with ${CONNECTIONS} connections`);
    const result = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: ONLINE ? `/budget-rounds/${roundId}/ballots` : `/budget-rounds/${roundId}/paper-ballots`,
          headers: ONLINE ? { 'content-type': 'application/json' } : { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => ({ ...request, body: ballotBody(proposals) }),
        },
      ],
    });
    const stored = await withClient(url.toString(), async (db) => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM events WHERE type = '${ONLINE ? 'BallotRequested' : 'BallotCast'}'`);
      return rows[0].n as number;
    });
    console.log(
      JSON.stringify({
        bench: ONLINE ? 'budget-online-ballots' : 'budget-ballots',
        endpoint: ONLINE ? 'POST /budget-rounds/:id/ballots' : 'POST /budget-rounds/:id/paper-ballots',
        seconds: SECONDS,
        connections: CONNECTIONS,
        ballotsPerSec: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        ballotsStored: stored,
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
  process.exitCode = 1;
});
