import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { type IdeaCommand, isIdeaEvent } from '@civic/ideas';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { answerIdea, routeIdea, submitIdea } from '../../../ideas/src/testing';
import { findNameSpans } from '../public-status/public-status.masking';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { ensureProjection } from '../runner/generations';
import { rebuildProjection } from '../runner/rebuild';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import type { RowsOf } from '../similar-ideas/similar-ideas.query';
import { recordCommands } from '../testing';
import { InMemoryRoutingCounts } from './routing-model.classifier';
import { foldRoutingExample, type RoutingExample } from './routing-model.example';
import { routingModelProjection } from './routing-model.projection';
import { suggestRoutings } from './routing-model.query';

const DEPARTMENTS = ['TMF', 'KFF', 'SOF'];
let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const projection = routingModelProjection();
const rows: RowsOf = async (statement, values) => (await pool.query(statement, values)).rows;

beforeAll(async () => {
  database = await createTestDatabase('routing_model');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 4);
  await pool.query(`INSERT INTO departments (code, name) VALUES ('TMF', 'Teknik og Miljø'), ('KFF', 'Kultur og Fritid'), ('SOF', 'Social')`);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  await ensureProjection(pool, projection);
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await database?.drop();
});

let day = 0;
const at = () => new Date(Date.UTC(2026, 9, 1, 9) + ++day * 3_600_000).toISOString();
const route = (department: string, routedBy: 'hand' | 'rule' | 'model' = 'hand') => {
  const when = at();
  const respondBy = new Date(Date.parse(when) + 14 * 86_400_000).toISOString();
  return routeIdea({
    at: when,
    department,
    knownDepartments: DEPARTMENTS,
    routedBy,
    ruleId: routedBy === 'rule' ? 'rule-1' : null,
    automatic: routedBy === 'model' ? { confidence: 0.95, words: ['cykelsti'] } : null,
    responseDeadline: { respondBy, workingDays: 10 },
  });
};
async function idea(title: string, description: string, then: IdeaCommand[], o: { category?: string; district?: string } = {}): Promise<string> {
  const id = randomUUID();
  const spans = { title: findNameSpans(title, ['Karen Hansen']), description: findNameSpans(description, ['Karen Hansen']) };
  await recordCommands(store, id, [
    submitIdea({
      at: at(),
      publicCode: `K-${id.slice(0, 8)}`,
      title,
      description,
      category: o.category ?? 'other',
      district: o.district ?? 'valby',
      submitterNameSpans: spans,
    }),
    ...then,
  ]);
  return id;
}

async function catchUp(): Promise<void> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await catchUpToNewest(pool, store, projection, { batchSize: 3 });
}
const tableRows = async (table: string, order: string) =>
  (await pool.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY ${order}`)).rows.map((r) => r.row);
const model = async () => ({
  examples: await tableRows('routing_examples', 'idea_id'),
  features: await tableRows('routing_feature_counts', 'department, feature'),
  departments: await tableRows('routing_department_counts', 'department'),
});

describe('routing_model', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) await idea(`Cykelsti på vej ${i}`, 'Vi mangler en sikker cykelsti og fortov ved skolen.', [route('TMF')]);
    for (let i = 0; i < 3; i++)
      await idea(`Længere åbningstid på biblioteket ${i}`, 'Biblioteket lukker for tidligt; vi vil læse om aftenen.', [
        route('KFF', 'rule'),
        answerIdea({ at: at(), decision: 'accepted', publicAnswer: 'Ja' }),
      ]);
    // A rule sent it to social services; a dispatcher corrected it to culture: the correction is what is learnt.
    ids.corrected = await idea('Koncerter i biblioteket', 'Små koncerter på biblioteket om aftenen.', [route('SOF', 'rule'), route('KFF')]);
    // A rule's routing alone, never confirmed: nothing learnt.
    ids.unconfirmed = await idea('Varmestue', 'Et sted at være om natten.', [route('SOF', 'rule')]);
    ids.personal = await idea('Cykelsti ved Karen Hansen', 'Ring til Karen Hansen om cykelstien.', [route('TMF')]);
    ids.fresh = await idea('Ny cykelsti til skolen', 'Børnene har brug for en sikker cykelsti.', []);
    await catchUp();
  });

  it('learns from routings by hand, re-routings and answers, not from a rule alone', async () => {
    const { departments } = await model();
    expect(departments.map((row) => JSON.parse(row))).toEqual([
      { department: 'KFF', examples: 4, features: expect.any(Number) },
      { department: 'TMF', examples: 5, features: expect.any(Number) },
    ]);
    const labels = (
      await pool.query(`SELECT idea_id, label, label_source FROM routing_examples WHERE idea_id = ANY($1::uuid[])`, [[ids.corrected, ids.unconfirmed]])
    ).rows;
    expect(labels).toEqual(
      expect.arrayContaining([
        { idea_id: ids.corrected, label: 'KFF', label_source: 're-routed' },
        { idea_id: ids.unconfirmed, label: null, label_source: null },
      ]),
    );
  });

  it('suggests the department with its confidence and the words that weighed most', async () => {
    const { suggestion, learntFrom } = (await suggestRoutings(rows, [ids.fresh])).get(ids.fresh)!;
    expect(learntFrom).toBe(9);
    expect(suggestion).toMatchObject({ department: 'TMF' });
    expect(suggestion!.confidence).toBeGreaterThan(0.9);
    expect(suggestion!.reasons.map((reason) => reason.feature)).toContain('cykelsti');
    expect(suggestion!.ranking.map((r) => r.department)).toEqual(['TMF', 'KFF']);
  });

  it('keeps personal data out of the features', async () => {
    const features = (await pool.query(`SELECT features::text AS f FROM routing_examples`)).rows.map((r) => r.f).join(' ');
    expect(features).not.toMatch(/karen|hansen/i);
    expect(features).not.toMatch(/fjernet/);
  });

  it('moves the counts when a routing is corrected: the old department unlearns the idea', async () => {
    const before = (await pool.query(`SELECT count FROM routing_feature_counts WHERE department = 'TMF' AND feature = 'cykelsti'`)).rows[0].count;
    await recordCommands(store, ids.personal, [route('KFF')]);
    await catchUp();
    const after = (await pool.query(`SELECT department, count FROM routing_feature_counts WHERE feature = 'cykelsti' ORDER BY department`)).rows;
    expect(after).toEqual([
      { department: 'KFF', count: 1 },
      { department: 'TMF', count: before - 1 },
    ]);
  });

  it('never learns from its own automatic routings, only from a person correcting one or the department answering it', async () => {
    const before = await model();
    // Suppose the model sent three cycle-path ideas to culture: were that learnt, each would make the next such routing surer.
    const automatic: string[] = [];
    for (let i = 0; i < 3; i++) automatic.push(await idea(`Cykelsti nr. ${i}`, 'En sikker cykelsti til skolen.', [route('KFF', 'model')]));
    await catchUp();
    const after = await model();
    expect(after.features).toEqual(before.features);
    expect(after.departments).toEqual(before.departments);
    const labels = (await pool.query(`SELECT department, label FROM routing_examples WHERE idea_id = ANY($1::uuid[])`, [automatic])).rows;
    expect(labels).toEqual([...Array(3)].map(() => ({ department: 'KFF', label: null })));

    // A dispatcher corrects one, the department answers another: those are people's decisions, and learnt.
    await recordCommands(store, automatic[0]!, [route('TMF')]);
    await recordCommands(store, automatic[1]!, [answerIdea({ at: at(), decision: 'accepted', publicAnswer: 'Ja' })]);
    await catchUp();
    const learnt = (await pool.query(`SELECT idea_id, label, label_source FROM routing_examples WHERE idea_id = ANY($1::uuid[])`, [automatic])).rows;
    expect(learnt).toEqual(
      expect.arrayContaining([
        { idea_id: automatic[0], label: 'TMF', label_source: 're-routed' },
        { idea_id: automatic[1], label: 'KFF', label_source: 'answered' },
        { idea_id: automatic[2], label: null, label_source: null },
      ]),
    );
  });

  it('a rebuild from zero reproduces the same model, and so does training in memory from the same events', async () => {
    const live = await model();
    await rebuildProjection(pool, store, projection, { batchSize: 5 });
    expect(await model()).toEqual(live);

    const examples = new Map<string, RoutingExample>();
    for (const event of (await store.readAll({ maxCount: 10_000 })).filter(isIdeaEvent) as StoredIdeaEvent[]) {
      const id = event.streamId.replace(/^idea-/, '');
      const next = foldRoutingExample(examples.get(id), event);
      if (next) examples.set(id, { ...next, last_revision: event.streamRevision });
    }
    const counts = new InMemoryRoutingCounts();
    for (const example of examples.values()) if (example.label) counts.add(example.label, example.features);
    const inMemory = [...counts.featureCounts].flatMap(([department, features]) => [...features].map(([feature, count]) => ({ department, feature, count })));
    expect(live.features.map((row) => JSON.parse(row))).toEqual(
      inMemory.sort((a, b) => (a.department + '\u0000' + a.feature < b.department + '\u0000' + b.feature ? -1 : 1)),
    );
  });
});
