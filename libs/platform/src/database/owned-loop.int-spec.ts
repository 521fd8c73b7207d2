import type { Pool } from 'pg';
import { createTestDatabase, createTestPool, type TestDatabase } from '../testing/test-database';
import { OwnedLoop, type OwnedLoopOptions } from './owned-loop';

const OPTIONS: OwnedLoopOptions = { lockClass: 7499, lockKey: 1, takeOverIntervalMs: 50, retryAfterMs: () => 50 };

describe('OwnedLoop, on PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    database = await createTestDatabase('owned_loop');
    pool = createTestPool(database.url);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('stops a worker whose work was still opening its subscription when stop() came', async () => {
    let workStarted!: () => void;
    const started = new Promise<void>((resolve) => (workStarted = resolve));
    let openSubscription!: () => void;
    const opening = new Promise<void>((resolve) => (openSubscription = resolve));
    let closed = false;
    let end!: () => void;
    const loop = new OwnedLoop(pool, OPTIONS, async (_client, scope) => {
      workStarted();
      await opening; // e.g. reading its checkpoint
      // A subscription that only ends when closed, as one on a quiet store.
      const ended = new Promise<void>((resolve) => (end = resolve));
      scope.onStop(async () => {
        closed = true;
        end();
      });
      await ended;
    });
    loop.start();
    await started;

    const stopping = loop.stop();
    openSubscription();
    const outcome = await Promise.race([stopping.then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still running after 3 s'), 3000))]);
    end(); // lets a loop that missed the stop finish, so a failure here does not hang the pool
    await stopping;

    expect(outcome).toBe('stopped');
    expect(closed).toBe(true);
    expect(loop.isOwner).toBe(false);
  });

  it('makes one of two loops the owner, and the standby stops at once', async () => {
    let release!: () => void;
    const owned = new Promise<void>((resolve) => (release = resolve));
    const owner = new OwnedLoop(pool, OPTIONS, async (_client, scope) => {
      scope.onStop(async () => release());
      await owned;
    });
    const standby = new OwnedLoop(pool, OPTIONS, async () => undefined);
    owner.start();
    while (!owner.isOwner) await new Promise((resolve) => setTimeout(resolve, 10));
    standby.start();
    await new Promise((resolve) => setTimeout(resolve, 150));

    expect(standby.isOwner).toBe(false);
    await standby.stop();
    await owner.stop();
    expect(owner.isOwner).toBe(false);
  });
});
