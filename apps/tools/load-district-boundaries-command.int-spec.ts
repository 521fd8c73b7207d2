import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { seedReferenceData } from '@civic/casework';
import type { Pool } from 'pg';
import { runLoadBoundaries } from './load-district-boundaries-command';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

describe('npm run districts:load-boundaries', () => {
  let database: TestDatabase;
  let db: Pool;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase('load_boundaries');
    await applyMigrations(database.url);
    db = createTestPool(database.url, 2);
    await seedReferenceData(db);
    dir = await mkdtemp(join(tmpdir(), 'boundaries-'));
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  const run = async (file: object | string, ...args: string[]) => {
    const path = join(dir, `${Math.random()}.geojson`);
    await writeFile(path, typeof file === 'string' ? file : JSON.stringify(file));
    const out: string[] = [];
    const code = await runLoadBoundaries(
      [path, ...args],
      { DATABASE_URL: database.url },
      { stdout: { write: (l) => out.push(l) }, stderr: { write: (l) => out.push(l) } },
    );
    return { code, output: out.join('') };
  };
  const boundaryOf = async (code: string) => (await db.query('SELECT boundary FROM districts WHERE code = $1', [code])).rows[0].boundary;

  it('sets the boundaries named by the features, by another property too', async () => {
    const result = await run(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'valby' }, geometry: square(1, 1) }] },
      '--property',
      'id',
    );
    expect(result).toEqual({ code: 0, output: 'loaded the boundaries of 1 districts: valby\n' });
    expect(await boundaryOf('valby')).toEqual(square(1, 1));
  });

  it.each([
    [
      'an unknown district',
      {
        type: 'FeatureCollection',
        features: [
          { properties: { code: 'valby' }, geometry: square(2, 2) },
          { properties: { code: 'atlantis' }, geometry: square(3, 3) },
        ],
      },
      /atlantis/,
    ],
    [
      'a point',
      { type: 'FeatureCollection', features: [{ properties: { code: 'valby' }, geometry: { type: 'Point', coordinates: [1, 1] } }] },
      /not a Polygon/,
    ],
    ['not GeoJSON', '{"hello": 1}', /FeatureCollection/],
    ['not JSON', 'nope', /Cannot read/],
  ])('changes nothing for %s', async (_, file, message) => {
    const before = await boundaryOf('valby');
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(message);
    expect(await boundaryOf('valby')).toEqual(before);
  });
});
