import type { Pool } from 'pg';
import { ballotStreamId, type CastBallot, InvalidBallotError, WrongPhaseError } from '@civic/budgets';
import { PostgresEventStore, WrongExpectedVersion } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { ballotsOfRound, budgetBallotsProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { StaleRevisionError } from '../ideas/stale-revision.error';
import { BudgetRoundRepository } from './budget-round.repository';
import { voterBallotId } from './voter-key';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let rounds: BudgetRoundRepository;

beforeAll(async () => {
  database = await createTestDatabase('budget_rounds');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  rounds = new BudgetRoundRepository(store);
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const staff = { actor: 'staff:anna', correlationId: 'c1' };
const ROUND = '4b1f6c1e-6c55-4c57-9a43-0e0f6f1b2a01';
const at = '2027-05-02T10:00:00.000Z';
const base = { roundId: ROUND, at, actor: staff.actor };
const secret = Buffer.alloc(32, 1);
const vote = (address: string, choices: string[]): CastBallot => {
  const ballotId = voterBallotId(secret, ROUND, address);
  return { type: 'CastBallot', roundId: ROUND, ballotId, choices, voter: { kind: 'online', district: null, age: null }, at, actor: ballotId };
};

describe('BudgetRoundRepository', () => {
  it('runs a round from opening to counted results, with online, changed and paper ballots', async () => {
    const settings = {
      title: 'Hele byen 2027',
      scope: { kind: 'municipality' as const },
      amount: 120,
      currency: 'DKK',
      ballot: { kind: 'approval' as const, maxChoices: 2 },
      rule: { kind: 'equal-shares' as const, completion: 'add1' as const },
      minimumAge: null,
      schedule: {
        proposals: { from: '2027-03-01', to: '2027-03-31' },
        review: { from: '2027-04-01', to: '2027-04-30' },
        voting: { from: '2027-05-01', to: '2027-05-14' },
        results: { from: '2027-05-15', to: '2027-05-31' },
        implementation: { from: '2027-06-01', to: '2028-12-31' },
      },
    };
    let { revision } = await rounds.execute({ type: 'OpenRound', ...base, settings }, 'new', staff);
    for (const proposalId of ['park', 'library', 'playground']) {
      ({ revision } = await rounds.execute(
        { type: 'SubmitProposal', ...base, proposalId, title: proposalId, summary: `A ${proposalId}.`, ideaId: null },
        revision,
        staff,
      ));
    }
    ({ revision } = await rounds.execute({ type: 'AdvancePhase', ...base, to: 'review' }, revision, staff));
    for (const [proposalId, costEstimate] of [
      ['park', 60],
      ['library', 50],
      ['playground', 30],
    ] as const) {
      ({ revision } = await rounds.execute(
        { type: 'RecordFeasibility', ...base, proposalId, feasibility: { feasible: true, costEstimate, note: null } },
        revision,
        staff,
      ));
    }
    await expect(rounds.execute({ type: 'AdvancePhase', ...base, to: 'voting' }, revision - 1, staff)).rejects.toBeInstanceOf(StaleRevisionError);
    ({ revision } = await rounds.execute({ type: 'AdvancePhase', ...base, to: 'voting' }, revision, staff));

    await rounds.castBallot(vote('a@example.dk', ['playground']), { actor: 'citizen', correlationId: 'c2' });
    await rounds.castBallot(vote('A@Example.dk', ['park', 'library']), { actor: 'citizen', correlationId: 'c3' }); // the same voter changes it
    await rounds.castBallot(vote('b@example.dk', ['park', 'library']), { actor: 'citizen', correlationId: 'c4' });
    await rounds.castBallot(vote('c@example.dk', ['park', 'library']), { actor: 'citizen', correlationId: 'c5' });
    await rounds.castBallot(
      {
        type: 'CastBallot',
        roundId: ROUND,
        ballotId: 'paper-1',
        choices: ['playground'],
        voter: { kind: 'paper', votingPlace: 'Library' },
        at,
        actor: staff.actor,
      },
      staff,
    );
    await expect(rounds.castBallot(vote('d@example.dk', ['park', 'library', 'playground']), staff)).rejects.toBeInstanceOf(InvalidBallotError);
    // one voter's two first ballots at once: whichever way they interleave, one ballot is cast, and a loser is a conflict
    const racer = vote('race@example.dk', ['playground']);
    const race = await Promise.allSettled([rounds.castBallot(racer, staff), rounds.castBallot(racer, staff)]);
    for (const result of race) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(WrongExpectedVersion);
    const raced = await store.readStream(ballotStreamId(ROUND, racer.ballotId));
    expect(raced.map((event) => event.type)).toEqual(['BallotCast']);

    await catchUpToNewest(pool, store, budgetBallotsProjection());
    const ballots = await ballotsOfRound(pool, ROUND);
    expect(ballots).toHaveLength(5);
    expect(ballots.filter((ballot) => ballot.channel === 'paper')).toEqual([
      { ballotId: 'paper-1', choices: ['playground'], channel: 'paper', ageCheck: null },
    ]);

    const closed = await rounds.execute({ type: 'CloseVoting', ...base, ballots: ballots.map((ballot) => ballot.choices) }, revision, staff);
    expect(closed.events[1]).toMatchObject({ type: 'RoundResultsComputed', data: { winners: ['library', 'playground'], totalCost: 80, ballots: 5 } });
    const { state } = await rounds.load(ROUND);
    expect(state.phase).toBe('results');
    await expect(rounds.castBallot(vote('e@example.dk', ['park']), staff)).rejects.toBeInstanceOf(WrongPhaseError);
  });
});
