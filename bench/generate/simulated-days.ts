import type { WorkingDayCalendar } from '../../libs/platform/src/index';
import { CITIZEN_HOURS } from './mix';
import { between, weighted, type Random } from './random';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Simulated days: which are working days, when they start (local midnight). */
export class SimulatedDays {
  readonly dates: string[] = [];
  readonly starts: number[] = [];
  readonly working: boolean[] = [];
  /** For each day, the ordinal (in workingDays) of the first working day strictly after it. */
  private readonly nextWorking: number[] = [];
  private readonly workingDays: number[] = [];

  constructor(calendar: WorkingDayCalendar, from: string, days: number) {
    for (let i = 0; i < days; i++) {
      const date = new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10);
      this.dates.push(date);
      this.starts.push(calendar.startOfLocalDay(date).getTime());
      this.working.push(calendar.isWorkingDay(date));
      if (this.working[i]) this.workingDays.push(i);
    }
    let ordinal = this.workingDays.length;
    for (let i = days - 1; i >= 0; i--) {
      this.nextWorking[i] = ordinal;
      if (this.working[i]) ordinal = this.workingDays.indexOf(i);
    }
  }

  dayOf(instant: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= instant) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * A moment in office hours (08–16 local) on the nth working day after the
   * day of `after`; n = 0 means later the same day when that is still possible.
   */
  staffTime(r: Random, after: number, n: number): number {
    const day = this.dayOf(after);
    const opens = this.starts[day] + 8 * HOUR;
    const closes = this.starts[day] + 16 * HOUR;
    if (n === 0 && this.working[day] && after < closes - 10 * 60_000) {
      const from = Math.max(after + 60_000, opens);
      return from + r() * (closes - from);
    }
    const ordinal = Math.min(this.nextWorking[day] + Math.max(n, 1) - 1, this.workingDays.length - 1);
    return this.starts[this.workingDays[ordinal]] + between(r, 8, 16) * HOUR;
  }

  /** A citizen's moment (evenings and weekends too) some days after `after`. */
  citizenTime(r: Random, after: number, minDays: number, maxDays: number): number {
    const day = Math.min(this.dayOf(after + between(r, minDays, maxDays) * DAY), this.starts.length - 1);
    const at = this.starts[day] + weighted(r, CITIZEN_HOURS) * HOUR + r() * HOUR;
    return at > after ? at : after + between(r, 5, 120) * 60_000;
  }
}
