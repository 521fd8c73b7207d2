import type { ResponseTimesFigures, ResponseTimesReport, ThroughputReport } from './response-times.query';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a quote,
 * a comma or a line break, quotes doubled. Empty for null.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FIGURE_COLUMNS: readonly (readonly [string, keyof ResponseTimesFigures])[] = [
  ['received', 'received'],
  ['answered', 'answered'],
  ['implemented', 'implemented'],
  ['open_backlog', 'openBacklog'],
  ['overdue', 'overdue'],
  ['deadlines_missed', 'deadlinesMissed'],
  ['median_working_days_to_answer', 'medianWorkingDaysToAnswer'],
  ['p90_working_days_to_answer', 'p90WorkingDaysToAnswer'],
  ['median_hours_to_answer', 'medianHoursToAnswer'],
  ['p90_hours_to_answer', 'p90HoursToAnswer'],
  ['answered_within_deadline', 'answeredWithinDeadline'],
  ['answered_within_deadline_share', 'answeredWithinDeadlineShare'],
];

/** One line per group, then a `total` line over every idea in the period; the group column is named after groupBy. */
export function responseTimesCsv(report: ResponseTimesReport): string {
  const line = (group: string | null, figures: ResponseTimesFigures) => [group, ...FIGURE_COLUMNS.map(([, key]) => figures[key])];
  return toCsv(
    [report.groupBy, ...FIGURE_COLUMNS.map(([name]) => name)],
    [...report.groups.map(({ group, ...figures }) => line(group, figures)), line('total', report.total)],
  );
}

export function throughputCsv(report: ThroughputReport): string {
  return toCsv(
    ['month', 'received', 'answered', 'implemented', 'deadlines_missed'],
    report.months.map((month) => [month.month, month.received, month.answered, month.implemented, month.deadlinesMissed]),
  );
}
