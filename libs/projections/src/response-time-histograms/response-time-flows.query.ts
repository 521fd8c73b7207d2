import { type ReportPeriod, type ReportSql, type ThroughputMonth, type ThroughputReport, throughputReport } from '../response-times/response-times.query';
import { HISTOGRAMS_MAX_TRAIL, monthStartOnOrAfter, monthStartOnOrBefore, servingGeneration } from './response-time-histograms.query';
import { RESPONSE_TIME_FLOWS } from './response-time-histograms.table';

/**
 * The throughput report (the same figures as throughputReport over the rows)
 * with its whole local months from the response_time_flows counts, and only the
 * days of months the period partly covers counted over the rows. Another time
 * zone than the model's months', or counts not there yet or far behind the rows
 * (the model's first build after an upgrade): the rows serve it all, as before.
 */
export async function throughputReportFromFlows(sql: ReportSql, params: ReportPeriod, modelTimeZone: string): Promise<ThroughputReport> {
  const fullFrom = monthStartOnOrAfter(params.from);
  const fullTo = monthStartOnOrBefore(params.to);
  if (
    params.timeZone !== modelTimeZone ||
    fullFrom >= fullTo ||
    (await servingGeneration(sql, HISTOGRAMS_MAX_TRAIL, { relation: RESPONSE_TIME_FLOWS, column: 'deadlines_missed' })) === null
  ) {
    return throughputReport(sql, params);
  }
  const part = (from: string, to: string) => (from < to ? throughputReport(sql, { ...params, from, to }).then((report) => report.months) : []);
  const [counted, before, after] = await Promise.all([
    sql.query<{ month: string; received: number; answered: number; implemented: number; deadlines_missed: number }[]>(
      `SELECT month, received, answered, implemented, deadlines_missed FROM ${RESPONSE_TIME_FLOWS} WHERE month >= $1 AND month < $2`,
      [fullFrom.slice(0, 7), fullTo.slice(0, 7)],
    ),
    part(params.from, fullFrom),
    part(fullTo, params.to),
  ]);
  const byMonth = new Map(counted.map((row) => [row.month, row]));
  const whole: ThroughputMonth[] = monthsBetween(fullFrom.slice(0, 7), fullTo.slice(0, 7)).map((month) => {
    const row = byMonth.get(month);
    return {
      month,
      received: row?.received ?? 0,
      answered: row?.answered ?? 0,
      implemented: row?.implemented ?? 0,
      deadlinesMissed: row?.deadlines_missed ?? 0,
    };
  });
  return { from: params.from, to: params.to, timeZone: params.timeZone, months: [...before, ...whole, ...after] };
}

/** The months from `from` up to, not including, `to` (YYYY-MM). */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let label = from; label < to; label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`) {
    months.push(label);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}
