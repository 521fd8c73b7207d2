import type { ClientBase, Pool } from 'pg';
import { CATEGORIES, DEPARTMENTS, DISTRICTS, ROUTING_RULES } from './copenhagen.data';

/** Inserts the demo reference data; what exists already is left as it is, so a re-run changes nothing. */
export async function seedReferenceData(db: Pool | ClientBase): Promise<void> {
  for (const d of DEPARTMENTS) await db.query('INSERT INTO departments (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [d.code, d.name]);
  for (const d of DISTRICTS) await db.query('INSERT INTO districts (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [d.code, d.name]);
  for (const c of CATEGORIES) await db.query('INSERT INTO categories (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [c.code, c.name]);
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
