import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { foldRoutingExample, type RoutingExample } from './routing-model.example';
import { ROUTING_DEPARTMENT_COUNTS, ROUTING_EXAMPLES, ROUTING_FEATURE_COUNTS, ROUTING_MODEL, routingModelTables } from './routing-model.table';

const ROWS_PER_STATEMENT = 2000;

/**
 * The routing model as a read model: one example per idea (pure, see
 * foldRoutingExample); the counts move by the difference between what each
 * changed example contributed before and after, in the transaction that
 * writes the examples. Counting is exact (integers), so a rebuild from zero
 * reproduces the model to the last count.
 */
export const routingModelModel: IdeaRowModel<RoutingExample, Record<string, never>> = {
  name: ROUTING_MODEL,
  rowTable: ROUTING_EXAMPLES,
  extraTables: [ROUTING_FEATURE_COUNTS, ROUTING_DEPARTMENT_COUNTS],
  createTable: (_table, tables) => routingModelTables(tables),
  async loadContext() {
    return {};
  },
  fold: (row, event) => foldRoutingExample(row, event),
  async afterWrite(sql, changes, tables) {
    const delta = new CountDelta();
    for (const { before, after } of changes) {
      if (before?.label) delta.add(before.label, before.features, -1);
      if (after.label) delta.add(after.label, after.features, 1);
    }
    await delta.write(sql, tables);
  },
  afterLoad: (sql, tables) => countAll(sql, tables),
};

/** Which department an idea belongs to, learnt from the routing decisions in the history (GET /ideas/{id}/routing-suggestion, the triage inbox). */
export function routingModelProjection(): Projection {
  return new IdeaRowProjection(routingModelModel);
}

/** A rebuild's counts, from all its examples at once: what afterWrite leaves them at, example by example (a feature listed twice counts twice). */
async function countAll(sql: SqlExecutor, tables: TableNames): Promise<void> {
  const examples = tables[ROUTING_EXAMPLES];
  await sql.query(
    `INSERT INTO ${tables[ROUTING_FEATURE_COUNTS]} (department, feature, count)
     SELECT e.label, f.feature, count(*) FROM ${examples} e, jsonb_array_elements_text(e.features) AS f(feature)
      WHERE e.label IS NOT NULL GROUP BY e.label, f.feature`,
  );
  await sql.query(
    `INSERT INTO ${tables[ROUTING_DEPARTMENT_COUNTS]} (department, examples, features)
     SELECT label, count(*), sum(jsonb_array_length(features)) FROM ${examples} WHERE label IS NOT NULL GROUP BY label`,
  );
}

/** How a write moves the counts; zero changes are dropped before they are written. */
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
