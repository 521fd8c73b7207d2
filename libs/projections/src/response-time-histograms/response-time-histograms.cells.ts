import type { ResponseTimesRow } from '../response-times/response-times.table';

/**
 * The dimensions a cell is kept for. `all` has one group per month (the report's
 * month grouping and its total); the others one per code and month. Each idea
 * counts in exactly one cell of each dimension: its received month and, for
 * `department`, its current department ('' when not routed yet).
 */
export const HISTOGRAM_DIMENSIONS = ['all', 'department', 'district', 'category'] as const;
export type HistogramDimension = (typeof HISTOGRAM_DIMENSIONS)[number];

/** The figures of the ideas received in one local month with one code of one dimension. */
export interface HistogramCell {
  readonly dimension: HistogramDimension;
  /** The code ('' for `all`, and for ideas not routed yet by department). */
  readonly groupKey: string;
  /** YYYY-MM, the local month the ideas were received. */
  readonly month: string;
  received: number;
  answered: number;
  implemented: number;
  openBacklog: number;
  deadlinesMissed: number;
  withinDeadline: number;
  withDeadline: number;
  /** workingDays[n]: answered ideas that took n working days (small integers: a histogram, the percentiles stay exact). */
  workingDays: number[];
  /**
   * The real hours to answer of the answered ideas, ascending. Real hours are
   * continuous, so no histogram gives percentile_cont exactly: the cell keeps
   * the values themselves (8 bytes each), already sorted.
   */
  hours: number[];
}

const COUNTS = ['received', 'answered', 'implemented', 'openBacklog', 'deadlinesMissed', 'withinDeadline', 'withDeadline'] as const;
type Count = (typeof COUNTS)[number];

/** What one idea's row adds to each of its cells. */
export interface HistogramContribution {
  readonly month: string;
  readonly keys: Readonly<Record<HistogramDimension, string>>;
  readonly counts: Readonly<Record<Count, number>>;
  readonly workingDays: number | null;
  readonly hours: number | null;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar month of an instant, YYYY-MM. */
export function localMonthOf(instant: Date, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  return `${parts.find((part) => part.type === 'year')!.value}-${parts.find((part) => part.type === 'month')!.value}`;
}

/** The columns of a response-times row the cells need (rows read back from SQL carry strings for numbers and dates). */
export type ContributingRow = Pick<
  ResponseTimesRow,
  'department' | 'district' | 'category' | 'answered_at' | 'implemented_at' | 'closed_at' | 'deadline_missed_at' | 'answered_within_deadline'
> & {
  received_at: string | Date;
  working_days_to_answer: number | string | null;
  hours_to_answer: number | string | null;
};

/** An idea's share of the figures: the same definitions as the report's SQL over the rows. */
export function contributionOf(row: ContributingRow, timeZone: string): HistogramContribution {
  const answered = row.answered_at !== null;
  return {
    month: localMonthOf(new Date(row.received_at), timeZone),
    keys: { all: '', department: row.department ?? '', district: row.district, category: row.category },
    counts: {
      received: 1,
      answered: answered ? 1 : 0,
      implemented: row.implemented_at !== null ? 1 : 0,
      openBacklog: !answered && row.closed_at === null ? 1 : 0,
      deadlinesMissed: row.deadline_missed_at !== null ? 1 : 0,
      withinDeadline: row.answered_within_deadline === true ? 1 : 0,
      withDeadline: row.answered_within_deadline !== null ? 1 : 0,
    },
    workingDays: row.working_days_to_answer === null ? null : Number(row.working_days_to_answer),
    hours: row.hours_to_answer === null ? null : Number(row.hours_to_answer),
  };
}

export function cellId(dimension: HistogramDimension, groupKey: string, month: string): string {
  return `${dimension}\u0000${groupKey}\u0000${month}`;
}

export function emptyCell(dimension: HistogramDimension, groupKey: string, month: string): HistogramCell {
  return {
    dimension,
    groupKey,
    month,
    received: 0,
    answered: 0,
    implemented: 0,
    openBacklog: 0,
    deadlinesMissed: 0,
    withinDeadline: 0,
    withDeadline: 0,
    workingDays: [],
    hours: [],
  };
}

/** Changes to cells gathered over many rows, the hours sorted once per cell at the end. */
export class CellChanges {
  private readonly cells = new Map<string, { cell: HistogramCell; added: number[]; removed: number[] }>();

  constructor(private readonly dimensions: readonly HistogramDimension[] = HISTOGRAM_DIMENSIONS) {}

  /** Adds (sign 1) or takes away (sign −1) one idea's contribution. */
  apply(contribution: HistogramContribution, sign: 1 | -1): void {
    for (const dimension of this.dimensions) {
      const id = cellId(dimension, contribution.keys[dimension], contribution.month);
      let entry = this.cells.get(id);
      if (!entry) {
        entry = { cell: emptyCell(dimension, contribution.keys[dimension], contribution.month), added: [], removed: [] };
        this.cells.set(id, entry);
      }
      const { cell } = entry;
      for (const count of COUNTS) cell[count] += sign * contribution.counts[count];
      if (contribution.workingDays !== null) {
        while (cell.workingDays.length <= contribution.workingDays) cell.workingDays.push(0);
        cell.workingDays[contribution.workingDays] += sign;
      }
      if (contribution.hours !== null) (sign === 1 ? entry.added : entry.removed).push(contribution.hours);
    }
  }

  /** The cells touched, as [dimension, groupKey, month]. */
  keys(): [HistogramDimension, string, string][] {
    return [...this.cells.values()].map(({ cell }) => [cell.dimension, cell.groupKey, cell.month]);
  }

  /** Each touched cell after the changes, added to its stored state (missing: none). Cells left without ideas are returned empty. */
  resultingCells(stored: ReadonlyMap<string, HistogramCell>): HistogramCell[] {
    return [...this.cells.entries()].map(([id, { cell: delta, added, removed }]) => {
      const base = stored.get(id) ?? emptyCell(delta.dimension, delta.groupKey, delta.month);
      const cell = emptyCell(delta.dimension, delta.groupKey, delta.month);
      for (const count of COUNTS) cell[count] = base[count] + delta[count];
      const length = Math.max(base.workingDays.length, delta.workingDays.length);
      cell.workingDays = Array.from({ length }, (_, n) => (base.workingDays[n] ?? 0) + (delta.workingDays[n] ?? 0));
      while (cell.workingDays.length > 0 && cell.workingDays[cell.workingDays.length - 1] === 0) cell.workingDays.pop();
      cell.hours = withoutValues([...base.hours, ...added], removed).sort((a, b) => a - b);
      return cell;
    });
  }
}

/** The values less one occurrence of each removed value (exactly equal: the same row's number). */
function withoutValues(values: number[], removed: readonly number[]): number[] {
  if (removed.length === 0) return values;
  const toRemove = new Map<number, number>();
  for (const value of removed) toRemove.set(value, (toRemove.get(value) ?? 0) + 1);
  return values.filter((value) => {
    const left = toRemove.get(value);
    if (!left) return true;
    toRemove.set(value, left - 1);
    return false;
  });
}

/** Cells merged into one group's figures (before the percentiles are taken). */
export class MergedFigures {
  readonly counts: Record<Count, number> = {
    received: 0,
    answered: 0,
    implemented: 0,
    openBacklog: 0,
    deadlinesMissed: 0,
    withinDeadline: 0,
    withDeadline: 0,
  };
  readonly workingDays: number[] = [];
  private readonly hourLists: Float64Array[] = [];
  private sorted: Float64Array | undefined;

  add(cell: Pick<HistogramCell, Count | 'workingDays'> & { hours: ArrayLike<number> & Iterable<number> }): void {
    for (const count of COUNTS) this.counts[count] += cell[count];
    for (let n = 0; n < cell.workingDays.length; n++) this.workingDays[n] = (this.workingDays[n] ?? 0) + cell.workingDays[n];
    if (cell.hours.length > 0) this.hourLists.push(cell.hours instanceof Float64Array ? cell.hours : Float64Array.from(cell.hours));
    this.sorted = undefined;
  }

  /** All the hours, ascending. */
  sortedHours(): Float64Array {
    if (this.sorted) return this.sorted;
    const size = this.hourLists.reduce((sum, list) => sum + list.length, 0);
    const all = new Float64Array(size);
    let at = 0;
    for (const list of this.hourLists) {
      all.set(list, at);
      at += list.length;
    }
    this.sorted = this.hourLists.length > 1 ? all.sort() : all; // a typed array sorts numerically
    return this.sorted;
  }
}

/**
 * PostgreSQL's percentile_cont over n sorted values, value(i) giving the i-th
 * (0-based): the same arithmetic in the same order (float8), so the same double.
 */
export function percentileCont(n: number, value: (index: number) => number, fraction: number): number | null {
  if (n === 0) return null;
  const position = fraction * (n - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  const low = value(first);
  if (second === first) return low;
  const high = value(second);
  return low + (position - first) * (high - low);
}

/** The i-th smallest (0-based) of a histogram of small integers: histogram[v] counts the value v. */
export function nthOfHistogram(histogram: readonly number[], index: number): number {
  let seen = 0;
  for (let value = 0; value < histogram.length; value++) {
    seen += histogram[value] ?? 0;
    if (index < seen) return value;
  }
  throw new RangeError(`index ${index} beyond ${seen} values`);
}

/** Float64 values as bytes (little-endian), and back: how the cells store their hours. */
export function encodeHours(hours: readonly number[]): Buffer {
  const buffer = Buffer.alloc(hours.length * 8);
  for (let i = 0; i < hours.length; i++) buffer.writeDoubleLE(hours[i], i * 8);
  return buffer;
}

export function decodeHours(bytes: Buffer): Float64Array {
  const values = new Float64Array(bytes.length / 8);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readDoubleLE(i * 8);
  return values;
}
