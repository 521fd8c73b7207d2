import { ProblemError } from '../http/problem';

export interface ReportPeriodInput {
  readonly from?: string;
  readonly to?: string;
}

export interface ResolvedPeriod {
  readonly from: string;
  readonly to: string;
}

/** Longer periods are refused: a report over decades is a mistake, and its CSV would be huge. */
export const MAX_REPORT_YEARS = 10;

/**
 * Fills in the default period and refuses an empty, reversed or over-long one.
 * Default: the last 12 calendar months, the current one included (the first of
 * the month 11 months ago up to the first of next month); only `to` given: the
 * 12 months before it; only `from` given: up to the first of next month.
 * Dates are local to the time zone; `to` is exclusive. Their format is checked by the DTO.
 */
export function resolveReportPeriod(input: ReportPeriodInput, now: Date, timeZone: string): ResolvedPeriod {
  const thisMonth = `${localDate(now, timeZone).slice(0, 8)}01`;
  const to = input.to ?? addMonths(thisMonth, 1);
  const from = input.from ?? (input.to ? addMonths(input.to, -12) : addMonths(thisMonth, -11));
  if (from >= to) {
    throw new ProblemError(422, 'invalid-period', 'The period is empty', `"from" (${from}) must be a day before "to" (${to}); "to" is not included.`, {
      errors: [{ field: input.to ? 'to' : 'from', message: 'must be after from (to is exclusive)' }],
    });
  }
  if (to > addMonths(from, 12 * MAX_REPORT_YEARS)) {
    throw new ProblemError(422, 'invalid-period', 'The period is too long', `A report covers at most ${MAX_REPORT_YEARS} years.`, {
      errors: [{ field: 'to', message: `must be at most ${MAX_REPORT_YEARS} years after from` }],
    });
  }
  return { from, to };
}

/** The local calendar date of an instant in a time zone, YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A YYYY-MM-DD date n months later (n may be negative), the day clamped to the month's last. */
function addMonths(date: string, n: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
