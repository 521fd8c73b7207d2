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
  decodeHours,
  type HistogramDimension,
  MergedFigures,
  nthOfHistogram,
  percentileCont,
} from './response-time-histograms.cells';
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

/** The first of the month on or after a YYYY-MM-DD date. */
function monthStartOnOrAfter(date: string): string {
  if (date.endsWith('-01')) return date;
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${date.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The report reads one dimension's cells, so it leaves the dimension out. */
type CellRow = Omit<StoredCell, 'dimension'>;

/**
 * The response-time report (the same figures as responseTimesReport over the
 * rows) from the response_time_histograms read model: whole local months from
 * its cells; the days of a month the period only partly covers from its rows
 * (what cells cannot split); overdue (open and past the deadline *now*) from its
 * open rows, through a partial index. A time zone other than the model's months'
 * cannot be served from cells, nor cells still far behind the rows (the model's
 * first build after an upgrade): that report is worked out from the rows, as before.
 */
export async function responseTimesReportFromHistograms(
  sql: ReportSql,
  params: ResponseTimesReportParams,
  modelTimeZone: string,
  options: { maxTrail?: bigint } = {},
): Promise<ResponseTimesReport> {
  if (params.timeZone !== modelTimeZone || !(await histogramsCaughtUp(sql, options.maxTrail ?? HISTOGRAMS_MAX_TRAIL))) return responseTimesReport(sql, params);
  const dimension = DIMENSION[params.groupBy];
  const fullFrom = monthStartOnOrAfter(params.from);
  const fullTo = params.to.endsWith('-01') ? params.to : `${params.to.slice(0, 8)}01`;
  const hasFullMonths = fullFrom < fullTo;
  // Days outside whole months: [from, fullFrom) and [fullTo, to), or the whole period when it holds no whole month.
  const partial: [string, string][] = hasFullMonths
    ? ([
        [params.from, fullFrom],
        [fullTo, params.to],
      ].filter(([from, to]) => from < to) as [string, string][])
    : [[params.from, params.to]];

  const groups = new Map<string, MergedFigures>();
  const groupOf = (key: string) => {
    let merged = groups.get(key);
    if (!merged) groups.set(key, (merged = new MergedFigures()));
    return merged;
  };

  if (hasFullMonths) {
    const rows = await sql.query<CellRow[]>(
      `SELECT group_key, month, received, answered, implemented, open_backlog, deadlines_missed, within_deadline, with_deadline, working_days, hours
         FROM ${RESPONSE_TIME_HISTOGRAMS}
        WHERE dimension = $1 AND month >= $2 AND month < $3`,
      [dimension, fullFrom.slice(0, 7), fullTo.slice(0, 7)],
    );
    for (const row of rows) {
      groupOf(params.groupBy === 'month' ? row.month : row.group_key).add({
        received: row.received,
        answered: row.answered,
        implemented: row.implemented,
        openBacklog: row.open_backlog,
        deadlinesMissed: row.deadlines_missed,
        withinDeadline: row.within_deadline,
        withDeadline: row.with_deadline,
        workingDays: row.working_days,
        hours: decodeHours(row.hours),
      });
    }
  }

  for (const [from, to] of partial) {
    const rows = await sql.query<(ContributingRow & { group_key: string })[]>(
      `SELECT ${ROW_GROUP_KEYS[params.groupBy]} AS group_key, department, district, category, received_at, answered_at, implemented_at, closed_at,
              deadline_missed_at, answered_within_deadline, working_days_to_answer, hours_to_answer
         FROM ${RESPONSE_TIME_HISTOGRAM_IDEAS}
        WHERE received_at >= ${localMidnight('$1', '$3')} AND received_at < ${localMidnight('$2', '$3')}`,
      [from, to, params.timeZone],
    );
    for (const row of rows) {
      const contribution = contributionOf(row, params.timeZone);
      groupOf(row.group_key).add({
        ...contribution.counts,
        workingDays: contribution.workingDays === null ? [] : histogramOf(contribution.workingDays),
        hours: contribution.hours === null ? [] : [contribution.hours],
      });
    }
  }

  const overdue = new Map<string, number>();
  if (groups.size > 0) {
    const rows = await sql.query<{ group_key: string; n: number }[]>(
      `SELECT ${ROW_GROUP_KEYS[params.groupBy]} AS group_key, count(*)::integer AS n
         FROM ${RESPONSE_TIME_HISTOGRAM_IDEAS}
        WHERE answered_at IS NULL AND closed_at IS NULL AND due_at < $4::timestamptz
          AND received_at >= ${localMidnight('$1', '$3')} AND received_at < ${localMidnight('$2', '$3')}
        GROUP BY 1`,
      [params.from, params.to, params.timeZone, params.now.toISOString()],
    );
    for (const row of rows) overdue.set(row.group_key, row.n);
  }

  // The groups in the database's order (its collation), as the SQL report orders them; no department ('') last.
  const keys = [...groups.keys()];
  const ordered =
    keys.length < 2
      ? keys
      : (await sql.query<{ key: string }[]>(`SELECT key FROM unnest($1::text[]) AS key ORDER BY nullif(key, '') NULLS LAST`, [keys])).map((row) => row.key);

  const total = new MergedFigures();
  const reportGroups = ordered.map((key) => {
    const merged = groups.get(key)!;
    total.add({ ...merged.counts, workingDays: merged.workingDays, hours: merged.sortedHours() });
    return { group: params.groupBy === 'department' && key === '' ? null : key, ...figuresOf(merged, overdue.get(key) ?? 0) };
  });
  const totalOverdue = [...overdue.values()].reduce((sum, n) => sum + n, 0);
  return {
    from: params.from,
    to: params.to,
    timeZone: params.timeZone,
    groupBy: params.groupBy,
    generatedAt: params.now.toISOString(),
    groups: reportGroups,
    total: figuresOf(total, totalOverdue),
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

async function histogramsCaughtUp(sql: ReportSql, maxTrail: bigint): Promise<boolean> {
  const rows = await sql.query<{ name: string; position: string | null }[]>(
    `SELECT p.name, c.position FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
      WHERE p.name = ANY($1::text[])`,
    [[RESPONSE_TIMES, RESPONSE_TIME_HISTOGRAMS]],
  );
  const commitOf = (name: string) => {
    const position = rows.find((row) => row.name === name)?.position;
    return position ? parsePosition(position).commit : 0n;
  };
  return commitOf(RESPONSE_TIME_HISTOGRAMS) + maxTrail >= commitOf(RESPONSE_TIMES);
}

function histogramOf(workingDays: number): number[] {
  const histogram = new Array<number>(workingDays + 1).fill(0);
  histogram[workingDays] = 1;
  return histogram;
}

function figuresOf(merged: MergedFigures, overdue: number): ResponseTimesFigures {
  const { counts, workingDays } = merged;
  const answeredWithDays = workingDays.reduce((sum, n) => sum + (n ?? 0), 0);
  const hours = merged.sortedHours();
  const days = (index: number) => nthOfHistogram(workingDays, index);
  const hour = (index: number) => hours[index];
  return {
    received: counts.received,
    answered: counts.answered,
    implemented: counts.implemented,
    openBacklog: counts.openBacklog,
    overdue,
    deadlinesMissed: counts.deadlinesMissed,
    medianWorkingDaysToAnswer: roundTo(percentileCont(answeredWithDays, days, 0.5), 2),
    p90WorkingDaysToAnswer: roundTo(percentileCont(answeredWithDays, days, 0.9), 2),
    medianHoursToAnswer: roundTo(percentileCont(hours.length, hour, 0.5), 2),
    p90HoursToAnswer: roundTo(percentileCont(hours.length, hour, 0.9), 2),
    answeredWithinDeadline: counts.withinDeadline,
    answeredWithinDeadlineShare: counts.withDeadline === 0 ? null : roundTo(counts.withinDeadline / counts.withDeadline, 4),
  };
}
