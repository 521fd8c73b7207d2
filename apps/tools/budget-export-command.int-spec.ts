import type { Pool } from 'pg';
import { electionFromPb, equalShares, parsePb } from '@civic/budgets';
import { BudgetRoundRepository } from '@civic/casework';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { ballotsOfRound, budgetBallotsProjection, publicStatusProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { openExampleRoundForVoting } from '../../libs/casework/src/budgets/testing/example-round';
import { runBudgetExport } from './budget-export-command';

const ROUND = '9a8b7c6d-0000-4000-8000-000000000001';

describe('npm run budget:export', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createTestDatabase('budget_export');
    await applyMigrations(database.url);
    pool = createTestPool(database.url, 4);
    store = new PostgresEventStore(pool);
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runBudgetExport(
      args,
      { DATABASE_URL: database.url },
      { stdout: { write: (t) => (stdout += t) }, stderr: { write: (t) => (stderr += t) } },
    );
    return { code, stdout, stderr };
  };

  it('says what is missing: the read model, the round, the count', async () => {
    expect(await run(ROUND)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^The budget_ballots and public_status read models are not there yet/) });
    await catchUpToNewest(pool, store, budgetBallotsProjection());
    expect(await run(ROUND)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^The budget_ballots and public_status read models are not there yet/) });
    await catchUpToNewest(pool, store, publicStatusProjection());
    expect(await run(ROUND)).toMatchObject({ code: 1, stderr: `There is no budget round ${ROUND}.\n` });
    const rounds = new BudgetRoundRepository(store);
    await openExampleRoundForVoting(rounds, ROUND);
    expect(await run(ROUND)).toMatchObject({ code: 1, stderr: expect.stringContaining('in its voting phase') });
  });

  it('writes a counted round that recounts to the same winners', async () => {
    const rounds = new BudgetRoundRepository(store);
    const voters = [['park', 'library'], ['park', 'library'], ['park', 'library'], ['playground']];
    for (const [index, choices] of voters.entries()) {
      const ballotId = `voter-${index}`;
      await rounds.castBallot(
        {
          type: 'CastBallot',
          roundId: ROUND,
          ballotId,
          choices,
          voter: { kind: 'online', district: null, age: null },
          at: '2027-05-02T10:00:00.000Z',
          actor: ballotId,
        },
        { actor: 'citizen', correlationId: ballotId },
      );
    }
    await catchUpToNewest(pool, store, budgetBallotsProjection());
    const { revision } = await rounds.load(ROUND);
    const ballots = (await ballotsOfRound(pool, ROUND)).map((ballot) => ballot.choices);
    await rounds.execute({ type: 'CloseVoting', roundId: ROUND, at: '2027-05-15T00:00:00.000Z', actor: 'staff:anna', ballots }, revision, {
      actor: 'staff:anna',
      correlationId: 'close',
    });

    const { code, stdout } = await run(ROUND);
    expect(code).toBe(0);
    const file = parsePb(stdout);
    expect(file.meta).toMatchObject({ budget: '120', currency: 'DKK', rule: 'equalshares/add1', num_votes: '4' });
    expect(file.projects.filter((row) => row.selected === '1').map((row) => row.project_id)).toEqual(['library', 'playground']);
    expect(stdout).not.toContain('voter-0');
    expect(equalShares(electionFromPb(file), { completion: 'add1' }).winners).toEqual(['library', 'playground']);
  });

  it('refuses wrong arguments with the usage', async () => {
    expect(await run()).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run -s budget:export') });
    expect(await run(ROUND, '--format', 'csv')).toMatchObject({ code: 2 });
  });
});
