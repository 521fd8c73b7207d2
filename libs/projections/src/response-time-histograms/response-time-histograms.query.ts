import { parsePosition } from '@civic/event-store';
import { RESPONSE_TIMES } from '../response-times/response-times.table';
import {
  type ReportSql,
  type ResponseTimesFigures,
  type ResponseTimesGrouping,
  type ResponseTimesReport,
  type ResponseTimesReportParams,
  responseTimesReport,
} from '../response-times/response-times.query';
import {
  contributionOf,
  type ContributingRow,
  countBelow,
  decodeFloat64s,
  type HistogramDimension,
  MergedFigures,
  nthOfHistogram,
  percentileCont,
} from './response-time-histograms.cells';
import type { CellValues, CellValuesCache } from './response-time-histograms.cache';
import { RESPONSE_TIME_HISTOGRAM_IDEAS, RESPONSE_TIME_HISTOGRAMS, type StoredCell } from './response-time-histograms.table';

/** The cells' dimension for each grouping: by month, the `all` cells (one a month). */
const DIMENSION: Record<ResponseTimesGrouping, HistogramDimension> = { department: 'department', district: 'district', category: 'category', month: 'all' };

// Whitelisted expressions only: groupBy never reaches SQL as text.
const ROW_GROUP_KEYS: Record<ResponseTimesGrouping, string> = {
  department: `coalesce(department, '')`,
  district: 'district',
  category: 'category',
  month: `to_char(received_at AT TIME ZONE $3::text, 'YYYY-MM')`,
};

function localMidnight(dateParameter: string, zoneParameter: string): string {
  return `(${dateParameter}::date::timestamp AT TIME ZONE ${zoneParameter}::text)`;
}

function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The first of the month on or before a YYYY-MM-DD date. */
export function monthStartOnOrBefore(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** The first of the month on or after a YYYY-MM-DD date. */
export function monthStartOnOrAfter(date: string): string {
  if (date.endsWith('-01')) return date;
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${date.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The report reads one dimension's cells, so it leaves the dimension out; the bytes only of versions the cache does not hold. */
type CellRow = Omit<StoredCell, 'dimension' | 'hours' | 'open_due'> & { version: string; hours: Buffer | null; open_due: Buffer | null };

/**
 * The response-time report (the same figures as responseTimesReport over the
 * rows) from the response_time_histograms read model: whole local months from
 * its cells; the days of a month the period only partly covers from its rows
 * (what cells cannot split). Overdue (open and past the deadline *now*) is
 * counted from each cell's sorted deadlines, and the percentiles of the hours are
 * selected across the cells' sorted lists (neither merged nor sorted per
 * request). A time zone other than the model's months' cannot be served from
 * cells, nor cells still far behind the rows or without the deadlines (the
 * model's first build after an upgrade): that report is worked out from the
 * rows, as before.
 */
export async function responseTimesReportFromHistograms(
  sql: ReportSql,
  params: ResponseTimesReportParams,
  modelTimeZone: string,
  options: { maxTrail?: bigint; cache?: CellValuesCache } = {},
): Promise<ResponseTimesReport> {
  const generation = params.timeZone === modelTimeZone ? await servingGeneration(sql, options.maxTrail ?? HISTOGRAMS_MAX_TRAIL) : null;
  if (generation === null) return responseTimesReport(sql, params);
  try {
    // The generation's own table (named as runner/generations.ts names them), not the view: its rows' xmin are the versions the cache knows them by.
    return await reportFromCells(sql, params, `${RESPONSE_TIME_HISTOGRAMS}_g${generation}`, options.cache);
  } catch (error) {
    // A rebuild switched generations and dropped this one's tables since: the rows serve this report.
    if (errorCode(error) === UNDEFINED_TABLE) return responseTimesReport(sql, params);
    throw error;
  }
}

const UNDEFINED_TABLE = '42P01';

function errorCode(error: unknown): string | undefined {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } }; // pg's error, or TypeORM's around it
  const found = code ?? driverError?.code;
  return typeof found === 'string' ? found : undefined;
}

async function reportFromCells(
  sql: ReportSql,
  params: ResponseTimesReportParams,
  table: string,
  cache: CellValuesCache | undefined,
): Promise<ResponseTimesReport> {
  const dimension = DIMENSION[params.groupBy];
  const fullFrom = monthStartOnOrAfter(params.from);
  const fullTo = monthStartOnOrBefore(params.to);
  const hasFullMonths = fullFrom < fullTo;
  // Days outside whole months: [from, fullFrom) and [fullTo, to), or the whole period when it holds no whole month.
  const partial: [string, string][] = hasFullMonths
    ? ([
        [params.from, fullFrom],
        [fullTo, params.to],
      ].filter(([from, to]) => from < to) as [string, string][])
    : [[params.from, params.to]];
  const now = params.now.getTime();
  const groupKey = params.groupBy === 'month' ? 'month' : 'group_key';
  const held = cache?.snapshot(table, dimension) ?? new Map<string, CellValues>();

  // The cells in the order the report lists its groups (the database's collation, no department last), their bytes
  // only when the cache does not hold that version; and the rows of partly covered months, at once.
  const [cellRows, ...partialRows] = await Promise.all([
    hasFullMonths
      ? sql.query<CellRow[]>(
          `SELECT group_key, month, received, answered, implemented, open_backlog, deadlines_missed, within_deadline, with_deadline, working_days,
                  c.xmin::text AS version, CASE WHEN held THEN NULL ELSE hours END AS hours, CASE WHEN held THEN NULL ELSE open_due END AS open_due
             FROM ${table} c CROSS JOIN LATERAL (SELECT c.month || '|' || c.group_key || '|' || c.xmin::text = ANY($4::text[]) AS held) h
            WHERE dimension = $1 AND month >= $2 AND month < $3
            ORDER BY nullif(${groupKey}, '') NULLS LAST`,
          [dimension, fullFrom.slice(0, 7), fullTo.slice(0, 7), [...held.keys()]],
        )
      : Promise.resolve([] as CellRow[]),
    ...partial.map(([from, to]) =>
      sql.query<(ContributingRow & { group_key: string })[]>(
        `SELECT ${ROW_GROUP_KEYS[params.groupBy]} AS group_key, department, district, category, received_at, answered_at, implemented_at, closed_at,
                deadline_missed_at, answered_within_deadline, working_days_to_answer, hours_to_answer, due_at
           FROM ${RESPONSE_TIME_HISTOGRAM_IDEAS}
          WHERE received_at >= ${localMidnight('$1', '$3')} AND received_at < ${localMidnight('$2', '$3')}`,
        [from, to, params.timeZone],
      ),
    ),
  ]);

  const groups = new Map<string, MergedFigures>();
  const groupOf = (key: string) => {
    let merged = groups.get(key);
    if (!merged) groups.set(key, (merged = new MergedFigures()));
    return merged;
  };
  for (const row of cellRows) {
    let values = held.get(`${row.month}|${row.group_key}|${row.version}`);
    if (row.hours === null || row.open_due === null) {
      if (!values) throw new Error(`cell ${dimension} ${row.month} ${row.group_key}: no bytes, and version ${row.version} is not held`);
      cache?.touch(dimension, row.month, row.group_key);
    } else {
      values = { hours: decodeFloat64s(row.hours), openDue: decodeFloat64s(row.open_due) };
      cache?.set(table, dimension, row.month, row.group_key, row.version, values);
    }
    groupOf(params.groupBy === 'month' ? row.month : row.group_key).add({
      received: row.received,
      answered: row.answered,
      implemented: row.implemented,
      openBacklog: row.open_backlog,
      deadlinesMissed: row.deadlines_missed,
      withinDeadline: row.within_deadline,
      withDeadline: row.with_deadline,
      workingDays: row.working_days,
      hours: values.hours,
      overdue: countBelow(values.openDue, now),
    });
  }
  const orderedByCells = groups.size;
  for (const rows of partialRows) {
    for (const row of rows) {
      const contribution = contributionOf(row, params.timeZone);
      groupOf(row.group_key).add({
        ...contribution.counts,
        workingDays: contribution.workingDays === null ? [] : histogramOf(contribution.workingDays),
        hours: contribution.hours === null ? [] : [contribution.hours],
        overdue: contribution.openDue !== null && contribution.openDue < now ? 1 : 0,
      });
    }
  }

  // Groups only the partly covered months hold: ordered again as the SQL report orders them (the database's collation).
  const keys = [...groups.keys()];
  const ordered =
    keys.length < 2 || orderedByCells === keys.length
      ? keys
      : (await sql.query<{ key: string }[]>(`SELECT key FROM unnest($1::text[]) AS key ORDER BY nullif(key, '') NULLS LAST`, [keys])).map((row) => row.key);

  const total = new MergedFigures();
  const reportGroups = ordered.map((key) => {
    const merged = groups.get(key)!;
    total.merge(merged);
    return { group: params.groupBy === 'department' && key === '' ? null : key, ...figuresOf(merged) };
  });
  return {
    from: params.from,
    to: params.to,
    timeZone: params.timeZone,
    groupBy: params.groupBy,
    generatedAt: params.now.toISOString(),
    groups: reportGroups,
    total: figuresOf(total),
  };
}

/**
 * How far (in $all positions: about events on PostgreSQL, bytes on EventStoreDB)
 * the cells may trail the rows' read model before the report reads the rows
 * instead. Live, both follow within a batch; right after an upgrade to this
 * version the worker builds the cells from position 0, and until then their
 * figures would be partial.
 */
export const HISTOGRAMS_MAX_TRAIL = 10_000n;

/**
 * The generation of cells that can serve the report, or null: they keep the
 * open ideas' deadlines (an older generation, still served while the worker
 * rebuilds it after an upgrade, does not; `needs` names another column a
 * report reads), and trail the rows by at most maxTrail.
 */
export async function servingGeneration(
  sql: ReportSql,
  maxTrail: bigint,
  needs: { relation: string; column: string } = { relation: RESPONSE_TIME_HISTOGRAMS, column: 'open_due' },
): Promise<number | null> {
  const rows = await sql.query<{ name: string; generation: number; position: string | null; current: boolean }[]>(
    `SELECT p.name, p.active_generation AS generation, c.position,
            EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($2) AND attname = $3 AND NOT attisdropped) AS current
       FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
      WHERE p.name = ANY($1::text[])`,
    [[RESPONSE_TIMES, RESPONSE_TIME_HISTOGRAMS], needs.relation, needs.column],
  );
  const histograms = rows.find((row) => row.name === RESPONSE_TIME_HISTOGRAMS);
  if (!histograms?.current) return null;
  const commitOf = (name: string) => {
    const position = rows.find((row) => row.name === name)?.position;
    return position ? parsePosition(position).commit : 0n;
  };
  return commitOf(RESPONSE_TIME_HISTOGRAMS) + maxTrail >= commitOf(RESPONSE_TIMES) ? histograms.generation : null;
}

function histogramOf(workingDays: number): number[] {
  const histogram = new Array<number>(workingDays + 1).fill(0);
  histogram[workingDays] = 1;
  return histogram;
}

function figuresOf(merged: MergedFigures): ResponseTimesFigures {
  const { counts, workingDays } = merged;
  const answeredWithDays = workingDays.reduce((sum, n) => sum + (n ?? 0), 0);
  const days = (index: number) => nthOfHistogram(workingDays, index);
  const hour = (index: number) => merged.nthHour(index);
  return {
    received: counts.received,
    answered: counts.answered,
    implemented: counts.implemented,
    openBacklog: counts.openBacklog,
    overdue: merged.overdue,
    deadlinesMissed: counts.deadlinesMissed,
    medianWorkingDaysToAnswer: roundTo(percentileCont(answeredWithDays, days, 0.5), 2),
    p90WorkingDaysToAnswer: roundTo(percentileCont(answeredWithDays, days, 0.9), 2),
    medianHoursToAnswer: roundTo(percentileCont(merged.hourCount, hour, 0.5), 2),
    p90HoursToAnswer: roundTo(percentileCont(merged.hourCount, hour, 0.9), 2),
    answeredWithinDeadline: counts.withinDeadline,
    answeredWithinDeadlineShare: counts.withDeadline === 0 ? null : roundTo(counts.withinDeadline / counts.withDeadline, 4),
  };
}
