import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { ensureProjection, publicStatusProjection } from '@civic/projections';
import type { Pool } from 'pg';
import { runOpenDataExport } from './open-data-export-command';

describe('npm run open-data:export', () => {
  let database: TestDatabase;
  let db: Pool;
  beforeAll(async () => {
    database = await createTestDatabase('open_data_export');
    await applyMigrations(database.url);
    db = createTestPool(database.url, 2);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const code = await runOpenDataExport(
      args,
      { DATABASE_URL: database.url, OPEN_DATA_LICENCE: 'CC0-1.0' },
      { stdout: { write: (l) => out.push(l) }, stderr: { write: (l) => out.push(l) } },
    );
    return { code, output: out.join('') };
  };
  const files = async () => (await db.query('SELECT name FROM open_data_files ORDER BY name')).rows.map((row) => row.name);

  it('says what to do before the worker has built the public status, and writes nothing', async () => {
    expect(await run()).toEqual({ code: 1, output: expect.stringMatching(/^The public status read model is not there yet/) });
    expect(await files()).toEqual([]);
  });

  it('writes the three files, and a dry run only counts', async () => {
    await ensureProjection(db, publicStatusProjection());
    expect(await run('--dry-run')).toEqual({ code: 0, output: '0 ideas would be exported; nothing written (--dry-run)\n' });
    expect(await files()).toEqual([]);
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^exported 0 ideas: ideas\.csv \(\d+ bytes\), ideas\.json \(\d+ bytes\), README\.md \(\d+ bytes\)\n$/);
    expect(await files()).toEqual(['README.md', 'ideas.csv', 'ideas.json']);
    const readme = (await db.query(`SELECT content FROM open_data_files WHERE name = 'README.md'`)).rows[0].content;
    expect(String(readme)).toContain('CC0-1.0');
  });
});
