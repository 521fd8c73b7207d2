import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { type IdeaEvent, ideaStreamId } from '@civic/ideas';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { answered, deadlineMissed, implemented, informationRequested, markedDuplicate, routed, submitted, withdrawn } from '../../../ideas/src/testing';
import { catchUpProjection } from '../runner/catch-up';
import { rebuildProjection } from '../runner/rebuild';
import { responseTimesProjection } from '../response-times/response-times.projection';
import { type ReportSql, RESPONSE_TIMES_GROUPINGS, responseTimesReport, throughputReport } from '../response-times/response-times.query';
import { responseTimeHistogramsProjection } from './response-time-histograms.projection';
import { CellValuesCache } from './response-time-histograms.cache';
import { monthStartOnOrAfter, responseTimesReportFromHistograms } from './response-time-histograms.query';
import { throughputReportFromFlows } from './response-time-flows.query';

const TIME_ZONE = 'Europe/Copenhagen';
const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: TIME_ZONE });
const rowsProjection = responseTimesProjection(calendar);
const histograms = responseTimeHistogramsProjection(calendar);
const RESPONSE_WORKING_DAYS: Record<string, number> = { TMF: 10, KFF: 5, BUF: 15 };

const routedTo = (department: string, at: string, first?: IdeaEvent) =>
  first && first.type === 'IdeaRouted'
    ? routed({
        at,
        department,
        previousDepartment: first.data.department,
        respondBy: first.data.respondBy,
        responseWorkingDays: first.data.responseWorkingDays,
      })
    : routed({
        at,
        department,
        respondBy: calendar.addWorkingDays(new Date(at), RESPONSE_WORKING_DAYS[department]).toISOString(),
        responseWorkingDays: RESPONSE_WORKING_DAYS[department],
      });

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let sql: ReportSql;

beforeAll(async () => {
  database = await createTestDatabase('response_time_histograms');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  sql = { query: async <T>(text: string, values?: unknown[]) => (await pool.query(text, values)).rows as T };
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

async function append(id: string, expectedRevision: number | 'no_stream', events: IdeaEvent[]): Promise<void> {
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

/** Both read models up to the newest event ($all shows an event once older transactions have ended: wait for that, bounded). */
async function catchUp(): Promise<void> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await catchUpProjection(pool, store, rowsProjection);
  await catchUpProjection(pool, store, histograms);
}

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('response_time_histograms: the report from cells equals the report from rows', () => {
  it('on the small dataset worked out by hand (March 2026)', async () => {
    const MONDAY = '2026-03-02T09:00:00.000Z';
    const NOW = new Date('2026-03-20T12:00:00.000Z');
    const receivedRouted = (department: string, district = 'valby', category = 'roads') => [
      submitted({ at: MONDAY, district, category }),
      routedTo(department, MONDAY),
    ];
    const idea = (...events: IdeaEvent[]) => append(randomUUID(), 'no_stream', events);
    await idea(
      ...receivedRouted('TMF', 'amager-oest', 'traffic'),
      answered({ at: '2026-03-04T09:00:00.000Z' }),
      implemented({ at: '2026-03-25T10:00:00.000Z' }),
    );
    await idea(...receivedRouted('TMF', 'amager-oest', 'traffic'), answered({ at: '2026-03-05T09:00:00.000Z' }));
    await idea(...receivedRouted('TMF'), answered({ at: '2026-03-09T09:00:00.000Z' }));
    await idea(...receivedRouted('TMF'), answered({ at: '2026-03-12T09:00:00.000Z' }));
    await idea(...receivedRouted('TMF'), deadlineMissed({ at: '2026-03-17T06:00:00.000Z' }), answered({ at: '2026-03-19T09:00:00.000Z' }));
    await idea(...receivedRouted('KFF'), deadlineMissed({ at: '2026-03-10T06:00:00.000Z' }));
    await idea(...receivedRouted('TMF'), withdrawn({ at: '2026-03-03T09:00:00.000Z' }));
    await idea(submitted({ at: '2026-02-28T23:30:00.000Z', district: 'valby', category: 'roads' }));
    await idea(submitted({ at: '2026-03-31T22:30:00.000Z', district: 'valby', category: 'roads' }));
    await idea(submitted({ at: '2026-02-27T10:00:00.000Z' }), routedTo('TMF', '2026-02-27T10:00:00.000Z'), answered({ at: '2026-03-03T10:00:00.000Z' }));
    await idea(submitted({ at: '2026-02-26T10:00:00.000Z' }), routedTo('KFF', '2026-02-26T10:00:00.000Z'), deadlineMissed({ at: '2026-03-06T06:00:00.000Z' }));
    await catchUp();

    const march = { from: '2026-03-01', to: '2026-04-01', timeZone: TIME_ZONE, now: NOW };
    const report = await responseTimesReportFromHistograms(sql, { ...march, groupBy: 'department' }, TIME_ZONE);
    // The figures the rows' report gives on this dataset (response-times.int-spec.ts), worked out by hand.
    const tmf = {
      received: 6,
      answered: 5,
      implemented: 1,
      openBacklog: 0,
      overdue: 0,
      deadlinesMissed: 1,
      medianWorkingDaysToAnswer: 5,
      p90WorkingDaysToAnswer: 11,
      medianHoursToAnswer: 168,
      p90HoursToAnswer: 340.8,
      answeredWithinDeadline: 4,
      answeredWithinDeadlineShare: 0.8,
    };
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
    expect(report.groups).toEqual([
      { group: 'KFF', received: 1, openBacklog: 1, overdue: 1, ...noAnswers, deadlinesMissed: 1 },
      { group: 'TMF', ...tmf },
      { group: null, received: 1, openBacklog: 1, overdue: 0, ...noAnswers },
    ]);
    expect(report.total).toEqual({ ...tmf, received: 8, openBacklog: 2, overdue: 1, deadlinesMissed: 2 });
    for (const groupBy of RESPONSE_TIMES_GROUPINGS) {
      for (const period of [
        march,
        { ...march, from: '2026-02-01' },
        { ...march, from: '2026-03-02', to: '2026-03-31' },
        { ...march, from: '2020-01-01', to: '2020-02-01' },
      ]) {
        expect(await responseTimesReportFromHistograms(sql, { ...period, groupBy }, TIME_ZONE)).toEqual(await responseTimesReport(sql, { ...period, groupBy }));
      }
    }
  });

  it('on a generated history of a few hundred ideas, kept incrementally and rebuilt, for every grouping and many periods', async () => {
    const next = random(20261206);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
    const departments = ['TMF', 'KFF', 'BUF'];
    const districts = ['valby', 'amager-oest', 'amagerbro', 'Nørrebro', 'vesterbro-kongens-enghave'];
    const categories = ['roads', 'traffic', 'parks', 'culture'];
    // Received between 1 October 2025 and 31 December 2026 (two DST changes, month edges at local midnight), at odd minutes and seconds.
    const start = Date.parse('2025-10-01T00:00:00.000Z');
    const span = Date.parse('2026-12-31T00:00:00.000Z') - start;
    const hours = (at: number, h: number) => new Date(at + h * 3_600_000 + Math.floor(next() * 3_600_000)).toISOString();
    const later: { id: string; revision: number; events: IdeaEvent[] }[] = [];

    for (let n = 0; n < 400; n++) {
      const id = randomUUID();
      const receivedAt = start + Math.floor(next() * span);
      const received = new Date(receivedAt).toISOString();
      const events: IdeaEvent[] = [submitted({ at: received, district: pick(districts), category: pick(categories) })];
      const fate = next();
      if (fate > 0.1) {
        const first = routedTo(pick(departments), hours(receivedAt, next() * 30));
        events.push(first);
        if (next() < 0.2) events.push(routedTo(pick(departments), hours(receivedAt, 30 + next() * 40), first));
        if (next() < 0.3) events.push(informationRequested({ at: hours(receivedAt, 70 + next() * 50) }));
        if (next() < 0.25) events.push(deadlineMissed({ at: hours(receivedAt, 120 + next() * 300) }));
        const end = next();
        if (end < 0.65) {
          events.push(answered({ at: hours(receivedAt, 130 + next() * (next() < 0.2 ? 2000 : 500)), decision: pick(['accepted', 'declined'] as const) }));
          if (next() < 0.3) events.push(implemented({ at: hours(receivedAt, 3000 + next() * 500) }));
        } else if (end < 0.75) events.push(withdrawn({ at: hours(receivedAt, 140) }));
        else if (end < 0.8) events.push(markedDuplicate({ at: hours(receivedAt, 140) }));
      }
      // Some ideas arrive in two appends, with catch-ups between: re-routings and answers move them between cells.
      const split = next() < 0.3 && events.length > 1 ? 1 + Math.floor(next() * (events.length - 1)) : events.length;
      await append(id, 'no_stream', events.slice(0, split));
      if (split < events.length) later.push({ id, revision: split - 1, events: events.slice(split) });
      if (n % 100 === 99) await catchUp();
    }
    await catchUp();
    const periods = [
      { from: '2025-10-01', to: '2027-01-01' },
      { from: '2026-01-01', to: '2027-01-01' },
      { from: '2026-03-01', to: '2026-04-01' }, // summer time starts on the 29th
      { from: '2025-10-15', to: '2026-02-10' },
      { from: '2026-06-03', to: '2026-06-27' }, // inside one month
      { from: '2026-10-25', to: '2026-11-01' }, // winter time starts on the 25th
      { from: '2026-12-31', to: '2027-01-01' },
    ];
    const nows = [new Date('2026-04-15T08:00:00.000Z'), new Date('2027-01-10T12:00:00.000Z')];
    const cache = new CellValuesCache();
    const compare = async () => {
      let groups = 0;
      for (const groupBy of RESPONSE_TIMES_GROUPINGS)
        for (const period of periods)
          for (const now of nows) {
            const params = { ...period, timeZone: TIME_ZONE, now, groupBy };
            const fromRows = await responseTimesReport(sql, params);
            expect(await responseTimesReportFromHistograms(sql, params, TIME_ZONE)).toEqual(fromRows);
            expect(await responseTimesReportFromHistograms(sql, params, TIME_ZONE, { cache })).toEqual(fromRows);
            groups += fromRows.groups.length;
          }
      // The throughput report's whole months from the flows (read, not the rows' fallback), the same figures.
      for (const period of periods) {
        const read: string[] = [];
        const watching: ReportSql = { query: <T>(text: string, values?: unknown[]) => (read.push(text), sql.query<T>(text, values)) };
        const params = { ...period, timeZone: TIME_ZONE };
        expect(await throughputReportFromFlows(watching, params, TIME_ZONE)).toEqual(await throughputReport(sql, params));
        expect(read.some((text) => text.includes('FROM response_time_flows'))).toBe(monthStartOnOrAfter(period.from) < period.to.slice(0, 8) + '01');
      }
      return groups;
    };
    // The cache then holds the cells' versions before these appends: the ones that changed are read again.
    await compare();
    for (const { id, revision, events } of later) await append(id, revision, events);
    await catchUp();

    expect(await compare()).toBeGreaterThan(200); // the comparison saw many groups, percentiles and all
    // Warm, the cells come without their bytes: the cache's versions serve them.
    let withoutBytes = 0;
    const counting: ReportSql = {
      query: async <T>(text: string, values?: unknown[]) => {
        const rows = await sql.query<T>(text, values);
        if (Array.isArray(rows)) withoutBytes += rows.filter((row: { hours?: unknown }) => row.hours === null).length;
        return rows;
      },
    };
    const warm = { ...periods[0], timeZone: TIME_ZONE, now: nows[1], groupBy: 'category' as const };
    expect(await responseTimesReportFromHistograms(counting, warm, TIME_ZONE, { cache })).toEqual(await responseTimesReport(sql, warm));
    expect(withoutBytes).toBeGreaterThan(40);
    const whole = await responseTimesReport(sql, { ...periods[0], timeZone: TIME_ZONE, now: nows[1], groupBy: 'department' });
    expect(whole.total).toMatchObject({ received: 400 + 11 }); // the hand-worked dataset's 11 ideas are in it too
    expect(whole.total.answered).toBeGreaterThan(150);

    // A rebuild gives the very cells the live runner kept.
    const cells = async () =>
      (
        await pool.query(
          `SELECT dimension, group_key, month, to_jsonb(c) - 'hours' AS figures, encode(hours, 'hex') AS hours FROM response_time_histograms c ORDER BY 1, 2, 3`,
        )
      ).rows;
    const incremental = await cells();
    await rebuildProjection(pool, store, histograms);
    expect(await cells()).toEqual(incremental);
    await compare();

    // Cells far behind the rows (as while the worker first builds them after an upgrade): served from the rows, not partial cells.
    const whole12 = { ...periods[1], timeZone: TIME_ZONE, now: nows[1], groupBy: 'department' as const };
    const fromRows = await responseTimesReport(sql, whole12);
    await pool.query(`UPDATE projection_checkpoints SET position = NULL WHERE projection = 'response_time_histograms'`);
    await pool.query(`DELETE FROM response_time_histograms`);
    // Allowed to trail that far: the (emptied) cells.
    expect(await responseTimesReportFromHistograms(sql, whole12, TIME_ZONE, { maxTrail: 10n ** 18n })).toMatchObject({ total: { received: 0 } });
    expect(await responseTimesReportFromHistograms(sql, whole12, TIME_ZONE, { maxTrail: 0n })).toEqual(fromRows);

    // Another time zone than the model's months: served from the rows, the same report.
    const params = { ...periods[1], timeZone: 'UTC', now: nows[1], groupBy: 'month' as const };
    expect(await responseTimesReportFromHistograms(sql, params, TIME_ZONE)).toEqual(await responseTimesReport(sql, params));

    // An older generation's cells, without the open ideas' deadlines (served while the worker rebuilds them after this upgrade): from the rows.
    const [{ generation }] = (
      await pool.query<{ generation: number }>(`SELECT active_generation AS generation FROM projections WHERE name = 'response_time_histograms'`)
    ).rows;
    await pool.query(`DROP VIEW response_time_histograms;
      CREATE VIEW response_time_histograms AS SELECT dimension, group_key, month, received, answered, implemented, open_backlog, deadlines_missed,
        within_deadline, with_deadline, working_days, hours FROM response_time_histograms_g${generation}`);
    expect(await responseTimesReportFromHistograms(sql, whole12, TIME_ZONE, { maxTrail: 10n ** 18n })).toEqual(fromRows);

    // The throughput report without the flows (an older generation, served while the worker rebuilds it), or in another zone: from the rows.
    const throughput = { ...periods[1], timeZone: TIME_ZONE };
    const otherZone = { ...periods[1], timeZone: 'UTC' };
    expect(await throughputReportFromFlows(sql, otherZone, TIME_ZONE)).toEqual(await throughputReport(sql, otherZone));
    await pool.query('DROP VIEW response_time_flows');
    expect(await throughputReportFromFlows(sql, throughput, TIME_ZONE)).toEqual(await throughputReport(sql, throughput));
  });
});
