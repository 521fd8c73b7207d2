import { readFile } from 'node:fs/promises';
import type { Pool } from 'pg';
import { loadConfig } from '@civic/platform';
import { isDistrictBoundary } from '@civic/casework';
import { withCommandDatabase } from './command-database';

const USAGE = `npm run districts:load-boundaries -- <file.geojson> [--property code]

Sets each district's boundary from a GeoJSON FeatureCollection (WGS84): every
feature's properties.code (or the --property you name) is a district code from
GET /districts, its geometry a Polygon or MultiPolygon. All or nothing: an
unknown code or a geometry that is not a closed polygon changes nothing.
Open311 requests and other submissions with coordinates are then placed in the
district whose boundary holds the point.
Uses DATABASE_URL, or the embedded PostgreSQL of \`npm start\` when it is unset.`;

export interface LoadBoundariesIo {
  readonly stdout: { write(line: string): unknown };
  readonly stderr: { write(line: string): unknown };
}

interface Feature {
  properties?: Record<string, unknown> | null;
  geometry?: unknown;
}

/** The boundaries in a FeatureCollection by district code, or why they cannot be loaded. */
export function boundariesOf(json: unknown, property: string): Map<string, object> | string {
  const features = (json as { type?: unknown; features?: unknown })?.features;
  if ((json as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) return 'the file is not a GeoJSON FeatureCollection';
  const boundaries = new Map<string, object>();
  for (const [index, feature] of (features as Feature[]).entries()) {
    const code = feature?.properties?.[property];
    if (typeof code !== 'string' || !code) return `feature ${index} has no properties.${property}`;
    if (!isDistrictBoundary(feature.geometry)) return `feature ${index} (${code}): the geometry is not a Polygon or MultiPolygon of closed rings`;
    if (boundaries.has(code)) return `feature ${index}: ${code} is there twice`;
    boundaries.set(code, feature.geometry);
  }
  return boundaries.size ? boundaries : 'the collection has no features';
}

/** Exit code: 0 loaded, 1 refused (nothing changed), 2 bad arguments. */
export async function runLoadBoundaries(args: readonly string[], env: NodeJS.ProcessEnv, io: LoadBoundariesIo): Promise<number> {
  if (args.includes('--help')) return (io.stdout.write(`${USAGE}\n`), 0);
  const files = [...args];
  const propertyAt = files.indexOf('--property');
  const property = propertyAt >= 0 ? files.splice(propertyAt, 2)[1] : 'code';
  if (files.length !== 1 || !property || files[0].startsWith('--')) return (io.stderr.write(`${USAGE}\n`), 2);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(files[0], 'utf8'));
  } catch (error) {
    io.stderr.write(`Cannot read ${files[0]}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const boundaries = boundariesOf(json, property);
  if (typeof boundaries === 'string') return (io.stderr.write(`Nothing loaded: ${boundaries}\n`), 1);

  const config = loadConfig(env);
  return withCommandDatabase(config, 2, async ({ pool }) => {
    const refused = await load(pool, boundaries);
    if (refused) return (io.stderr.write(`Nothing loaded: ${refused}\n`), 1);
    io.stdout.write(`loaded the boundaries of ${boundaries.size} districts: ${[...boundaries.keys()].join(', ')}\n`);
    return 0;
  });
}

async function load(pool: Pool, boundaries: Map<string, object>): Promise<string | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const [code, boundary] of boundaries) {
      const { rowCount } = await client.query('UPDATE districts SET boundary = $2 WHERE code = $1', [code, JSON.stringify(boundary)]);
      if (!rowCount) {
        await client.query('ROLLBACK');
        return `no district has the code "${code}" (see GET /districts)`;
      }
    }
    await client.query('COMMIT');
    return null;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
