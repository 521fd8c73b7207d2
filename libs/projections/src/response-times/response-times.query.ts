import { RESPONSE_TIMES } from './response-times.table';

/** What the report queries need of a connection: TypeORM's DataSource.query fits, rows come back as an array. */
export interface ReportSql {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** A period of local calendar dates, `to` exclusive: [from, to). */
export interface ReportPeriod {
  /** YYYY-MM-DD, inclusive, a local date in timeZone. */
  readonly from: string;
  /** YYYY-MM-DD, exclusive. */
  readonly to: string;
  /** Where a day and a month begin (the working-day calendar's zone), e.g. Europe/Copenhagen. */
  readonly timeZone: string;
}

/** Local midnight of a YYYY-MM-DD date in the zone; $n are the placeholders holding the date and the zone. */
function localMidnight(dateParameter: string, zoneParameter: string): string {
  return `(${dateParameter}::date::timestamp AT TIME ZONE ${zoneParameter}::text)`;
}

/** The local calendar month of an instant, as YYYY-MM. */
function localMonth(column: string, zoneParameter: string): string {
  return `to_char(${column} AT TIME ZONE ${zoneParameter}::text, 'YYYY-MM')`;
}

function roundTo(value: number | string | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(Number(value) * factor) / factor;
}

export const RESPONSE_TIMES_GROUPINGS = ['department', 'district', 'category', 'month'] as const;
export type ResponseTimesGrouping = (typeof RESPONSE_TIMES_GROUPINGS)[number];

export interface ResponseTimesReportParams extends ReportPeriod {
  readonly groupBy: ResponseTimesGrouping;
  /** Overdue means still open with its deadline before this instant. */
  readonly now: Date;
}

/** The figures of one group of ideas, all received in the period. */
export interface ResponseTimesFigures {
  received: number;
  /** Answered by now (whenever that was). */
  answered: number;
  implemented: number;
  /** Neither answered nor closed (withdrawn, duplicate). */
  openBacklog: number;
  /** Open and past the deadline set at the first routing, judged against `now` when the report is asked for; ends with the answer. */
  overdue: number;
  /**
   * With a recorded ResponseDeadlineMissed (by now, whenever recorded): the
   * deadline job found the deadline passed unanswered. Unlike overdue, a recorded
   * miss stays when the idea is answered late, so it counts answered ideas too;
   * and it follows the job, not the report's clock (a miss is recorded moments
   * after the deadline, not at the instant).
   */
  deadlinesMissed: number;
  medianWorkingDaysToAnswer: number | null;
  p90WorkingDaysToAnswer: number | null;
  medianHoursToAnswer: number | null;
  p90HoursToAnswer: number | null;
  answeredWithinDeadline: number;
  /** answeredWithinDeadline / answered (of those with a deadline); null when none is answered. */
  answeredWithinDeadlineShare: number | null;
}

export interface ResponseTimesGroup extends ResponseTimesFigures {
  /** The department code, district code, category code or YYYY-MM; null for ideas not routed yet (by department). */
  group: string | null;
}

export interface ResponseTimesReport {
  from: string;
  to: string;
  timeZone: string;
  groupBy: ResponseTimesGrouping;
  generatedAt: string;
  groups: ResponseTimesGroup[];
  total: ResponseTimesFigures;
}

// Whitelisted expressions only: groupBy never reaches SQL as text. $3 is the time zone.
const GROUP_KEYS: Record<ResponseTimesGrouping, string> = {
  department: 'department',
  district: 'district',
  category: 'category',
  month: localMonth('received_at', '$3'),
};

interface FiguresRow {
  is_total: number;
  group_key: string | null;
  received: string;
  answered: string;
  implemented: string;
  open_backlog: string;
  overdue: string;
  deadlines_missed: string;
  median_working_days: number | null;
  p90_working_days: number | null;
  median_hours: number | null;
  p90_hours: number | null;
  within_deadline: string;
  with_deadline: string;
}

/** Ideas received in [from, to), by group, with a total over all of them; percentiles as percentile_cont (interpolated). */
export async function responseTimesReport(sql: ReportSql, params: ResponseTimesReportParams): Promise<ResponseTimesReport> {
  const rows = await sql.query<FiguresRow[]>(
    `WITH ideas AS (
       SELECT r.*, ${GROUP_KEYS[params.groupBy]} AS group_key
         FROM ${RESPONSE_TIMES} r
        WHERE received_at >= ${localMidnight('$1', '$3')} AND received_at < ${localMidnight('$2', '$3')}
     )
     SELECT GROUPING(group_key) AS is_total,
            group_key,
            count(*) AS received,
            count(answered_at) AS answered,
            count(implemented_at) AS implemented,
            count(*) FILTER (WHERE answered_at IS NULL AND closed_at IS NULL) AS open_backlog,
            count(*) FILTER (WHERE answered_at IS NULL AND closed_at IS NULL AND due_at < $4::timestamptz) AS overdue,
            count(deadline_missed_at) AS deadlines_missed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_to_answer) AS median_working_days,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days_to_answer) AS p90_working_days,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_answer) AS median_hours,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY hours_to_answer) AS p90_hours,
            count(*) FILTER (WHERE answered_within_deadline) AS within_deadline,
            count(answered_within_deadline) AS with_deadline
       FROM ideas
      GROUP BY GROUPING SETS ((group_key), ())
      ORDER BY is_total, group_key NULLS LAST`,
    [params.from, params.to, params.timeZone, params.now.toISOString()],
  );
  const totalRow = rows.find((row) => Number(row.is_total) === 1);
  return {
    from: params.from,
    to: params.to,
    timeZone: params.timeZone,
    groupBy: params.groupBy,
    generatedAt: params.now.toISOString(),
    groups: rows.filter((row) => Number(row.is_total) === 0).map((row) => ({ group: row.group_key, ...figures(row) })),
    total: totalRow ? figures(totalRow) : EMPTY_FIGURES,
  };
}

const EMPTY_FIGURES: ResponseTimesFigures = {
  received: 0,
  answered: 0,
  implemented: 0,
  openBacklog: 0,
  overdue: 0,
  deadlinesMissed: 0,
  medianWorkingDaysToAnswer: null,
  p90WorkingDaysToAnswer: null,
  medianHoursToAnswer: null,
  p90HoursToAnswer: null,
  answeredWithinDeadline: 0,
  answeredWithinDeadlineShare: null,
};

function figures(row: FiguresRow): ResponseTimesFigures {
  const withDeadline = Number(row.with_deadline);
  const within = Number(row.within_deadline);
  return {
    received: Number(row.received),
    answered: Number(row.answered),
    implemented: Number(row.implemented),
    openBacklog: Number(row.open_backlog),
    overdue: Number(row.overdue),
    deadlinesMissed: Number(row.deadlines_missed),
    medianWorkingDaysToAnswer: roundTo(row.median_working_days, 2),
    p90WorkingDaysToAnswer: roundTo(row.p90_working_days, 2),
    medianHoursToAnswer: roundTo(row.median_hours, 2),
    p90HoursToAnswer: roundTo(row.p90_hours, 2),
    answeredWithinDeadline: within,
    answeredWithinDeadlineShare: withDeadline === 0 ? null : roundTo(within / withDeadline, 4),
  };
}

export interface ThroughputMonth {
  /** YYYY-MM, a local month. */
  month: string;
  /** Ideas received in the month. */
  received: number;
  /** Ideas answered in the month, whenever they were received. */
  answered: number;
  /** Ideas implemented in the month, whenever they were received. */
  implemented: number;
  /** Deadlines found missed in the month (ResponseDeadlineMissed recorded then), whenever the ideas were received. */
  deadlinesMissed: number;
}

export interface ThroughputReport {
  from: string;
  to: string;
  timeZone: string;
  months: ThroughputMonth[];
}

/** Every local month the period touches, zeros included (a chart needs the gaps), each milestone counted by its own date. */
export async function throughputReport(sql: ReportSql, params: ReportPeriod): Promise<ThroughputReport> {
  // Each month counted over its own range of the column's index (an index-only count): no local month worked out per row.
  const counted = (column: string) => `(SELECT count(*) FROM ${RESPONSE_TIMES} WHERE ${column} >= months.starts AND ${column} < months.ends)`;
  const rows = await sql.query<{ month: string; received: string; answered: string; implemented: string; deadlines_missed: string }[]>(
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS month,
              greatest(m, $1::date::timestamp) AT TIME ZONE $3::text AS starts,
              least(m + interval '1 month', $2::date::timestamp) AT TIME ZONE $3::text AS ends
         FROM generate_series(date_trunc('month', $1::date::timestamp), ($2::date - 1)::timestamp, interval '1 month') AS m
     )
     SELECT month,
            ${counted('received_at')} AS received,
            ${counted('answered_at')} AS answered,
            ${counted('implemented_at')} AS implemented,
            ${counted('deadline_missed_at')} AS deadlines_missed
       FROM months
      ORDER BY month`,
    [params.from, params.to, params.timeZone],
  );
  return {
    from: params.from,
    to: params.to,
    timeZone: params.timeZone,
    months: rows.map((row) => ({
      month: row.month,
      received: Number(row.received),
      answered: Number(row.answered),
      implemented: Number(row.implemented),
      deadlinesMissed: Number(row.deadlines_missed),
    })),
  };
}
