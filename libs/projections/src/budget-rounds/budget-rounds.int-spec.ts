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
import { ideaProposalStatus, listBudgetRounds } from './budget-rounds.query';

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

  it('follows each proposal sent in as an idea: review, merge and result; a funded one counts as carried out when its idea is implemented', async () => {
    const [funded, lost, merged, unfunded] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const ideaEvent = async (ideaId: string, type: string, data: object) =>
      store.appendToStream(`idea-${ideaId}`, [{ type, data: { ideaId, ...data }, metadata: metadata() }], { expectedRevision: 'any' });
    for (const idea of [funded, lost, merged, unfunded])
      await ideaEvent(idea, 'IdeaSubmitted', { at: '2027-03-04T09:00:00Z', budgetRound: { roundId: 'r3', proposalId: idea, kind: 'proposal' } });
    const proposal = (ideaId: string, title: string): RoundEvent => ({
      type: 'ProposalSubmitted',
      data: { ...base('r3', '2027-03-04T09:01:00Z'), proposalId: ideaId, title, summary: title, ideaId, submittedAt: '2027-03-04T09:00:00Z' },
    });
    await append(
      'r3',
      [
        { type: 'RoundOpened', data: { ...base('r3', '2027-03-03T09:00:00Z'), settings: settings('Amager 2027', null) } },
        proposal(funded, 'Bench'),
        proposal(lost, 'Helipad'),
        proposal(merged, 'Another bench'),
        proposal(unfunded, 'Fountain'),
      ],
      'no_stream',
    );
    await catchUpToNewest(pool, store, projection, { batchSize: 2 });
    expect(await ideaProposalStatus(pool, 'r3', lost)).toEqual({
      roundId: 'r3',
      roundTitle: 'Amager 2027',
      phase: 'proposals',
      currency: 'DKK',
      proposalsClosedAt: null,
      proposal: { review: 'pending', cost: null, notFeasibleReason: null, mergedInto: null, votes: null, funded: null, notFundedReason: null },
    });
    await append(
      'r3',
      [
        { type: 'PhaseAdvanced', data: { ...base('r3', '2027-04-01T09:00:00Z'), from: 'proposals', to: 'review' } },
        {
          type: 'ProposalFeasibilityRecorded',
          data: { ...base('r3', '2027-04-02T09:00:00Z'), proposalId: funded, feasibility: { feasible: true, costEstimate: 40, note: null } },
        },
        {
          type: 'ProposalFeasibilityRecorded',
          data: { ...base('r3', '2027-04-02T09:00:00Z'), proposalId: unfunded, feasibility: { feasible: true, costEstimate: 90, note: null } },
        },
        {
          type: 'ProposalFeasibilityRecorded',
          data: { ...base('r3', '2027-04-02T09:00:00Z'), proposalId: lost, feasibility: { feasible: false, reason: 'No landing rights.' } },
        },
        { type: 'ProposalsMerged', data: { ...base('r3', '2027-04-03T09:00:00Z'), into: funded, proposalIds: [merged] } },
        { type: 'PhaseAdvanced', data: { ...base('r3', '2027-05-01T09:00:00Z'), from: 'review', to: 'voting' } },
      ],
      4,
    );
    await catchUpToNewest(pool, store, projection, { batchSize: 3 });
    expect((await ideaProposalStatus(pool, 'r3', lost))?.proposal).toMatchObject({ review: 'not-feasible', notFeasibleReason: 'No landing rights.' });
    expect((await ideaProposalStatus(pool, 'r3', merged))?.proposal).toMatchObject({ review: 'merged', mergedInto: { proposalId: funded, title: 'Bench' } });
    expect(await ideaProposalStatus(pool, 'r3', funded)).toMatchObject({
      phase: 'voting',
      proposalsClosedAt: '2027-04-01T09:00:00+00:00',
      proposal: { review: 'feasible', cost: 40, funded: null },
    });
    await append(
      'r3',
      [
        { type: 'PhaseAdvanced', data: { ...base('r3', '2027-05-15T09:00:00Z'), from: 'voting', to: 'results' } },
        {
          type: 'RoundResultsComputed',
          data: {
            ...base('r3', '2027-05-15T09:00:00Z'),
            rule: { kind: 'greedy' },
            ballots: 2,
            winners: [funded],
            totalCost: 40,
            perVoterBudget: null,
            projects: [
              { proposalId: funded, votes: 2, cost: 40, funded: true, fundedAs: 1 },
              { proposalId: unfunded, votes: 1, cost: 90, funded: false, reason: 'did-not-fit-remaining-budget', remainingBudget: 80 },
            ],
          },
        },
      ],
      10,
    );
    // The funded proposal's idea and a proposal that was not funded are both implemented: only the first is a winner carried out.
    await ideaEvent(funded, 'IdeaImplemented', { at: '2027-09-01T09:00:00Z', note: 'done' });
    await ideaEvent(unfunded, 'IdeaImplemented', { at: '2027-09-01T09:00:00Z', note: 'done anyway' });
    await catchUpToNewest(pool, store, projection, { batchSize: 2 });
    expect((await ideaProposalStatus(pool, 'r3', funded))?.proposal).toMatchObject({ funded: true, votes: 2 });
    expect((await ideaProposalStatus(pool, 'r3', unfunded))?.proposal).toMatchObject({ funded: false, notFundedReason: 'did-not-fit-remaining-budget' });
    expect((await ideaProposalStatus(pool, 'r3', randomUUID()))?.proposal).toBeNull();
    expect(await ideaProposalStatus(pool, 'no-such-round', funded)).toBeNull();
    const live = await listBudgetRounds(pool);
    expect(live.find((round) => round.id === 'r3')).toMatchObject({ proposals: 4, winners: 1, implemented: 1 });

    const proposalsNow = await pool.query('SELECT * FROM budget_round_proposals ORDER BY round_id, proposal_id');
    const { generation } = await activeGeneration(pool, projection.name);
    await projection.applyBatch(pool, await store.readAll(), tableNames(projection, generation));
    expect((await pool.query('SELECT * FROM budget_round_proposals ORDER BY round_id, proposal_id')).rows).toEqual(proposalsNow.rows);
    await rebuildProjection(pool, store, projection, { batchSize: 5 });
    expect((await pool.query('SELECT * FROM budget_round_proposals ORDER BY round_id, proposal_id')).rows).toEqual(proposalsNow.rows);
    expect(await listBudgetRounds(pool)).toEqual(live);
  });
});
