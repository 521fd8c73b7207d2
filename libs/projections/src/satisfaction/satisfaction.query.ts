import type { ReportPeriod, ReportSql } from '../response-times/response-times.query';
import { SATISFACTION } from './satisfaction.table';

export interface SatisfactionFigures {
  /** Questions sent in the month. */
  asked: number;
  /** Answers given in the month. */
  answered: number;
  /** Mean mark of those answers, to two decimals; null without answers. */
  averageRating: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  ratings: [number, number, number, number, number];
}

export interface SatisfactionRow extends SatisfactionFigures {
  /** YYYY-MM, local. */
  month: string;
  /** The department that answered the idea; null when it was never routed. */
  department: string | null;
}

export interface SatisfactionReport {
  from: string;
  to: string;
  timeZone: string;
  rows: SatisfactionRow[];
  total: SatisfactionFigures;
}

/** Satisfaction by department and local month: questions by the month asked, answers by the month answered, in [from, to). */
export async function satisfactionReport(sql: ReportSql, params: ReportPeriod): Promise<SatisfactionReport> {
  const within = (column: string) => `${column} >= ($1::date::timestamp AT TIME ZONE $3::text) AND ${column} < ($2::date::timestamp AT TIME ZONE $3::text)`;
  const month = (column: string) => `to_char(${column} AT TIME ZONE $3::text, 'YYYY-MM')`;
  const rows = await sql.query<
    {
      month: string;
      department: string | null;
      asked: string;
      answered: string;
      average: string | null;
      r1: string;
      r2: string;
      r3: string;
      r4: string;
      r5: string;
    }[]
  >(
    `WITH facts AS (
       SELECT ${month('asked_at')} AS month, department, 1 AS asked, NULL::int AS rating FROM ${SATISFACTION} WHERE ${within('asked_at')}
       UNION ALL
       SELECT ${month('rated_at')}, department, 0, rating FROM ${SATISFACTION} WHERE rated_at IS NOT NULL AND ${within('rated_at')}
     )
     SELECT month, department, sum(asked) AS asked, count(rating) AS answered, round(avg(rating), 2) AS average,
            count(*) FILTER (WHERE rating = 1) AS r1, count(*) FILTER (WHERE rating = 2) AS r2, count(*) FILTER (WHERE rating = 3) AS r3,
            count(*) FILTER (WHERE rating = 4) AS r4, count(*) FILTER (WHERE rating = 5) AS r5
       FROM facts GROUP BY month, department ORDER BY month, department NULLS LAST`,
    [params.from, params.to, params.timeZone],
  );
  const figures = rows.map((row) => ({
    month: row.month,
    department: row.department,
    asked: Number(row.asked),
    answered: Number(row.answered),
    averageRating: row.average === null ? null : Number(row.average),
    ratings: [Number(row.r1), Number(row.r2), Number(row.r3), Number(row.r4), Number(row.r5)] as SatisfactionFigures['ratings'],
  }));
  const ratings = [0, 1, 2, 3, 4].map((i) => figures.reduce((sum, row) => sum + row.ratings[i], 0)) as SatisfactionFigures['ratings'];
  const answered = ratings.reduce((a, b) => a + b, 0);
  const total = {
    asked: figures.reduce((sum, row) => sum + row.asked, 0),
    answered,
    averageRating: answered === 0 ? null : Math.round((ratings.reduce((sum, n, i) => sum + n * (i + 1), 0) / answered) * 100) / 100,
    ratings,
  };
  return { from: params.from, to: params.to, timeZone: params.timeZone, rows: figures, total };
}
