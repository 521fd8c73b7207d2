import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { type IdeaEvent, ideaStreamId } from '@civic/ideas';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { answered, deadlineMissed, implemented, informationRequested, routed, submitted, withdrawn } from '../../../ideas/src/testing';
import { catchUpProjection } from '../runner/catch-up';
import { activeGeneration, inTransaction, tableNames } from '../runner/generations';
import { rebuildProjection } from '../runner/rebuild';
import { responseTimesProjection } from './response-times.projection';
import { type ReportSql, responseTimesReport, throughputReport } from './response-times.query';

const TIME_ZONE = 'Europe/Copenhagen';
const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: TIME_ZONE });
const projection = responseTimesProjection(calendar);
/** The departments' rules as seeded below. */
const RESPONSE_WORKING_DAYS: Record<string, number> = { TMF: 10, KFF: 5 };

/** A first routing as the API records it: the deadline dated by the department's rule. */
const routedTo = (department: string, at: string) =>
  routed({
    at,
    department,
    respondBy: calendar.addWorkingDays(new Date(at), RESPONSE_WORKING_DAYS[department]).toISOString(),
    responseWorkingDays: RESPONSE_WORKING_DAYS[department],
  });

/** A re-routing as the API records it: the first routing's deadline, repeated. */
const reRouted = (first: IdeaEvent, department: string, at: string) =>
  first.type === 'IdeaRouted'
    ? routed({
        at,
        department,
        previousDepartment: first.data.department,
        respondBy: first.data.respondBy,
        responseWorkingDays: first.data.responseWorkingDays,
      })
    : first;

/** A routing recorded before events carried their deadline. */
function legacyRouted(department: string, at: string): IdeaEvent {
  const { respondBy: _respondBy, responseWorkingDays: _workingDays, ...data } = routed({ at, department }).data;
  return { type: 'IdeaRouted', data };
}

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let sql: ReportSql;

beforeAll(async () => {
  database = await createTestDatabase('response_times');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  sql = { query: async <T>(text: string, values?: unknown[]) => (await pool.query(text, values)).rows as T };
  await pool.query(`INSERT INTO departments (code, name, response_working_days) VALUES ('TMF', 'Teknik og Miljø', 10), ('KFF', 'Kultur og Fritid', 5)`);
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

/** Appends one idea's events to a fresh stream idea-<uuid>; returns the idea id. */
async function appendIdea(...events: IdeaEvent[]): Promise<string> {
  const id = randomUUID();
  await store.appendToStream(
    ideaStreamId(id),
    events.map((event) => ({
      type: event.type,
      data: { ...event.data, ideaId: id },
      metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
    })),
    { expectedRevision: 'no_stream' },
  );
  return id;
}

async function appendToIdea(id: string, expectedRevision: number, ...events: IdeaEvent[]): Promise<void> {
  await store.appendToStream(
    ideaStreamId(id),
    events.map((event) => ({
      type: event.type,
      data: { ...event.data, ideaId: id },
      metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
    })),
    { expectedRevision },
  );
}

/** $all shows an event once every older transaction on the server has ended (other test files share it): wait for that, bounded. */
async function catchUp(): Promise<number> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return catchUpProjection(pool, store, projection);
}

const rowsOf = async (ids: string[]) =>
  (await pool.query('SELECT to_jsonb(r) AS row FROM response_times r WHERE idea_id = ANY($1::uuid[]) ORDER BY idea_id', [ids])).rows.map((r) => r.row);

describe('response_times: events in, rows out', () => {
  const ideas: string[] = [];

  it('keeps one row per idea with its milestones, deadline and precomputed answer times', async () => {
    // Tuesday 24 November 2026 10:00 Copenhagen.
    const first = routedTo('KFF', '2026-11-24T09:00:00.000Z');
    const answeredIdea = await appendIdea(
      submitted({ at: '2026-11-24T09:00:00.000Z', district: 'amager-oest', category: 'traffic' }),
      first,
      informationRequested({ at: '2026-11-25T12:00:00.000Z' }),
      reRouted(first, 'TMF', '2026-11-26T12:00:00.000Z'),
      deadlineMissed({ at: '2026-12-02T07:00:00.000Z', respondBy: '2026-12-01T23:00:00.000Z', department: 'TMF' }),
      deadlineMissed({ at: '2026-12-02T08:00:00.000Z', respondBy: '2026-12-01T23:00:00.000Z', department: 'TMF' }), // a second record: the first counts
      answered({ at: '2026-12-02T09:00:00.000Z', decision: 'accepted' }),
      implemented({ at: '2027-02-01T09:00:00.000Z' }),
    );
    const waiting = await appendIdea(submitted({ at: '2026-11-25T09:00:00.000Z', district: 'valby', category: 'roads' }));
    ideas.push(answeredIdea, waiting);
    await catchUp();

    const rows = await pool.query('SELECT * FROM response_times WHERE idea_id = ANY($1::uuid[])', [ideas]);
    const byId = new Map(rows.rows.map((row) => [row.idea_id, row]));
    expect(byId.get(answeredIdea)).toEqual({
      idea_id: answeredIdea,
      last_revision: 7,
      received_at: new Date('2026-11-24T09:00:00.000Z'),
      routed_at: new Date('2026-11-24T09:00:00.000Z'),
      department: 'TMF',
      district: 'amager-oest',
      category: 'traffic',
      first_response_at: new Date('2026-11-25T12:00:00.000Z'),
      answered_at: new Date('2026-12-02T09:00:00.000Z'),
      decision: 'accepted',
      implemented_at: new Date('2027-02-01T09:00:00.000Z'),
      closed_at: null,
      outcome: null,
      response_working_days: 5, // the promise made at the first routing, to KFF
      due_at: new Date('2026-12-01T23:00:00.000Z'),
      deadline_missed_at: new Date('2026-12-02T07:00:00.000Z'),
      working_days_to_answer: 6,
      hours_to_answer: '192',
      answered_within_deadline: false,
    });
    expect(byId.get(waiting)).toMatchObject({ last_revision: 0, department: null, routed_at: null, due_at: null, answered_at: null });
  });

  it('changes nothing when the same events are applied again (replay)', async () => {
    const before = await rowsOf(ideas);
    expect(await catchUp()).toBe(0);
    const events = (await store.readAll({ maxCount: 100_000 })).filter((event) => ideas.some((id) => event.streamId === ideaStreamId(id)));
    const { generation } = await activeGeneration(pool, projection.name);
    await inTransaction(pool, (client) => projection.applyBatch(client, events, tableNames(projection, generation)));
    expect(await rowsOf(ideas)).toEqual(before);
  });

  it('rebuilds from position 0 to the very rows it kept incrementally', async () => {
    // More history, applied event by event across several catch-ups.
    const late = await appendIdea(submitted({ at: '2026-11-26T09:00:00.000Z' }));
    await catchUp();
    await appendToIdea(late, 0, routedTo('TMF', '2026-11-27T09:00:00.000Z'));
    await catchUp();
    await appendToIdea(late, 1, answered({ at: '2026-11-30T09:00:00.000Z' }));
    const gone = await appendIdea(submitted({ at: '2026-11-26T10:00:00.000Z' }), withdrawn({ at: '2026-11-26T11:00:00.000Z' }));
    // Recorded before events carried deadlines: dated by KFF's rule, the re-routing keeps it.
    const legacy = await appendIdea(
      submitted({ at: '2026-11-24T09:00:00.000Z' }),
      legacyRouted('KFF', '2026-11-24T09:00:00.000Z'),
      legacyRouted('TMF', '2026-11-26T09:00:00.000Z'),
    );
    await catchUp();
    ideas.push(late, gone, legacy);

    const incremental = await rowsOf(ideas);
    const before = await activeGeneration(pool, projection.name);
    await rebuildProjection(pool, store, projection);
    const after = await activeGeneration(pool, projection.name);
    expect(after.generation).toBe(before.generation + 1);
    expect(await rowsOf(ideas)).toEqual(incremental);
    expect(incremental.find((row) => row.idea_id === gone)).toMatchObject({ outcome: 'withdrawn', answered_at: null });
    expect(incremental.find((row) => row.idea_id === legacy)).toMatchObject({ department: 'TMF', response_working_days: 5 });
    expect(new Date(incremental.find((row) => row.idea_id === legacy).due_at).toISOString()).toBe('2026-12-01T23:00:00.000Z');
  });
});

describe('the reports over a small dataset worked out by hand', () => {
  // March 2026 in Copenhagen is UTC+1 until the 29th, then UTC+2. Ideas are received Monday 2 March, 10:00 local.
  const MONDAY = '2026-03-02T09:00:00.000Z';
  const NOW = new Date('2026-03-20T12:00:00.000Z');
  const receivedRouted = (department: string, district = 'valby', category = 'roads') => [
    submitted({ at: MONDAY, district, category }),
    routedTo(department, MONDAY),
  ];
  const missed = (at: string) => deadlineMissed({ at });

  beforeAll(async () => {
    // Answered after 2, 3, 5, 8 and 13 working days (no holidays in March before Easter): 48, 72, 168, 240, 408 hours.
    await appendIdea(
      ...receivedRouted('TMF', 'amager-oest', 'traffic'),
      answered({ at: '2026-03-04T09:00:00.000Z' }),
      implemented({ at: '2026-03-25T10:00:00.000Z' }),
    );
    await appendIdea(...receivedRouted('TMF', 'amager-oest', 'traffic'), answered({ at: '2026-03-05T09:00:00.000Z' }));
    await appendIdea(...receivedRouted('TMF'), answered({ at: '2026-03-09T09:00:00.000Z' }));
    await appendIdea(...receivedRouted('TMF'), answered({ at: '2026-03-12T09:00:00.000Z' }));
    // TMF's 10 days ended Monday 16 March: late, its miss recorded the next morning. Not overdue, but a deadline missed.
    await appendIdea(...receivedRouted('TMF'), missed('2026-03-17T06:00:00.000Z'), answered({ at: '2026-03-19T09:00:00.000Z' }));
    await appendIdea(...receivedRouted('KFF'), missed('2026-03-10T06:00:00.000Z')); // 5 days, due by Monday 9 March, still open on the 20th: overdue and missed
    await appendIdea(...receivedRouted('TMF'), withdrawn({ at: '2026-03-03T09:00:00.000Z' })); // closed: not backlog
    await appendIdea(submitted({ at: '2026-02-28T23:30:00.000Z', district: 'valby', category: 'roads' })); // 1 March 00:30 local: in; never routed
    await appendIdea(submitted({ at: '2026-03-31T22:30:00.000Z', district: 'valby', category: 'roads' })); // 1 April 00:30 local (CEST): out
    await appendIdea(submitted({ at: '2026-02-27T10:00:00.000Z' }), routedTo('TMF', '2026-02-27T10:00:00.000Z'), answered({ at: '2026-03-03T10:00:00.000Z' })); // received in February
    // Received in February, its miss recorded in March: in March's throughput, not in March's response times.
    await appendIdea(submitted({ at: '2026-02-26T10:00:00.000Z' }), routedTo('KFF', '2026-02-26T10:00:00.000Z'), missed('2026-03-06T06:00:00.000Z'));
    await catchUp();
  });

  const march = { from: '2026-03-01', to: '2026-04-01', timeZone: TIME_ZONE, now: NOW };

  it('by department: counts, backlog, overdue, median and p90 (percentile_cont) and the share in time', async () => {
    const report = await responseTimesReport(sql, { ...march, groupBy: 'department' });
    const noAnswers = {
      answered: 0,
      implemented: 0,
      deadlinesMissed: 0,
      medianWorkingDaysToAnswer: null,
      p90WorkingDaysToAnswer: null,
      medianHoursToAnswer: null,
      p90HoursToAnswer: null,
      answeredWithinDeadline: 0,
      answeredWithinDeadlineShare: null,
    };
    const tmf = {
      received: 6,
      answered: 5,
      implemented: 1,
      openBacklog: 0,
      overdue: 0,
      deadlinesMissed: 1, // answered late, so no longer overdue: the recorded miss stays
      medianWorkingDaysToAnswer: 5,
      p90WorkingDaysToAnswer: 11, // 8 + 0.6 × (13 − 8)
      medianHoursToAnswer: 168,
      p90HoursToAnswer: 340.8, // 240 + 0.6 × (408 − 240)
      answeredWithinDeadline: 4,
      answeredWithinDeadlineShare: 0.8,
    };
    expect(report).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      timeZone: TIME_ZONE,
      groupBy: 'department',
      generatedAt: NOW.toISOString(),
      groups: [
        { group: 'KFF', received: 1, openBacklog: 1, overdue: 1, ...noAnswers, deadlinesMissed: 1 },
        { group: 'TMF', ...tmf },
        { group: null, received: 1, openBacklog: 1, overdue: 0, ...noAnswers },
      ],
      total: { ...tmf, received: 8, openBacklog: 2, overdue: 1, deadlinesMissed: 2 },
    });
  });

  it('by month, district and category, months in local time', async () => {
    const byMonth = await responseTimesReport(sql, { ...march, groupBy: 'month' });
    expect(byMonth.groups.map(({ group, received }) => ({ group, received }))).toEqual([{ group: '2026-03', received: 8 }]);
    const byDistrict = await responseTimesReport(sql, { ...march, groupBy: 'district' });
    expect(byDistrict.groups.map(({ group, received, answered }) => ({ group, received, answered }))).toEqual([
      { group: 'amager-oest', received: 2, answered: 2 },
      { group: 'valby', received: 6, answered: 3 },
    ]);
    const byCategory = await responseTimesReport(sql, { ...march, groupBy: 'category' });
    expect(byCategory.groups.find((g) => g.group === 'traffic')).toMatchObject({ received: 2, medianWorkingDaysToAnswer: 2.5, medianHoursToAnswer: 60 });
  });

  it('is empty, with a zero total, for a period with no ideas', async () => {
    const report = await responseTimesReport(sql, { from: '2020-01-01', to: '2020-02-01', timeZone: TIME_ZONE, now: NOW, groupBy: 'department' });
    expect(report.groups).toEqual([]);
    expect(report.total).toMatchObject({ received: 0, answered: 0, openBacklog: 0, medianWorkingDaysToAnswer: null, answeredWithinDeadlineShare: null });
  });

  it('throughput: every month of the period, each milestone by its own date', async () => {
    const report = await throughputReport(sql, { from: '2026-02-01', to: '2026-05-01', timeZone: TIME_ZONE });
    expect(report.months).toEqual([
      { month: '2026-02', received: 2, answered: 0, implemented: 0, deadlinesMissed: 0 },
      { month: '2026-03', received: 8, answered: 6, implemented: 1, deadlinesMissed: 3 },
      { month: '2026-04', received: 1, answered: 0, implemented: 0, deadlinesMissed: 0 },
    ]);
    const part = await throughputReport(sql, { from: '2026-03-07', to: '2026-03-20', timeZone: TIME_ZONE });
    expect(part.months).toEqual([{ month: '2026-03', received: 0, answered: 3, implemented: 0, deadlinesMissed: 2 }]);
  });
});
