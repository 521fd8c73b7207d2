import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { type BallotEvent, ballotStreamId } from '@civic/budgets';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { activeGeneration, tableNames } from '../runner/generations';
import { rebuildProjection } from '../runner/rebuild';
import { budgetBallotsProjection } from './budget-ballots.projection';
import { ballotsOfRound, ballotTurnout } from './budget-ballots.query';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const projection = budgetBallotsProjection();

beforeAll(async () => {
  database = await createTestDatabase('budget_ballots');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 4);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const metadata = () => ({ correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 });
async function append(roundId: string, ballotId: string, events: BallotEvent[], expectedRevision: 'no_stream' | number = 'no_stream') {
  await store.appendToStream(
    ballotStreamId(roundId, ballotId),
    events.map((event) => ({ type: event.type, data: event.data, metadata: metadata() })),
    { expectedRevision },
  );
}
const cast = (roundId: string, ballotId: string, choices: string[], at: string, channel: 'online' | 'paper' = 'online'): BallotEvent => ({
  type: 'BallotCast',
  data: { roundId, ballotId, at, actor: ballotId, choices, channel, votingPlace: channel === 'paper' ? 'Library' : null },
});
const change = (roundId: string, ballotId: string, choices: string[], at: string): BallotEvent => ({
  type: 'BallotChanged',
  data: { roundId, ballotId, at, actor: ballotId, choices },
});

describe('budget_ballots', () => {
  it('holds each ballot’s latest choices, per round, in the order first cast; replay and rebuild give the same', async () => {
    await append('r1', 'v1', [cast('r1', 'v1', ['a', 'b'], '2027-05-01T10:00:00Z')]);
    const verified = cast('r1', 'v2', ['b'], '2027-05-01T11:00:00Z');
    await append('r1', 'v2', [{ ...verified, data: { ...verified.data, ageCheck: 'identity-provider' } } as BallotEvent]);
    await append('r2', 'v1', [cast('r2', 'v1', ['x'], '2027-05-01T09:00:00Z')]);
    await catchUpToNewest(pool, store, projection, { batchSize: 2 });
    await append('r1', 'v1', [change('r1', 'v1', ['c'], '2027-05-02T10:00:00Z'), change('r1', 'v1', ['a', 'c'], '2027-05-03T10:00:00Z')], 0);
    await append('r1', 'p1', [cast('r1', 'p1', ['a'], '2027-05-04T10:00:00Z', 'paper')]);
    await catchUpToNewest(pool, store, projection);

    const live = await ballotsOfRound(pool, 'r1');
    expect(live).toEqual([
      { ballotId: 'v1', choices: ['a', 'c'], channel: 'online', ageCheck: null },
      { ballotId: 'v2', choices: ['b'], channel: 'online', ageCheck: 'identity-provider' },
      { ballotId: 'p1', choices: ['a'], channel: 'paper', ageCheck: null },
    ]);
    expect(await ballotTurnout(pool, 'r1')).toEqual({ online: 2, paper: 1, ageVerified: 1, ageStated: 0 });
    expect(await ballotsOfRound(pool, 'r2')).toEqual([{ ballotId: 'v1', choices: ['x'], channel: 'online', ageCheck: null }]);

    // every batch applied again changes nothing
    const events = await store.readAll();
    const { generation } = await activeGeneration(pool, projection.name);
    await projection.applyBatch(pool, events, tableNames(projection, generation));
    expect(await ballotsOfRound(pool, 'r1')).toEqual(live);

    await rebuildProjection(pool, store, projection, { batchSize: 3 });
    expect(await ballotsOfRound(pool, 'r1')).toEqual(live);
  });
});
