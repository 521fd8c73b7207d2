import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, type Repository } from 'typeorm';
import { PostgresEventStore } from '@civic/event-store';
import type { IdeaCommand } from '@civic/ideas';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import {
  answerIdea,
  askCitizen,
  assignIdea,
  completeImplementation,
  diagnoseIdea,
  markDuplicate,
  provideInformation,
  recordProgress,
  routeIdea,
  submitIdea,
  withdrawIdea,
} from '../../../ideas/src/testing';
import { findNameSpans } from './public-status.masking';
import { catchUpProjection } from '../runner/catch-up';
import { activeGeneration, ensureProjection, inTransaction, tableNames } from '../runner/generations';
import type { Projection } from '../runner/projection';
import { rebuildProjection } from '../runner/rebuild';
import { MASKS } from './public-status.masking';
import { decodePublicListCursor } from './public-status.cursor';
import { PublicStatusEntity } from './public-status.table';
import { publicStatusProjection } from './public-status.projection';
import { similarIdeasProjection } from '../similar-ideas/similar-ideas.projection';
import { matchesSearch } from '../similar-ideas/similar-ideas.table';
import { findPublicIdea, listPublicIdeas, type PublicIdeaFilters } from './public-status.query';
import type { PublicIdeaListItem } from './public-status.view';
import { recordCommands } from '../testing';

const DEPARTMENTS = ['TMF', 'SOF', 'KFF'];

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let dataSource: DataSource;
let ideas: Repository<PublicStatusEntity>;
let projection: Projection;
const searchProjection = similarIdeasProjection();

beforeAll(async () => {
  database = await createTestDatabase('public_status');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 8, { options: '-c idle_in_transaction_session_timeout=5000' });
  await pool.query(
    `INSERT INTO departments (code, name) VALUES ('TMF', 'Teknik- og Miljøforvaltningen'), ('SOF', 'Socialforvaltningen'), ('KFF', 'Kultur- og Fritidsforvaltningen')`,
  );
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  projection = publicStatusProjection();
  await ensureProjection(pool, projection);
  // The list's text search reads its matches from similar_ideas.
  await ensureProjection(pool, searchProjection);
  dataSource = new DataSource({ type: 'postgres', url: database.url, entities: [PublicStatusEntity], extra: { max: 2 } });
  await dataSource.initialize();
  ideas = dataSource.getRepository(PublicStatusEntity);
});
afterAll(async () => {
  await dataSource?.destroy();
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const record = (ideaId: string, commands: IdeaCommand[]) => recordCommands(store, ideaId, commands, 'handler-anna');

let codes = 0;
const submit = (at: string, o: Partial<Parameters<typeof submitIdea>[0]> = {}) =>
  submitIdea({
    at,
    publicCode: `K-2026-${String(++codes).padStart(6, '0')}`,
    description: 'En god idé for byen.',
    category: 'traffic',
    district: 'amager-oest',
    ...o,
  });
/** The deadline is internal and never public: any date after the routing will do. */
const route = (at: string, department: string) =>
  routeIdea({
    at,
    department,
    knownDepartments: DEPARTMENTS,
    reason: 'Internal: Lars from roads said so',
    responseDeadline: { respondBy: new Date(Date.parse(at) + 14 * 86_400_000).toISOString(), workingDays: 10 },
  });

/** $all shows an event once every older transaction has ended; then the projection takes everything in. */
async function catchUp(batchSize?: number): Promise<number> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await catchUpProjection(pool, store, searchProjection);
  return catchUpProjection(pool, store, projection, { batchSize });
}

async function rowsOf(table = 'public_status') {
  return (await pool.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY idea_id`)).rows.map((r) => r.row);
}

const list = (filters: PublicIdeaFilters = {}, limit = 100) => listPublicIdeas(ideas, { filters, limit, after: null });

/** Follows nextCursor to the end, the way a client would. */
async function walk(limit: number, filters: PublicIdeaFilters = {}): Promise<PublicIdeaListItem[]> {
  const items: PublicIdeaListItem[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const result = await listPublicIdeas(ideas, { filters, limit, after: cursor === null ? null : decodePublicListCursor(cursor) });
    expect(result.items.length).toBeLessThanOrEqual(limit);
    items.push(...result.items);
    if (result.nextCursor === null) return items;
    cursor = result.nextCursor;
  }
  throw new Error('pagination did not end');
}

const PERSONAL = [
  'Karen Hansen',
  'karen@example.dk',
  'karen.privat@example.dk',
  '12 34 56 78',
  '87654321',
  '010203-1234',
  '0102031234',
  'handler-anna',
  'Lars',
  'budget line',
  'Flytter',
  'nordsiden',
];

describe('public status projection on PostgreSQL', () => {
  const ids = {
    answered: randomUUID(),
    implemented: randomUUID(),
    withdrawn: randomUUID(),
    original: randomUUID(),
    duplicate: randomUUID(),
    fresh: randomUUID(),
  };

  beforeAll(async () => {
    // The contact itself is sealed; the submit handler finds the name's spans as here.
    const [title, description] = ['Cykelstien langs Amager Strandvej – Karen Hansen', 'Skriv til karen@example.dk eller ring 12 34 56 78. CPR 010203-1234.'];
    const submitterNameSpans = { title: findNameSpans(title, ['Karen Hansen']), description: findNameSpans(description, ['Karen Hansen']) };
    await record(ids.answered, [
      submit('2026-11-02T09:00:00.000Z', { title, description, submitterNameSpans }),
      route('2026-11-02T10:00:00.000Z', 'TMF'),
      assignIdea({ at: '2026-11-03T08:00:00.000Z', assignee: 'handler-anna' }),
      diagnoseIdea({ at: '2026-11-04T08:00:00.000Z', notes: 'Internal: budget line 4.2, Karen Hansen 0102031234' }),
      askCitizen({ at: '2026-11-05T08:00:00.000Z', question: 'Karen, hvilken side? Ring 87654321' }),
      provideInformation({ at: '2026-11-06T08:00:00.000Z', answer: 'Den på nordsiden, mvh Karen Hansen, karen@example.dk' }),
      answerIdea({
        at: '2026-11-09T08:00:00.000Z',
        decision: 'declined',
        publicAnswer: 'Vi har ikke budget i 2026. Spørgsmål: vej@kk.example.dk eller 33 66 33 66.',
      }),
    ]);
    await record(ids.implemented, [
      submit('2026-11-03T09:00:00.000Z', {
        title: 'Bænke ved søerne',
        description: 'Flere bænke langs Sortedams Sø.',
        category: 'parks-nature',
        district: 'oesterbro',
      }),
      route('2026-11-03T10:00:00.000Z', 'TMF'),
      answerIdea({ at: '2026-11-10T08:00:00.000Z', decision: 'accepted', publicAnswer: 'Vi sætter fire bænke op.' }),
      recordProgress({ at: '2026-11-20T08:00:00.000Z', note: 'Bestilt. Leverandør: +46 70 123 45 67', percentComplete: 40 }),
      completeImplementation({ at: '2026-12-01T08:00:00.000Z', note: 'Fire bænke står ved søen.' }),
    ]);
    await record(ids.withdrawn, [
      submit('2026-11-04T09:00:00.000Z', { title: 'Varmestue', category: 'social' }),
      withdrawIdea({ at: '2026-11-05T09:00:00.000Z', reason: 'Flytter til Aarhus' }),
    ]);
    await record(ids.original, [
      submit('2026-11-05T09:00:00.000Z', { title: 'Cykelparkering ved Nørreport', district: 'indre-by' }),
      route('2026-11-05T10:00:00.000Z', 'TMF'),
    ]);
    await record(ids.duplicate, [
      submit('2026-11-06T09:00:00.000Z', { title: 'Flere cykelstativer ved Nørreport', district: 'indre-by' }),
      markDuplicate({ at: '2026-11-06T12:00:00.000Z', duplicateOf: ids.original, duplicateOfExists: true }),
    ]);
    await record(ids.fresh, [submit('2026-11-07T09:00:00.000Z', { title: 'Legeplads i Valby', category: 'culture-leisure', district: 'valby' })]);
    await catchUp(3);
  });

  it('turns events into one public row per idea', async () => {
    const rows = new Map((await rowsOf()).map((row) => [row.idea_id, row]));
    expect(rows.size).toBe(6);
    expect(rows.get(ids.answered)).toMatchObject({
      public_code: 'K-2026-000001',
      title: `Cykelstien langs Amager Strandvej – ${MASKS.name}`,
      description: `Skriv til ${MASKS.email} eller ring ${MASKS.phone}. CPR ${MASKS.cpr}.`,
      status: 'answered',
      decision: 'declined',
      department_code: 'TMF',
      public_answer: `Vi har ikke budget i 2026. Spørgsmål: ${MASKS.email} eller ${MASKS.phone}.`,
      last_revision: 6,
    });
    expect(rows.get(ids.answered).timeline.map((entry: { step: string }) => entry.step)).toEqual(['received', 'routed', 'assessed', 'answered']);
    expect(rows.get(ids.implemented)).toMatchObject({ status: 'implemented', implementation_percent: 100 });
    expect(rows.get(ids.implemented).timeline[3]).toEqual({
      step: 'implementation_progress',
      at: '2026-11-20T08:00:00.000Z',
      text: `Bestilt. Leverandør: ${MASKS.phone}`,
      percentComplete: 40,
    });
    expect(rows.get(ids.withdrawn)).toMatchObject({ status: 'withdrawn' });
    expect(rows.get(ids.duplicate)).toMatchObject({ status: 'duplicate', duplicate_of: ids.original });
    expect(rows.get(ids.fresh)).toMatchObject({ status: 'received', department_code: null });
  });

  it('holds no personal data at all: not in any column of any row', async () => {
    const { rows } = await pool.query('SELECT to_jsonb(t)::text AS text FROM public_status t');
    const everything = rows.map((r) => r.text).join('\n');
    for (const personal of PERSONAL) expect(everything).not.toContain(personal);
    expect(everything).not.toMatch(/Aarhus|Sortedams Sø.*karen|sha256/);
  });

  it('shows one idea by its public code, with the code of the idea a duplicate was merged into', async () => {
    const answered = await findPublicIdea(ideas, 'K-2026-000001');
    expect(answered).toMatchObject({
      publicCode: 'K-2026-000001',
      status: 'answered',
      statusText: { da: 'Besvaret', en: 'Answered' },
      department: { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
      decision: 'declined',
      decisionText: { da: 'Idéen bliver ikke gennemført', en: 'The idea will not be carried out' },
      receivedAt: '2026-11-02T09:00:00.000Z',
      routedAt: '2026-11-02T10:00:00.000Z',
      answeredAt: '2026-11-09T08:00:00.000Z',
      duplicateOf: null,
    });
    expect(answered?.timeline[1]).toEqual({
      step: 'routed',
      at: '2026-11-02T10:00:00.000Z',
      department: { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
      label: { da: 'Sendt til Teknik- og Miljøforvaltningen', en: 'Sent to Teknik- og Miljøforvaltningen' },
    });
    expect(await findPublicIdea(ideas, 'K-2026-000005')).toMatchObject({
      status: 'duplicate',
      statusText: { da: 'Samlet med en anden idé' },
      duplicateOf: 'K-2026-000004',
    });
    expect(await findPublicIdea(ideas, 'K-2026-999999')).toBeNull();
  });

  it('lists newest first, filters by status, district and category, and finds words in title and description', async () => {
    expect((await list()).items.map((i) => i.publicCode)).toEqual([
      'K-2026-000006',
      'K-2026-000005',
      'K-2026-000004',
      'K-2026-000003',
      'K-2026-000002',
      'K-2026-000001',
    ]);
    expect((await list({ status: 'withdrawn' })).items.map((i) => i.publicCode)).toEqual(['K-2026-000003']);
    expect((await list({ district: 'indre-by' })).items.map((i) => i.publicCode)).toEqual(['K-2026-000005', 'K-2026-000004']);
    expect((await list({ district: 'indre-by' })).items[0].duplicateOf).toBe('K-2026-000004');
    expect((await list({ category: 'parks-nature', status: 'implemented' })).items.map((i) => i.publicCode)).toEqual(['K-2026-000002']);
    expect((await list({ district: 'no-such-district' })).items).toEqual([]);
    const codes = async (text: string) => (await list({ text })).items.map((i) => i.publicCode);
    expect(await codes('cykelsti')).toEqual(['K-2026-000001']); // full text: "Cykelstien" stems to cykelsti
    expect(await codes('cykelstier')).toEqual(['K-2026-000001']); // and so does the plural
    expect(await codes('cykel')).toEqual(['K-2026-000005', 'K-2026-000004', 'K-2026-000001']); // the start of compounds
    expect(await codes('SORTEDAMS sø')).toEqual(['K-2026-000002']); // the description, any case, every word
    expect(await codes('sortedams cykel')).toEqual([]);
    expect(await codes('k-2026-000003')).toEqual(['K-2026-000003']); // a public code
    expect(await codes('100%')).toEqual([]);
    expect(await codes('%')).toEqual([]);
    expect(await codes('karen@example.dk')).toEqual([]);
    expect(await codes('Karen')).toEqual([]);
  });

  it('pages newest first by an opaque keyset cursor, each idea exactly once', async () => {
    const all = await walk(2);
    expect(all.map((i) => i.publicCode)).toEqual((await list()).items.map((i) => i.publicCode));
    const first = await list({}, 2);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect((await list({}, 1000)).nextCursor).toBeNull();
    expect(all[0]).toEqual({
      publicCode: 'K-2026-000006',
      title: 'Legeplads i Valby',
      excerpt: 'En god idé for byen.',
      category: 'culture-leisure',
      district: 'valby',
      status: 'received',
      statusText: { da: 'Modtaget', en: 'Received' },
      department: null,
      decision: null,
      duplicateOf: null,
      position: { lat: 55.71, lon: 12.5 },
      receivedAt: '2026-11-07T09:00:00.000Z',
      updatedAt: '2026-11-07T09:00:00.000Z',
      hiddenText: null,
    });
  });

  it('changes nothing when the same events are applied again (replay)', async () => {
    const before = await rowsOf();
    expect(await catchUp()).toBe(0);
    const { generation } = await activeGeneration(pool, projection.name);
    const everything = await store.readAll({ maxCount: 100_000 });
    await inTransaction(pool, (tx) => projection.applyBatch(tx, everything, tableNames(projection, generation)));
    await inTransaction(pool, (tx) => projection.applyBatch(tx, everything.slice(5), tableNames(projection, generation)));
    expect(await rowsOf()).toEqual(before);
  });

  it('builds exactly the same rows when rebuilt from position 0 as it did incrementally', async () => {
    // More life after the first catch-up, taken in one event at a time.
    await record(ids.fresh, [
      route('2026-11-08T09:00:00.000Z', 'KFF'),
      route('2026-11-09T09:00:00.000Z', 'SOF'),
      diagnoseIdea({ at: '2026-11-10T09:00:00.000Z' }),
    ]);
    await record(ids.original, [assignIdea({ at: '2026-11-08T09:00:00.000Z', assignee: 'handler-bo' })]);
    await catchUp(1);
    const incremental = await rowsOf();
    expect(incremental.find((row) => row.idea_id === ids.fresh)).toMatchObject({ status: 'diagnosed', department_code: 'SOF' });
    // Reference data changes between the live fold and the rebuild: the rows must not notice, the page must.
    await pool.query("UPDATE departments SET name = 'Borgerforvaltningen' WHERE code = 'SOF'");
    await pool.query("UPDATE departments SET name = 'Kulturforvaltningen' WHERE code = 'KFF'");

    const before = await activeGeneration(pool, projection.name);
    const result = await rebuildProjection(pool, store, projection);
    expect(result.generation).toBe(before.generation + 1);
    expect(await rowsOf(`public_status_g${result.generation}`)).toEqual(incremental);
    expect(await rowsOf()).toEqual(incremental); // the view now reads the new generation
    expect(await findPublicIdea(ideas, 'K-2026-000005')).toMatchObject({ duplicateOf: 'K-2026-000004' });

    // Names are joined when read: today's name on the idea, in its timeline (an earlier department's too) and in the list.
    const page = await findPublicIdea(ideas, 'K-2026-000006');
    expect(page?.department).toEqual({ code: 'SOF', name: 'Borgerforvaltningen' });
    expect(page?.timeline.filter((entry) => entry.step === 'routed').map((entry) => [entry.department, entry.label.da])).toEqual([
      [{ code: 'KFF', name: 'Kulturforvaltningen' }, 'Sendt til Kulturforvaltningen'],
      [{ code: 'SOF', name: 'Borgerforvaltningen' }, 'Sendt til Borgerforvaltningen'],
    ]);
    expect((await list()).items.find((item) => item.publicCode === 'K-2026-000006')?.department).toEqual({ code: 'SOF', name: 'Borgerforvaltningen' });
    // A department no longer in the reference data shows its code.
    await pool.query("UPDATE departments SET code = 'SOF2' WHERE code = 'SOF'");
    try {
      expect((await findPublicIdea(ideas, 'K-2026-000006'))?.department).toEqual({ code: 'SOF', name: 'SOF' });
    } finally {
      await pool.query("UPDATE departments SET code = 'SOF' WHERE code = 'SOF2'");
    }
  });

  it("uses its indexes: the public code lookup, the newest-first keyset, and similar_ideas' for the full-text search", async () => {
    await pool.query('ANALYZE');
    const plan = async (sql: string, values: unknown[]) => {
      const client = await pool.connect();
      try {
        await client.query('SET enable_seqscan = off');
        return JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, values)).rows);
      } finally {
        await client.query('RESET enable_seqscan');
        client.release();
      }
    };
    const { generation } = await activeGeneration(pool, projection.name);
    const table = `public_status_g${generation}`;
    expect(await plan('SELECT * FROM public_status WHERE public_code = $1', ['K-2026-000001'])).toContain(`${table}_public_code`);
    expect(await plan('SELECT * FROM public_status ORDER BY received_at DESC, idea_id DESC LIMIT 21', [])).toContain(`${table}_received`);
    const search = await activeGeneration(pool, searchProjection.name);
    expect(await plan(`SELECT idea_id FROM similar_ideas WHERE ${matchesSearch('search_document', '$1')}`, ["'cykel':*"])).toContain(
      `similar_ideas_g${search.generation}_search_document`,
    );
  });

  it('breaks ties in received_at by idea id while paging, so ideas received at the same moment are neither lost nor repeated', async () => {
    const sameMoment = '2026-10-01T00:00:00.000Z';
    const tied = Array.from({ length: 7 }, () => randomUUID());
    for (const id of tied) await record(id, [submit(sameMoment, { district: 'bispebjerg' })]);
    await catchUp();
    for (const limit of [1, 2, 3, 7]) {
      const walked = await walk(limit, { district: 'bispebjerg' });
      expect(walked.map((i) => i.publicCode)).toEqual((await list({ district: 'bispebjerg' })).items.map((i) => i.publicCode));
      expect(new Set(walked.map((i) => i.publicCode)).size).toBe(tied.length);
    }
    const everything = await walk(4);
    expect(new Set(everything.map((i) => i.publicCode)).size).toBe(everything.length);
    expect(everything).toHaveLength((await list({}, 100)).items.length);
  });
});
