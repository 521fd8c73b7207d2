import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { PublicCodes } from './public-codes';

describe('Public codes', () => {
  let database: TestDatabase;
  let pool: Pool;
  let queries: number;

  beforeAll(async () => {
    database = await createTestDatabase('public_codes');
    await applyMigrations(database.url);
    pool = createTestPool(database.url, 4);
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    pool.query = ((...args: unknown[]) => {
      queries++;
      return query(...args);
    }) as Pool['query'];
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  beforeEach(() => (queries = 0));

  const at = new Date('2026-03-02T10:00:00Z');

  it('gives one submission the next number of the sequence, in one round trip', async () => {
    const codes = new PublicCodes(pool);
    const { rows } = await pool.query<{ n: string }>('SELECT last_value + 1 AS n FROM idea_public_code_seq WHERE is_called UNION ALL SELECT 1 LIMIT 1');
    queries = 0;
    expect(await codes.next(at)).toBe(`K-2026-${rows[0].n.padStart(6, '0')}`);
    expect(queries).toBe(1);
  });

  it('gives concurrent submissions distinct numbers, rising in the order they asked, in fewer round trips than submissions', async () => {
    const codes = new PublicCodes(pool);
    const given = await Promise.all(Array.from({ length: 50 }, () => codes.next(at)));
    const numbers = given.map((code) => Number(/^K-2026-(\d{6})$/.exec(code)![1]));
    expect(new Set(numbers).size).toBe(50);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[49] - numbers[0]).toBe(49); // nothing skipped
    expect(queries).toBeLessThanOrEqual(2);
  });

  it('fails every submission of a round trip that fails, and serves the next ones once the database answers again', async () => {
    let down = true;
    const flaky = {
      query: (...args: unknown[]) => (down ? Promise.reject(new Error('connect ECONNREFUSED')) : (pool.query as (...a: unknown[]) => unknown)(...args)),
    } as unknown as Pool;
    const codes = new PublicCodes(flaky);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => codes.next(at)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('rejected'));
    down = false;
    expect(await Promise.all([codes.next(at), codes.next(at)])).toEqual([expect.stringMatching(/^K-2026-\d{6}$/), expect.stringMatching(/^K-2026-\d{6}$/)]);
  });
});
