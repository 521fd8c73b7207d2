import Holidays from 'date-holidays';

export interface WorkingDayCalendarOptions {
  /** ISO country code whose public holidays are days off, e.g. DK. */
  readonly country: string;
  readonly region?: string | null;
  /** The municipality's time zone: a day starts and ends at its local midnight. */
  readonly timeZone: string;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Each memo holds at most this many entries, then starts afresh (a rebuild walks years of instants). */
const MEMO_LIMIT = 20_000;
/** 'bank' days are de facto days off in the public sector too (Sweden's Midsommarafton); observances are not. */
const DAYS_OFF = new Set(['public', 'bank']);

/**
 * Working days: Monday to Friday, except the country's public holidays and bank holidays (from
 * date-holidays). One implementation for the inbox deadlines, the reports
 * and the deadline jobs, so they never disagree about a date.
 */
export class WorkingDayCalendar {
  private readonly holidays: Holidays;
  private readonly holidaysByYear = new Map<number, Set<string>>();
  private readonly workingDaysByYear = new Map<number, { through: Uint16Array; total: number }>();
  private readonly localDates: Intl.DateTimeFormat;
  private readonly offsetParts: Intl.DateTimeFormat;
  // Pure and asked again and again (every submission dates a deadline from "now"): remembered.
  private readonly localDateByMinute = new Map<number, string>();
  private readonly deadlines = new Map<string, number>();
  private readonly localMidnights = new Map<string, number>();

  constructor(readonly options: WorkingDayCalendarOptions) {
    const holidays = new Holidays();
    const known = holidays.getCountries()[options.country.toUpperCase()] !== undefined;
    if (!known) {
      throw new Error(`No public holiday calendar for country "${options.country}"${options.region ? ` region "${options.region}"` : ''}`);
    }
    holidays.init(options.country, options.region ?? undefined);
    this.holidays = holidays;
    this.localDates = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    this.offsetParts = new Intl.DateTimeFormat('en-US', {
      timeZone: options.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /**
   * The local calendar date of an instant, as YYYY-MM-DD. Remembered per UTC
   * minute: every time zone's offset has been whole minutes since 1972, so a
   * local day starts and ends on a minute.
   */
  localDate(instant: Date): string {
    const minute = Math.floor(instant.getTime() / MINUTE_MS);
    let date = this.localDateByMinute.get(minute);
    if (date === undefined) {
      date = this.localDates.format(instant);
      remember(this.localDateByMinute, minute, date);
    }
    return date;
  }

  isWorkingDay(localDate: string): boolean {
    const day = new Date(`${localDate}T00:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) return false;
    return !this.holidaysOf(Number(localDate.slice(0, 4))).has(localDate);
  }

  /**
   * The deadline N working days after the day of `from`: the local midnight
   * that ends the Nth working day. Received on a Saturday, counting starts Monday.
   */
  addWorkingDays(from: Date, workingDays: number): Date {
    const start = this.localDate(from);
    const key = `${start}+${workingDays}`;
    let deadline = this.deadlines.get(key);
    if (deadline === undefined) {
      let date = start;
      for (let counted = 0; counted < workingDays;) {
        date = nextDate(date);
        if (this.isWorkingDay(date)) counted++;
      }
      deadline = this.startOfLocalDay(nextDate(date)).getTime();
      remember(this.deadlines, key, deadline);
    }
    return new Date(deadline);
  }

  /**
   * The start of the working day from which `workingDays` working days are
   * left before a deadline (that day included): when a reminder is due.
   */
  startOfWorkingDaysLeft(deadline: Date, workingDays: number): Date {
    if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`workingDays must be a whole number of at least 1, got ${workingDays}`);
    // The deadline is a local midnight: its last day is the one before it.
    let date = this.localDate(new Date(deadline.getTime() - 1));
    for (let counted = 0; ; date = previousDate(date)) {
      if (this.isWorkingDay(date) && ++counted === workingDays) return this.startOfLocalDay(date);
    }
  }

  /** Working days after the day of `from` up to and including the day of `to`: 0 on the same day. */
  workingDaysBetween(from: Date, to: Date): number {
    const last = this.localDate(to);
    const first = this.localDate(from);
    if (last <= first) return 0;
    // Counted from each year's running totals rather than day by day: reports and rebuilds ask this for every answered idea.
    const [firstYear, lastYear] = [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
    const start = this.workingDaysOfYear(firstYear);
    const end = this.workingDaysOfYear(lastYear);
    const upToFirst = start.through[dayOfYear(first, firstYear)];
    const upToLast = end.through[dayOfYear(last, lastYear)];
    if (firstYear === lastYear) return upToLast - upToFirst;
    let count = start.total - upToFirst + upToLast;
    for (let year = firstYear + 1; year < lastYear; year++) count += this.workingDaysOfYear(year).total;
    return count;
  }

  /** A year's working days: `through[i]` counts those from 1 January up to and including its day i (0-based); `total`, the year's. */
  private workingDaysOfYear(year: number): { through: Uint16Array; total: number } {
    let days = this.workingDaysByYear.get(year);
    if (!days) {
      const first = Date.UTC(year, 0, 1);
      const length = (Date.UTC(year + 1, 0, 1) - first) / DAY_MS;
      const through = new Uint16Array(length);
      let total = 0;
      for (let i = 0; i < length; i++) {
        if (this.isWorkingDay(new Date(first + i * DAY_MS).toISOString().slice(0, 10))) total++;
        through[i] = total;
      }
      days = { through, total };
      this.workingDaysByYear.set(year, days);
    }
    return days;
  }

  /** The instant of local midnight starting a date, honouring daylight saving time. */
  startOfLocalDay(localDate: string): Date {
    let instant = this.localMidnights.get(localDate);
    if (instant === undefined) {
      const utcMidnight = Date.parse(`${localDate}T00:00:00Z`);
      instant = utcMidnight - this.offsetAt(utcMidnight);
      // The offset at the guess may differ from the offset at the answer around a DST change.
      instant = utcMidnight - this.offsetAt(instant);
      remember(this.localMidnights, localDate, instant);
    }
    return new Date(instant);
  }

  private offsetAt(instant: number): number {
    const parts: Record<string, number> = {};
    for (const part of this.offsetParts.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return asUtc - Math.floor(instant / 1000) * 1000;
  }

  private holidaysOf(year: number): Set<string> {
    let dates = this.holidaysByYear.get(year);
    if (!dates) {
      dates = new Set(
        this.holidays
          .getHolidays(year)
          .filter((holiday) => DAYS_OFF.has(holiday.type))
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      this.holidaysByYear.set(year, dates);
    }
    return dates;
  }
}

function remember<K, V>(memo: Map<K, V>, key: K, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

function previousDate(localDate: string): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/** A date's day of its year, 0 for 1 January. */
function dayOfYear(localDate: string, year: number): number {
  return (Date.parse(`${localDate}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS;
}

function nextDate(localDate: string): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
