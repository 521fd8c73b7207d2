import { localMidnight, localMonth, type ReportPeriod, type ReportSql } from './report-sql';
import { RESPONSE_TIMES } from './response-times.table';

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
  const counted = (column: string) => `
    SELECT ${localMonth(column, '$3')} AS month, count(*) AS n
      FROM ${RESPONSE_TIMES}
     WHERE ${column} >= ${localMidnight('$1', '$3')} AND ${column} < ${localMidnight('$2', '$3')}
     GROUP BY 1`;
  const rows = await sql.query<{ month: string; received: string; answered: string; implemented: string; deadlines_missed: string }[]>(
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS month
         FROM generate_series(date_trunc('month', $1::date::timestamp), ($2::date - 1)::timestamp, interval '1 month') AS m
     ),
     counts AS (
       SELECT month, n AS received, 0 AS answered, 0 AS implemented, 0 AS deadlines_missed FROM (${counted('received_at')}) received
       UNION ALL
       SELECT month, 0, n, 0, 0 FROM (${counted('answered_at')}) answered
       UNION ALL
       SELECT month, 0, 0, n, 0 FROM (${counted('implemented_at')}) implemented
       UNION ALL
       SELECT month, 0, 0, 0, n FROM (${counted('deadline_missed_at')}) deadlines_missed
     )
     SELECT months.month,
            coalesce(sum(counts.received), 0) AS received,
            coalesce(sum(counts.answered), 0) AS answered,
            coalesce(sum(counts.implemented), 0) AS implemented,
            coalesce(sum(counts.deadlines_missed), 0) AS deadlines_missed
       FROM months LEFT JOIN counts USING (month)
      GROUP BY months.month
      ORDER BY months.month`,
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
