import type { ClientBase, Pool } from 'pg';
import { CATEGORY_OPEN311_ATTRIBUTES, DISTRICT_BOUNDARIES } from './copenhagen-boundaries.data';
import { CATEGORIES, DEPARTMENTS, DISTRICTS, ROUTING_RULES } from './copenhagen.data';
import { DISTRICT_RESIDENTS } from './district-residents.data';

/** Inserts the demo reference data; what exists already is left as it is, so a re-run changes nothing. */
export async function seedReferenceData(db: Pool | ClientBase): Promise<void> {
  for (const d of DEPARTMENTS) await db.query('INSERT INTO departments (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [d.code, d.name]);
  for (const d of DISTRICTS) await db.query('INSERT INTO districts (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [d.code, d.name]);
  for (const c of CATEGORIES) await db.query('INSERT INTO categories (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [c.code, c.name]);
  // Only where none is set: a municipality's own boundaries, figures and attributes stay.
  for (const [code, residents] of Object.entries(DISTRICT_RESIDENTS))
    await db.query('UPDATE districts SET residents = $2 WHERE code = $1 AND residents IS NULL', [code, residents]);
  for (const [code, boundary] of Object.entries(DISTRICT_BOUNDARIES))
    await db.query('UPDATE districts SET boundary = $2 WHERE code = $1 AND boundary IS NULL', [code, JSON.stringify(boundary)]);
  for (const [code, attributes] of Object.entries(CATEGORY_OPEN311_ATTRIBUTES))
    await db.query(`UPDATE categories SET open311_attributes = $2 WHERE code = $1 AND open311_attributes = '[]'`, [code, JSON.stringify(attributes)]);
  for (const r of ROUTING_RULES) {
    await db.query(
      'INSERT INTO routing_rules (id, department, category, district, keywords, priority) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
      [r.id, r.department, r.category, r.district, r.keywords, r.priority],
    );
  }
}

export async function hasReferenceData(db: Pool | ClientBase): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM departments LIMIT 1');
  return Boolean(rowCount);
}
