import type { StoredEvent } from '@civic/event-store';
import { ideaEventsOfBatch } from '../runner/idea-events-of-batch';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldRoutingExample, type RoutingExample } from './routing-model.example';
import { ROUTING_DEPARTMENT_COUNTS, ROUTING_EXAMPLES, ROUTING_FEATURE_COUNTS, ROUTING_MODEL, routingModelTables } from './routing-model.table';

const ROWS_PER_STATEMENT = 2000;

/**
 * The routing model as a read model: each batch folds the examples it touches
 * (pure, see foldRoutingExample), then moves the counts by the difference
 * between what each example contributed before and after, in the batch's
 * transaction with the checkpoint. Counting is exact (integers), so a rebuild
 * from zero reproduces the model to the last count.
 */
export class RoutingModelProjection implements Projection {
  readonly name = ROUTING_MODEL;
  readonly tables = [ROUTING_EXAMPLES, ROUTING_FEATURE_COUNTS, ROUTING_DEPARTMENT_COUNTS];

  async createTables(sql: SqlExecutor, tables: TableNames): Promise<void> {
    await sql.query(routingModelTables(tables));
  }

  async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames): Promise<void> {
    const { events: ideaEvents, ideaIds } = ideaEventsOfBatch(events);
    if (ideaEvents.length === 0) return;
    const ids = [...new Set(ideaIds)];
    const { rows: existing } = await sql.query<{ row: RoutingExample }>(
      `SELECT to_jsonb(t) AS row FROM ${tables[ROUTING_EXAMPLES]} t WHERE idea_id = ANY($1::uuid[])`,
      [ids],
    );
    const before = new Map(existing.map(({ row }) => [row.idea_id, row]));
    const after = new Map(before);
    const changed = new Set<string>();
    for (const [i, event] of ideaEvents.entries()) {
      const id = ideaIds[i];
      const row = after.get(id);
      if (row && event.streamRevision <= row.last_revision) continue;
      const next = foldRoutingExample(row, event);
      if (!next) continue;
      after.set(id, { ...next, last_revision: event.streamRevision });
      changed.add(id);
    }
    if (changed.size === 0) return;
    const delta = new CountDelta();
    for (const id of changed) {
      const old = before.get(id);
      const now = after.get(id)!;
      if (old?.label) delta.add(old.label, old.features, -1);
      if (now.label) delta.add(now.label, now.features, 1);
    }
    const rows = [...changed].map((id) => after.get(id)!);
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await sql.query(
        `INSERT INTO ${tables[ROUTING_EXAMPLES]} SELECT * FROM jsonb_populate_recordset(NULL::${tables[ROUTING_EXAMPLES]}, $1::jsonb)
         ON CONFLICT (idea_id) DO UPDATE SET last_revision = EXCLUDED.last_revision, features = EXCLUDED.features, department = EXCLUDED.department,
           label = EXCLUDED.label, label_source = EXCLUDED.label_source, received_at = EXCLUDED.received_at`,
        [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))],
      );
    }
    await delta.write(sql, tables);
  }
}

/** How a batch moves the counts; zero changes are dropped before they are written. */
class CountDelta {
  /** Per department, per feature (a rebuild adds millions: a map each, not a composite key per count). */
  private readonly features = new Map<string, Map<string, number>>();
  private readonly departments = new Map<string, { examples: number; features: number }>();

  add(department: string, features: readonly string[], sign: 1 | -1): void {
    const d = this.departments.get(department) ?? { examples: 0, features: 0 };
    d.examples += sign;
    d.features += sign * features.length;
    this.departments.set(department, d);
    let counts = this.features.get(department);
    if (!counts) this.features.set(department, (counts = new Map()));
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + sign);
  }

  async write(sql: SqlExecutor, tables: TableNames): Promise<void> {
    const features = [...this.features].flatMap(([department, counts]) =>
      [...counts].filter(([, n]) => n !== 0).map(([feature, n]) => ({ department, feature, count: n })),
    );
    const departments = [...this.departments].filter(([, d]) => d.examples !== 0 || d.features !== 0).map(([department, d]) => ({ department, ...d }));
    const featureTable = tables[ROUTING_FEATURE_COUNTS];
    for (let i = 0; i < features.length; i += ROWS_PER_STATEMENT) {
      await sql.query(
        `INSERT INTO ${featureTable} AS t SELECT * FROM jsonb_populate_recordset(NULL::${featureTable}, $1::jsonb)
         ON CONFLICT (department, feature) DO UPDATE SET count = t.count + EXCLUDED.count`,
        [JSON.stringify(features.slice(i, i + ROWS_PER_STATEMENT))],
      );
    }
    if (features.length > 0) await sql.query(`DELETE FROM ${featureTable} WHERE count = 0`);
    if (departments.length > 0) {
      const departmentTable = tables[ROUTING_DEPARTMENT_COUNTS];
      await sql.query(
        `INSERT INTO ${departmentTable} AS t SELECT * FROM jsonb_populate_recordset(NULL::${departmentTable}, $1::jsonb)
         ON CONFLICT (department) DO UPDATE SET examples = t.examples + EXCLUDED.examples, features = t.features + EXCLUDED.features`,
        [JSON.stringify(departments)],
      );
      await sql.query(`DELETE FROM ${departmentTable} WHERE examples = 0`);
    }
  }
}

/** Which department an idea belongs to, learnt from the routing decisions in the history (GET /ideas/{id}/routing-suggestion, the triage inbox). */
export function routingModelProjection(): Projection {
  return new RoutingModelProjection();
}
