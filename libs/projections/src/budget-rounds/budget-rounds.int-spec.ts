import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { type RoundEvent, type RoundSettings, roundStreamId } from '@civic/budgets';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { activeGeneration, tableNames } from '../runner/generations';
import { rebuildProjection } from '../runner/rebuild';
import { budgetRoundsProjection } from './budget-rounds.projection';
import { listBudgetRounds } from './budget-rounds.query';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const projection = budgetRoundsProjection();

beforeAll(async () => {
  database = await createTestDatabase('budget_rounds');
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
async function append(roundId: string, events: RoundEvent[], expectedRevision: 'no_stream' | number) {
  await store.appendToStream(
    roundStreamId(roundId),
    events.map((event) => ({ type: event.type, data: event.data, metadata: metadata() })),
    { expectedRevision },
  );
}
const settings = (title: string, district: string | null): RoundSettings => ({
  title,
  scope: district ? { kind: 'district', district } : { kind: 'municipality' },
  amount: 120,
  currency: 'DKK',
  ballot: { kind: 'approval', maxChoices: 2 },
  rule: { kind: 'greedy' },
  minimumAge: null,
  schedule: {
    proposals: { from: '2027-03-01', to: '2027-03-31' },
    review: { from: '2027-04-01', to: '2027-04-30' },
    voting: { from: '2027-05-01', to: '2027-05-14' },
    results: { from: '2027-05-15', to: '2027-05-31' },
    implementation: { from: '2027-06-01', to: '2028-12-31' },
  },
});
const base = (roundId: string, at: string) => ({ roundId, at, actor: 'staff' });

describe('budget_rounds', () => {
  it('lists every round, newest first, with its phase and how many of its winners are carried out; replay and rebuild give the same', async () => {
    await append('r1', [{ type: 'RoundOpened', data: { ...base('r1', '2027-03-01T09:00:00Z'), settings: settings('Nørrebro', 'noerrebro') } }], 'no_stream');
    await append('r2', [{ type: 'RoundOpened', data: { ...base('r2', '2027-03-02T09:00:00Z'), settings: settings('Hele byen', null) } }], 'no_stream');
    await catchUpToNewest(pool, store, projection, { batchSize: 1 });
    await append(
      'r1',
      [
        { type: 'RoundConfigured', data: { ...base('r1', '2027-03-03T09:00:00Z'), settings: { ...settings('Nørrebro 2027', 'noerrebro'), amount: 500 } } },
        { type: 'ProposalSubmitted', data: { ...base('r1', '2027-03-04T09:00:00Z'), proposalId: 'a', title: 'A', summary: 'a', ideaId: null } },
        { type: 'ProposalSubmitted', data: { ...base('r1', '2027-03-04T09:00:00Z'), proposalId: 'b', title: 'B', summary: 'b', ideaId: null } },
        { type: 'PhaseAdvanced', data: { ...base('r1', '2027-04-01T09:00:00Z'), from: 'proposals', to: 'review' } },
        {
          type: 'RoundResultsComputed',
          data: {
            ...base('r1', '2027-05-15T09:00:00Z'),
            rule: { kind: 'greedy' },
            ballots: 3,
            winners: ['a', 'b'],
            totalCost: 100,
            perVoterBudget: null,
            projects: [],
          },
        },
        { type: 'WinnerImplemented', data: { ...base('r1', '2027-08-01T09:00:00Z'), proposalId: 'a', note: 'done' } },
      ],
      0,
    );
    // Winner b carried on as an idea (as the worker does) and implemented on the idea; an ordinary idea implemented counts for nothing.
    const ideaEvent = async (ideaId: string, type: string, data: object) =>
      store.appendToStream(`idea-${ideaId}`, [{ type, data: { ideaId, ...data }, metadata: metadata() }], { expectedRevision: 'any' });
    const winnerIdea = randomUUID();
    const otherIdea = randomUUID();
    await ideaEvent(winnerIdea, 'IdeaSubmitted', { at: '2027-05-16T09:00:00Z', budgetRound: { roundId: 'r1', proposalId: 'b' } });
    await ideaEvent(otherIdea, 'IdeaSubmitted', { at: '2027-05-16T09:00:00Z' });
    await ideaEvent(winnerIdea, 'IdeaImplemented', { at: '2027-09-01T09:00:00Z', note: 'done' });
    await ideaEvent(otherIdea, 'IdeaImplemented', { at: '2027-09-01T09:00:00Z', note: 'done' });
    await catchUpToNewest(pool, store, projection, { batchSize: 2 });

    const live = await listBudgetRounds(pool);
    expect(live).toEqual([
      expect.objectContaining({ id: 'r2', title: 'Hele byen', district: null, phase: 'proposals', proposals: 0, winners: 0, implemented: 0 }),
      expect.objectContaining({
        id: 'r1',
        title: 'Nørrebro 2027',
        district: 'noerrebro',
        amount: 500,
        currency: 'DKK',
        phase: 'review',
        proposals: 2,
        winners: 2,
        implemented: 2,
      }),
    ]);

    // every batch applied again changes nothing
    const { generation } = await activeGeneration(pool, projection.name);
    await projection.applyBatch(pool, await store.readAll(), tableNames(projection, generation));
    expect(await listBudgetRounds(pool)).toEqual(live);

    await rebuildProjection(pool, store, projection, { batchSize: 3 });
    expect(await listBudgetRounds(pool)).toEqual(live);
  });
});
