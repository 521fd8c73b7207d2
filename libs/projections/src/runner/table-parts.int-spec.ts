import type { Pool } from 'pg';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { rowsOfPart } from './table-parts';

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('table_parts');
  pool = createTestPool(database.url, 2);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

async function idsOfParts(table: string, parts: number): Promise<number[][]> {
  const result: number[][] = [];
  for (let part = 0; part < parts; part++) {
    const condition = await rowsOfPart(pool, table, { part, parts });
    const { rows } = await pool.query<{ id: number }>(`SELECT id FROM ${table} WHERE ${condition} ORDER BY id`);
    result.push(rows.map((row) => row.id));
  }
  return result;
}

describe('rowsOfPart', () => {
  it('selects every row of a table once across its parts, each part a share of the pages', async () => {
    await pool.query(`CREATE TABLE many (id integer PRIMARY KEY, padding text)`);
    await pool.query(`INSERT INTO many SELECT i, repeat('x', 200) FROM generate_series(1, 20000) AS i`);
    // Holes where rows were, and rows moved to later pages: the pages, not the ids, are split.
    await pool.query(`DELETE FROM many WHERE id % 7 = 0`);
    await pool.query(`UPDATE many SET padding = 'moved' WHERE id % 11 = 0`);
    const { rows } = await pool.query<{ id: number }>(`SELECT id FROM many ORDER BY id`);
    for (const parts of [1, 2, 3, 8]) {
      const split = await idsOfParts('many', parts);
      expect(split.flat().sort((a, b) => a - b)).toEqual(rows.map((row) => row.id));
      if (parts > 1) for (const ids of split) expect(ids.length).toBeGreaterThan(rows.length / parts / 2);
    }
  });

  it('gives an empty table no rows in any part, and a one-page table all of them in the last', async () => {
    await pool.query(`CREATE TABLE none (id integer)`);
    expect((await idsOfParts('none', 3)).flat()).toEqual([]);
    await pool.query(`CREATE TABLE few (id integer)`);
    await pool.query(`INSERT INTO few VALUES (1), (2), (3)`);
    expect(await idsOfParts('few', 2)).toEqual([[], [1, 2, 3]]);
  });
});
