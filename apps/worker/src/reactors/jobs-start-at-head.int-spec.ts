import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { JobsStartAtHead1732406400005 } from '../../../../libs/platform/src/database/migrations/1732406400005-jobs-start-at-head';
import { IDEA_JOBS_REACTOR } from '../jobs/jobs.module';
import { ideaReactions } from './idea-reactions';
import type { JobRequest } from './job-request';
import { ReactorRunner } from './reactor-runner';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('jobs_start_at_head');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

const submit = (ideaId: string) =>
  store.appendToStream(
    `idea-${ideaId}`,
    [
      {
        type: 'IdeaSubmitted',
        data: { ideaId },
        metadata: { correlationId: 'c', causationId: null, actor: 'citizen', occurredAt: new Date().toISOString(), schemaVersion: 1 },
      },
    ],
    { expectedRevision: 'no_stream' },
  );

describe('The first start of the jobs on an installation with history', () => {
  it('leaves a new, empty store to be read from the beginning', async () => {
    expect((await pool.query('SELECT * FROM reactor_checkpoints WHERE name = $1', [IDEA_JOBS_REACTOR])).rowCount).toBe(0);
  });

  it('starts the idea reactor after the events already there: no old citizen is e-mailed', async () => {
    const old = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of old) await submit(id);
    await new JobsStartAtHead1732406400005().up(pool);
    const requested: JobRequest[] = [];
    const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
    const runner = new ReactorRunner(
      pool,
      store,
      { name: IDEA_JOBS_REACTOR, react: (event) => ideaReactions(event, { calendar, reminderWorkingDays: 2 }) },
      { enqueue: async (requests) => void requested.push(...requests) },
      { takeOverIntervalMs: 50 },
    );
    runner.start();
    try {
      const fresh = randomUUID();
      await submit(fresh);
      const deadline = Date.now() + 10_000;
      while (requested.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requested.map((request) => (request.data as { ideaId?: string }).ideaId)).toEqual([fresh]);
    } finally {
      await runner.stop();
    }
  });
});
