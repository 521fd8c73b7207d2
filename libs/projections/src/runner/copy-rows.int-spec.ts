import type { Pool } from 'pg';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { copyRows, tableColumns } from './copy-rows';

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('copy_rows');
  pool = createTestPool(database.url, 2);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const COLUMNS = `id uuid PRIMARY KEY, title text, amount numeric, count integer, open boolean, at timestamptz, details jsonb`;

describe('copyRows', () => {
  it('stores every row as jsonb_populate_recordset stores the same row sent as JSON', async () => {
    await pool.query(`CREATE TABLE copied (${COLUMNS})`);
    await pool.query(`CREATE TABLE populated (${COLUMNS})`);
    const rows = [
      {
        id: '00000000-0000-4000-8000-000000000001',
        title: 'tab\there, newline\nthere, return\r, back\\slash, \\N, quote "',
        amount: 12.5,
        count: 3,
        open: true,
        at: '2026-03-04T10:00:00.000Z',
        details: { note: 'line\nbreak\t"quoted" \\ and æøå 👍', list: [1, 'two', null], nested: { empty: '' } },
      },
      { id: '00000000-0000-4000-8000-000000000002', title: '', amount: 0, count: 0, open: false, at: new Date('2026-01-01T00:00:00Z'), details: 'a string' },
      { id: '00000000-0000-4000-8000-000000000003', title: null, amount: null, count: undefined, open: null, at: null, details: null },
      { id: '00000000-0000-4000-8000-000000000004', title: 'only some' },
    ];
    const many = Array.from({ length: 2500 }, (_, i) => ({
      id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      title: `row ${i}\\`,
      count: i,
      details: [i],
    }));
    const client = await pool.connect();
    try {
      await copyRows(client, 'copied', await tableColumns(client, 'copied'), [...rows, ...many]);
    } finally {
      client.release();
    }
    await pool.query(`INSERT INTO populated SELECT * FROM jsonb_populate_recordset(NULL::populated, $1::jsonb)`, [JSON.stringify([...rows, ...many])]);
    const read = async (table: string) => (await pool.query(`SELECT * FROM ${table} ORDER BY id`)).rows;
    const copied = await read('copied');
    expect(copied).toHaveLength(rows.length + many.length);
    expect(copied).toEqual(await read('populated'));
    expect(copied[0].title).toBe(rows[0].title);
    expect(copied[0].details).toEqual(rows[0].details);
  });

  it('fails on a row the table refuses, and stores none of the COPY', async () => {
    await pool.query(`CREATE TABLE refused (${COLUMNS})`);
    const client = await pool.connect();
    try {
      const columns = await tableColumns(client, 'refused');
      await expect(
        copyRows(client, 'refused', columns, [
          { id: '00000000-0000-4000-8000-000000000001', count: 1 },
          { id: 'not a uuid', count: 2 },
        ]),
      ).rejects.toThrow(/invalid input syntax for type uuid/);
      // The connection is usable again after the failed COPY.
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
    expect((await pool.query(`SELECT count(*)::int AS n FROM refused`)).rows[0].n).toBe(0);
  });
});
