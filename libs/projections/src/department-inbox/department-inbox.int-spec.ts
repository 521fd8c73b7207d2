import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, type Repository } from 'typeorm';
import { PostgresEventStore } from '@civic/event-store';
import { type IdeaCommand, type IdeaEvent, ideaStreamId } from '@civic/ideas';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import {
  answerIdea,
  assignIdea,
  deadlineMissed,
  recordMissedDeadline,
  routed,
  routeIdea,
  submitIdea,
  submitted,
  withdrawIdea,
} from '../../../ideas/src/testing';
import { catchUpProjection } from '../runner/catch-up';
import { activeGeneration, ensureProjection, inTransaction, tableNames } from '../runner/generations';
import type { Projection } from '../runner/projection';
import { rebuildProjection } from '../runner/rebuild';
import { departmentInboxProjection } from './department-inbox.projection';
import { type InboxFilters, type InboxItem, queryInbox } from './department-inbox.query';
import { decodeInboxCursor, INBOX_SORTS, type InboxSort, INBOX_SORT_ORDERS, type InboxSortOrder } from './department-inbox.cursor';
import { DepartmentInboxEntity } from './department-inbox.table';
import { recordCommands } from '../testing';

const DEPARTMENTS = ['TMF', 'SOF', 'KFF'];
/** The departments' rules as seeded below: what the API dates a routing with. */
const RESPONSE_WORKING_DAYS: Record<string, number> = { TMF: 10, SOF: 5, KFF: 10 };
const TUESDAY = '2026-11-24T10:00:00.000Z';
const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let dataSource: DataSource;
let inbox: Repository<DepartmentInboxEntity>;
let projection: Projection;

beforeAll(async () => {
  database = await createTestDatabase('department_inbox');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 8, { options: '-c idle_in_transaction_session_timeout=5000' });
  await pool.query(`INSERT INTO departments (code, name, response_working_days) VALUES ('TMF', 'Teknik', 10), ('SOF', 'Social', 5), ('KFF', 'Kultur', 10)`);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  projection = departmentInboxProjection(calendar);
  await ensureProjection(pool, projection);
  dataSource = new DataSource({ type: 'postgres', url: database.url, entities: [DepartmentInboxEntity], extra: { max: 2 } });
  await dataSource.initialize();
  inbox = dataSource.getRepository(DepartmentInboxEntity);
});
afterAll(async () => {
  await dataSource?.destroy();
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const record = (ideaId: string, commands: IdeaCommand[]) => recordCommands(store, ideaId, commands);

const submit = (at: string, o: Partial<Parameters<typeof submitIdea>[0]> = {}) => submitIdea({ at, publicCode: `K-${randomUUID().slice(0, 8)}`, ...o });
/** As the API routes: the deadline dated by the receiving department's rule (the domain keeps the first on a re-routing). */
const route = (at: string, department: string) =>
  routeIdea({
    at,
    department,
    knownDepartments: DEPARTMENTS,
    responseDeadline: {
      respondBy: calendar.addWorkingDays(new Date(at), RESPONSE_WORKING_DAYS[department]).toISOString(),
      workingDays: RESPONSE_WORKING_DAYS[department],
    },
  });

/** Appends events as they are, bypassing decide: for histories recorded before events carried their deadline. */
async function appendRaw(ideaId: string, expectedRevision: number | 'no_stream', events: IdeaEvent[], actor = 'test'): Promise<void> {
  await store.appendToStream(
    ideaStreamId(ideaId),
    events.map((event) => ({
      type: event.type,
      data: { ...event.data, ideaId },
      metadata: { correlationId: randomUUID(), causationId: null, actor, occurredAt: event.data.at, schemaVersion: 1 },
    })),
    { expectedRevision },
  );
}

/** An IdeaRouted as recorded before routings carried respondBy. */
function legacyRouted(at: string, department: string, previousDepartment: string | null = null): IdeaEvent {
  const { respondBy: _respondBy, responseWorkingDays: _workingDays, ...data } = routed({ at, department, previousDepartment }).data;
  return { type: 'IdeaRouted', data };
}

/** $all shows an event once every older transaction has ended; then the projection takes everything in. */
async function catchUp(): Promise<number> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return catchUpProjection(pool, store, projection);
}

async function rowsOf(table = 'department_inbox') {
  return (await pool.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY idea_id`)).rows.map((r) => r.row);
}

async function page(department: string | null, options: { sort?: InboxSort; order?: InboxSortOrder; filters?: InboxFilters; limit?: number; now?: Date } = {}) {
  const sort = options.sort ?? 'dueAt';
  return queryInbox(inbox, {
    department,
    filters: options.filters ?? {},
    sort,
    order: options.order ?? 'asc',
    limit: options.limit ?? 100,
    after: null,
    now: options.now ?? new Date(TUESDAY),
  });
}

/** Follows nextCursor to the end, the way a client would. */
async function walk(department: string | null, sort: InboxSort, order: InboxSortOrder, limit: number, filters: InboxFilters = {}): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const after = cursor === null ? null : decodeInboxCursor(cursor, sort, order);
    const result = await queryInbox(inbox, { department, filters, sort, order, limit, after, now: new Date(TUESDAY) });
    items.push(...result.items);
    expect(result.items.length).toBeLessThanOrEqual(limit);
    if (result.nextCursor === null) return items;
    cursor = result.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('department inbox projection on PostgreSQL', () => {
  const ids = { triage: randomUUID(), roads: randomUUID(), social: randomUUID(), declined: randomUUID(), withdrawn: randomUUID(), accepted: randomUUID() };

  beforeAll(async () => {
    await record(ids.triage, [submit(TUESDAY, { title: 'Bænke ved søerne', category: 'other', district: 'oesterbro' })]);
    await record(ids.roads, [
      submit(TUESDAY, { title: 'Cykelsti langs Amager Strandvej', category: 'traffic', district: 'amager-oest' }),
      route(TUESDAY, 'TMF'),
    ]);
    await record(ids.social, [
      submit(TUESDAY, { title: 'Varmestue om vinteren', category: 'social' }),
      route(TUESDAY, 'SOF'),
      assignIdea({ at: '2026-11-25T08:00:00.000Z', assignee: 'handler-sif' }),
    ]);
    await record(ids.declined, [submit(TUESDAY), route(TUESDAY, 'TMF'), answerIdea({ at: '2026-11-26T08:00:00.000Z', decision: 'declined' })]);
    await record(ids.withdrawn, [submit(TUESDAY), withdrawIdea({ at: '2026-11-25T08:00:00.000Z' })]);
    await record(ids.accepted, [submit(TUESDAY), route(TUESDAY, 'TMF'), answerIdea({ at: '2026-11-26T08:00:00.000Z', decision: 'accepted' })]);
    await catchUp();
  });

  it('turns events into one row per idea: triage, departments, deadlines by each department, closed ideas kept but not open', async () => {
    const rows = new Map((await rowsOf()).map((row) => [row.idea_id, row]));
    expect(rows.size).toBe(6);
    expect(rows.get(ids.triage)).toMatchObject({
      department: null,
      status: 'received',
      open: true,
      due_at: null,
      title: 'Bænke ved søerne',
      category: 'other',
      district: 'oesterbro',
    });
    expect(rows.get(ids.roads)).toMatchObject({ department: 'TMF', status: 'routed', open: true, last_revision: 1 });
    expect(new Date(rows.get(ids.roads).due_at).toISOString()).toBe('2026-12-08T23:00:00.000Z'); // 10 working days
    expect(rows.get(ids.social)).toMatchObject({ department: 'SOF', status: 'assigned', assignee: 'handler-sif', open: true });
    expect(new Date(rows.get(ids.social).due_at).toISOString()).toBe('2026-12-01T23:00:00.000Z'); // SOF: 5 working days
    expect(new Date(rows.get(ids.social).last_activity_at).toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(rows.get(ids.declined)).toMatchObject({ status: 'answered', decision: 'declined', open: false });
    expect(rows.get(ids.withdrawn)).toMatchObject({ status: 'withdrawn', open: false });
    expect(rows.get(ids.accepted)).toMatchObject({ status: 'answered', decision: 'accepted', open: true });
  });

  it('lists only open ideas, each in its own inbox', async () => {
    expect((await page('TMF')).items.map((i) => i.id).sort()).toEqual([ids.roads, ids.accepted].sort());
    expect((await page('SOF')).items).toEqual([
      {
        id: ids.social,
        publicCode: expect.stringMatching(/^K-/),
        title: 'Varmestue om vinteren',
        status: 'assigned',
        category: 'social',
        district: 'Brønshøj-Husum',
        assignee: 'handler-sif',
        receivedAt: TUESDAY,
        routedAt: TUESDAY,
        dueAt: '2026-12-01T23:00:00.000Z',
        overdue: false,
        deadlineMissedAt: null,
        lastActivityAt: '2026-11-25T08:00:00.000Z',
        revision: expect.any(Number),
        questionOpen: false,
        citizenReplied: false,
      },
    ]);
    expect((await page(null)).items.map((i) => i.id)).toEqual([ids.triage]);
    expect((await page('KFF')).items).toEqual([]);
  });

  it('changes nothing when the same events are applied again (replay)', async () => {
    const before = await rowsOf();
    expect(await catchUp()).toBe(0);
    const { generation } = await activeGeneration(pool, projection.name);
    const everything = await store.readAll({ maxCount: 100_000 });
    await inTransaction(pool, (tx) => projection.applyBatch(tx, everything, tableNames(projection, generation)));
    await inTransaction(pool, (tx) => projection.applyBatch(tx, everything.slice(3), tableNames(projection, generation)));
    expect(await rowsOf()).toEqual(before);
  });

  it('moves a re-routed idea to the new inbox, unassigned, with the deadline it had: the promise to the citizen does not move', async () => {
    const id = randomUUID();
    await record(id, [submit(TUESDAY, { title: 'Legeplads i Valby' }), route(TUESDAY, 'TMF'), assignIdea({ at: TUESDAY, assignee: 'handler-tom' })]);
    await catchUp();
    expect((await page('TMF')).items.map((i) => i.id)).toContain(id);
    await record(id, [route('2026-11-26T12:00:00.000Z', 'SOF')]);
    await catchUp();
    expect((await page('TMF')).items.map((i) => i.id)).not.toContain(id);
    const moved = (await page('SOF')).items.find((i) => i.id === id);
    // TMF's 10 working days from Tuesday 24 Nov, not SOF's 5 from Thursday 26 Nov (3 Dec): the event carries the first routing's deadline.
    expect(moved).toMatchObject({ status: 'routed', assignee: null, routedAt: '2026-11-26T12:00:00.000Z', dueAt: '2026-12-08T23:00:00.000Z' });
    const events = await store.readStream(ideaStreamId(id));
    expect(events.at(-1)?.data).toMatchObject({ department: 'SOF', respondBy: '2026-12-08T23:00:00.000Z' });
  });

  it('builds exactly the same rows when rebuilt from position 0 as it did incrementally', async () => {
    const incremental = await rowsOf();
    const before = await activeGeneration(pool, projection.name);
    const result = await rebuildProjection(pool, store, projection);
    expect(result.generation).toBe(before.generation + 1);
    expect(await rowsOf(`department_inbox_g${result.generation}`)).toEqual(incremental);
    expect(await rowsOf()).toEqual(incremental); // the view now reads the new generation
    expect((await page('SOF')).items.length).toBe(2);
  });
});

describe('department inbox queries', () => {
  // A department of its own, so the rows of the other tests do not count.
  const DEPARTMENT = 'KFF';
  const ideas: {
    id: string;
    receivedAt: string;
    routedAt: string;
    title: string;
    assignee: string | null;
    district: string;
    category: string;
    answered: boolean;
  }[] = [];

  beforeAll(async () => {
    // 47 ideas, many sharing timestamps so the idea_id tie-break matters.
    for (let n = 0; n < 47; n++) {
      const day = String(1 + (n % 9)).padStart(2, '0');
      const receivedAt = `2026-10-${day}T08:00:00.000Z`;
      const routedAt = `2026-10-${day}T${n % 2 ? '09' : '10'}:00:00.000Z`;
      const idea = {
        id: randomUUID(),
        receivedAt,
        routedAt,
        title: n % 5 === 0 ? `Bibliotek nr. ${n} – 100% åbent` : `Idé nummer ${n}`,
        assignee: n % 3 === 0 ? null : n % 3 === 1 ? 'handler-anna' : 'handler-bo',
        district: n % 2 ? 'valby' : 'amager-oest',
        category: n % 4 ? 'culture-leisure' : 'sports',
        answered: n % 7 === 0,
      };
      ideas.push(idea);
      const commands: IdeaCommand[] = [
        submit(receivedAt, { title: idea.title, district: idea.district, category: idea.category }),
        route(routedAt, DEPARTMENT),
      ];
      if (idea.assignee) commands.push(assignIdea({ at: routedAt, assignee: idea.assignee }));
      if (idea.answered) commands.push(answerIdea({ at: '2026-10-20T08:00:00.000Z', decision: 'accepted' }));
      await record(idea.id, commands);
    }
    await catchUp();
  });

  it.each(INBOX_SORTS.flatMap((sort) => INBOX_SORT_ORDERS.map((order) => [sort, order] as const)))(
    'walks every open idea exactly once, in order, sorted by %s %s',
    async (sort, order) => {
      const all = await walk(DEPARTMENT, sort, order, 6);
      expect(all.map((i) => i.id).sort()).toEqual(ideas.map((i) => i.id).sort());
      expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
      const key = (i: InboxItem) => `${{ dueAt: i.dueAt, receivedAt: i.receivedAt, lastActivityAt: i.lastActivityAt }[sort]}|${i.id}`;
      const expected = [...all].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      expect(all.map(key)).toEqual(order === 'asc' ? expected.map(key) : expected.reverse().map(key));
    },
  );

  it('walks the triage inbox by due date too, where no idea has a deadline', async () => {
    const ids = await Promise.all(
      Array.from({ length: 9 }, async () => {
        const id = randomUUID();
        await record(id, [submit(TUESDAY)]);
        return id;
      }),
    );
    await catchUp();
    const all = await walk(null, 'dueAt', 'asc', 2);
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.every((i) => i.dueAt === null && !i.overdue)).toBe(true);
  });

  it('filters by assignee, unassigned, status, category and district, also while paging', async () => {
    const ids = (items: InboxItem[]) => items.map((i) => i.id).sort();
    const expectIds = (list: typeof ideas) => list.map((i) => i.id).sort();
    expect(ids(await walk(DEPARTMENT, 'dueAt', 'asc', 4, { assignee: 'handler-anna' }))).toEqual(expectIds(ideas.filter((i) => i.assignee === 'handler-anna')));
    expect(ids(await walk(DEPARTMENT, 'receivedAt', 'desc', 4, { unassigned: true }))).toEqual(expectIds(ideas.filter((i) => i.assignee === null)));
    expect(ids(await walk(DEPARTMENT, 'dueAt', 'asc', 50, { unassigned: false }))).toEqual(expectIds(ideas.filter((i) => i.assignee !== null)));
    expect(ids((await page(DEPARTMENT, { filters: { status: ['answered'] } })).items)).toEqual(expectIds(ideas.filter((i) => i.answered)));
    expect(ids((await page(DEPARTMENT, { filters: { status: ['routed', 'assigned'] } })).items)).toEqual(expectIds(ideas.filter((i) => !i.answered)));
    expect(ids((await page(DEPARTMENT, { filters: { category: 'sports', district: 'valby' } })).items)).toEqual(
      expectIds(ideas.filter((i) => i.category === 'sports' && i.district === 'valby')),
    );
  });

  it('searches titles case-insensitively, taking % and _ literally', async () => {
    const libraries = ideas.filter((i) => i.title.startsWith('Bibliotek'));
    expect((await page(DEPARTMENT, { filters: { text: 'BIBLIOTEK' } })).items.map((i) => i.id).sort()).toEqual(libraries.map((i) => i.id).sort());
    expect((await page(DEPARTMENT, { filters: { text: '100% å' } })).items).toHaveLength(libraries.length);
    expect((await page(DEPARTMENT, { filters: { text: 'nummer_1' } })).items).toEqual([]);
  });

  it('flags as overdue what is past its deadline and unanswered, by the clock it is given', async () => {
    // Routed 1–9 October: 10 working days later is 15–22 October (Danish autumn has no public holidays).
    const onTheSixteenth = await page(DEPARTMENT, { now: new Date('2026-10-16T12:00:00.000Z') });
    const overdue = onTheSixteenth.items.filter((i) => i.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of onTheSixteenth.items) {
      const answered = ideas.find((i) => i.id === item.id)!.answered;
      expect(item.overdue).toBe(!answered && Date.parse(item.dueAt!) < Date.parse('2026-10-16T12:00:00.000Z'));
    }
    // By the default clock (24 November) every unanswered idea here is overdue.
    const filtered = await walk(DEPARTMENT, 'dueAt', 'asc', 3, { overdue: true });
    expect(filtered.map((i) => i.id).sort()).toEqual(
      ideas
        .filter((i) => !i.answered)
        .map((i) => i.id)
        .sort(),
    );
    const onTime = await page(DEPARTMENT, { filters: { overdue: false }, now: new Date('2026-10-16T12:00:00.000Z') });
    expect(onTime.items.map((i) => i.id).sort()).toEqual(
      onTheSixteenth.items
        .filter((i) => !i.overdue)
        .map((i) => i.id)
        .sort(),
    );
    expect((await page(DEPARTMENT, { filters: { overdue: true }, now: new Date('2026-10-16T12:00:00.000Z') })).items.map((i) => i.id).sort()).toEqual(
      overdue.map((i) => i.id).sort(),
    );
  });

  it('caps a page at 100 and tells the last page by a null cursor', async () => {
    const result = await page(DEPARTMENT, { limit: 1000 });
    expect(result.items).toHaveLength(ideas.length);
    expect(result.nextCursor).toBeNull();
    const first = await page(DEPARTMENT, { limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.nextCursor).toEqual(expect.any(String));
  });
});

describe('deadlines carried by the events, and recorded misses', () => {
  const DUE = '2026-12-08T23:00:00.000Z'; // TMF: Tuesday 24 Nov + 10 working days
  const MISSED = '2026-12-09T07:00:00.000Z';
  const ids = { missed: randomUUID(), legacy: randomUUID() };
  const rowOf = async (id: string) => (await pool.query('SELECT to_jsonb(t) AS row FROM department_inbox t WHERE idea_id = $1', [id])).rows[0]?.row;

  beforeAll(async () => {
    await record(ids.missed, [
      submit(TUESDAY, { title: 'Fortov ved skolen' }),
      route(TUESDAY, 'TMF'),
      assignIdea({ at: '2026-11-25T08:00:00.000Z', assignee: 'handler-tom' }),
    ]);
    await recordCommands(store, ids.missed, [recordMissedDeadline({ at: MISSED, respondBy: DUE })], 'system:deadlines');
    // Recorded before routings carried a deadline: SOF, then re-routed to TMF on Thursday.
    await appendRaw(ids.legacy, 'no_stream', [
      submitted({ at: TUESDAY, publicCode: 'K-legacy', title: 'Gammel sag' }),
      legacyRouted(TUESDAY, 'SOF'),
      legacyRouted('2026-11-26T12:00:00.000Z', 'TMF', 'SOF'),
    ]);
    await catchUp();
  });

  it('records when the deadline job found the deadline missed, as no activity on the case', async () => {
    const row = await rowOf(ids.missed);
    expect(row).toMatchObject({ last_revision: 3, open: true });
    expect(new Date(row.deadline_missed_at).toISOString()).toBe(MISSED);
    const item = (await page('TMF', { now: new Date('2026-12-10T09:00:00.000Z') })).items.find((i) => i.id === ids.missed);
    expect(item).toMatchObject({ dueAt: DUE, overdue: true, deadlineMissedAt: MISSED, lastActivityAt: '2026-11-25T08:00:00.000Z' });
  });

  it('keeps the first miss when another is recorded, and the miss after a late answer while overdue ends', async () => {
    await appendRaw(ids.missed, 3, [deadlineMissed({ at: '2026-12-10T07:00:00.000Z', respondBy: DUE, department: 'TMF' })], 'system:deadlines');
    await catchUp();
    expect(new Date((await rowOf(ids.missed)).deadline_missed_at).toISOString()).toBe(MISSED);
    await record(ids.missed, [answerIdea({ at: '2026-12-11T09:00:00.000Z', decision: 'accepted' })]);
    await catchUp();
    const item = (await page('TMF', { now: new Date('2026-12-12T09:00:00.000Z') })).items.find((i) => i.id === ids.missed);
    expect(item).toMatchObject({ status: 'answered', overdue: false, deadlineMissedAt: MISSED });
  });

  it("dates a routing recorded without a deadline by the default 10 working days (not SOF's rule of 5), and keeps that deadline when it was re-routed", async () => {
    const row = await rowOf(ids.legacy);
    expect(row).toMatchObject({ department: 'TMF', last_revision: 2 });
    expect(new Date(row.due_at).toISOString()).toBe('2026-12-08T23:00:00.000Z'); // 10 working days from Tuesday, not from Thursday
  });

  it('rebuilds exactly the live rows whatever the rules say now, also for routings recorded without a deadline', async () => {
    await pool.query(`UPDATE departments SET response_working_days = 20 WHERE code IN ('TMF', 'SOF')`);
    try {
      const before = await rowsOf();
      await rebuildProjection(pool, store, projection);
      expect(await rowsOf()).toEqual(before);
    } finally {
      await pool.query(`UPDATE departments SET response_working_days = CASE code WHEN 'SOF' THEN 5 ELSE 10 END WHERE code IN ('TMF', 'SOF')`);
    }
  });
});
