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
  /**
   * The deadlines (due_at, epoch ms) of the ideas still open (neither answered
   * nor closed), ascending: the ideas overdue at any instant are those before it,
   * so the report counts them by binary search instead of reading the rows.
   */
  openDue: number[];
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
  /** The deadline (epoch ms) of an open idea that has one. */
  readonly openDue: number | null;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar month of an instant, YYYY-MM, as Intl formats it (slow: a rebuild asks millions of times). */
export function formattedLocalMonth(instant: Date, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  return `${parts.find((part) => part.type === 'year')!.value}-${parts.find((part) => part.type === 'month')!.value}`;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** Since then every zone's offset from UTC is a whole number of quarter hours (the last odd one, Monrovia's, ended in 1972). */
const QUARTER_HOUR_OFFSETS_SINCE = Date.UTC(1980, 0, 1);
const MONTHS_KEPT = 1_000_000;
const monthsByQuarterHour = new Map<string, Map<number, string>>();

/**
 * The local calendar month of an instant, YYYY-MM. A local month then starts on a UTC quarter hour, so all
 * instants of one quarter hour are in one month: it is formatted once per quarter hour and zone, then looked up.
 */
export function localMonthOf(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  if (!(time >= QUARTER_HOUR_OFFSETS_SINCE)) return formattedLocalMonth(instant, timeZone);
  let months = monthsByQuarterHour.get(timeZone);
  if (!months) monthsByQuarterHour.set(timeZone, (months = new Map()));
  const quarterHour = Math.floor(time / QUARTER_HOUR_MS);
  let month = months.get(quarterHour);
  if (month === undefined) {
    month = formattedLocalMonth(instant, timeZone);
    if (months.size >= MONTHS_KEPT) months.clear();
    months.set(quarterHour, month);
  }
  return month;
}

/** The columns of a response-times row the cells need (rows read back from SQL carry strings for numbers and dates). */
export type ContributingRow = Pick<
  ResponseTimesRow,
  'department' | 'district' | 'category' | 'answered_at' | 'implemented_at' | 'closed_at' | 'deadline_missed_at' | 'answered_within_deadline'
> & {
  due_at: string | Date | null;
  received_at: string | Date;
  working_days_to_answer: number | string | null;
  hours_to_answer: number | string | null;
};

/** An idea's share of the figures: the same definitions as the report's SQL over the rows. */
export function contributionOf(row: ContributingRow, timeZone: string): HistogramContribution {
  const answered = row.answered_at !== null;
  const open = !answered && row.closed_at === null;
  return {
    month: localMonthOf(new Date(row.received_at), timeZone),
    keys: { all: '', department: row.department ?? '', district: row.district, category: row.category },
    counts: {
      received: 1,
      answered: answered ? 1 : 0,
      implemented: row.implemented_at !== null ? 1 : 0,
      openBacklog: open ? 1 : 0,
      deadlinesMissed: row.deadline_missed_at !== null ? 1 : 0,
      withinDeadline: row.answered_within_deadline === true ? 1 : 0,
      withDeadline: row.answered_within_deadline !== null ? 1 : 0,
    },
    workingDays: row.working_days_to_answer === null ? null : Number(row.working_days_to_answer),
    hours: row.hours_to_answer === null ? null : Number(row.hours_to_answer),
    openDue: open && row.due_at !== null ? new Date(row.due_at).getTime() : null,
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
    openDue: [],
  };
}

interface CellDelta {
  cell: HistogramCell;
  added: number[];
  removed: number[];
  addedDue: number[];
  removedDue: number[];
}

/** Changes to cells gathered over many rows, the hours and deadlines sorted once per cell at the end. */
export class CellChanges {
  private readonly cells = new Map<string, CellDelta>();

  constructor(private readonly dimensions: readonly HistogramDimension[] = HISTOGRAM_DIMENSIONS) {}

  /** Adds (sign 1) or takes away (sign −1) one idea's contribution. */
  apply(contribution: HistogramContribution, sign: 1 | -1): void {
    for (const dimension of this.dimensions) {
      const id = cellId(dimension, contribution.keys[dimension], contribution.month);
      let entry = this.cells.get(id);
      if (!entry) {
        entry = { cell: emptyCell(dimension, contribution.keys[dimension], contribution.month), added: [], removed: [], addedDue: [], removedDue: [] };
        this.cells.set(id, entry);
      }
      const { cell } = entry;
      for (const count of COUNTS) cell[count] += sign * contribution.counts[count];
      if (contribution.workingDays !== null) {
        while (cell.workingDays.length <= contribution.workingDays) cell.workingDays.push(0);
        cell.workingDays[contribution.workingDays] += sign;
      }
      if (contribution.hours !== null) (sign === 1 ? entry.added : entry.removed).push(contribution.hours);
      if (contribution.openDue !== null) (sign === 1 ? entry.addedDue : entry.removedDue).push(contribution.openDue);
    }
  }

  /** The cells touched, as [dimension, groupKey, month]. */
  keys(): [HistogramDimension, string, string][] {
    return [...this.cells.values()].map(({ cell }) => [cell.dimension, cell.groupKey, cell.month]);
  }

  /** Each touched cell after the changes, added to its stored state (missing: none). Cells left without ideas are returned empty. */
  resultingCells(stored: ReadonlyMap<string, HistogramCell>): HistogramCell[] {
    return [...this.cells.entries()].map(([id, { cell: delta, added, removed, addedDue, removedDue }]) => {
      const base = stored.get(id) ?? emptyCell(delta.dimension, delta.groupKey, delta.month);
      const cell = emptyCell(delta.dimension, delta.groupKey, delta.month);
      for (const count of COUNTS) cell[count] = base[count] + delta[count];
      const length = Math.max(base.workingDays.length, delta.workingDays.length);
      cell.workingDays = Array.from({ length }, (_, n) => (base.workingDays[n] ?? 0) + (delta.workingDays[n] ?? 0));
      while (cell.workingDays.length > 0 && cell.workingDays[cell.workingDays.length - 1] === 0) cell.workingDays.pop();
      cell.hours = withoutValues([...base.hours, ...added], removed).sort((a, b) => a - b);
      cell.openDue = withoutValues([...base.openDue, ...addedDue], removedDue).sort((a, b) => a - b);
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

/**
 * Cells merged into one group's figures (before the percentiles are taken). The
 * hours stay in the cells' sorted lists: a percentile needs only one or two
 * order statistics, which nthHour selects across the lists without merging or
 * sorting them (the report's cost no longer grows with n log n of its hours).
 */
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
  /** Open ideas past their deadline at the report's instant (counted by whoever adds a cell). */
  overdue = 0;
  private readonly lists: Float64Array[] = [];
  /** Single values (the rows of partly covered months), sorted into one list when first read. */
  private loose: number[] = [];
  private count = 0;
  private selection: SortedListsSelection | undefined;

  /** Adds a cell's figures; its hours ascending (a single value may come in any order). */
  add(cell: Pick<HistogramCell, Count | 'workingDays'> & { hours: ArrayLike<number>; overdue?: number }): void {
    this.addCounts(cell, cell.workingDays);
    this.overdue += cell.overdue ?? 0;
    this.selection = undefined;
    const { hours } = cell;
    if (hours.length === 1) this.loose.push(hours[0]);
    else if (hours.length > 1) this.lists.push(hours instanceof Float64Array ? hours : Float64Array.from(hours));
    this.count += hours.length;
  }

  /** Adds another group's figures (the report's total), sharing its lists of hours. */
  merge(other: MergedFigures): void {
    this.addCounts(other.counts, other.workingDays);
    this.overdue += other.overdue;
    this.selection = undefined;
    this.lists.push(...other.hourLists());
    this.count += other.count;
  }

  /** How many hours to answer the group holds. */
  get hourCount(): number {
    return this.count;
  }

  /** The index-th smallest (0-based) of the group's hours. */
  nthHour(index: number): number {
    this.selection ??= new SortedListsSelection(this.hourLists());
    return this.selection.nth(index);
  }

  /** All the hours, ascending (merged and sorted: for tests and comparisons; the report uses nthHour). */
  sortedHours(): Float64Array {
    const lists = this.hourLists();
    const all = new Float64Array(this.count);
    let at = 0;
    for (const list of lists) {
      all.set(list, at);
      at += list.length;
    }
    return lists.length > 1 ? all.sort() : all; // a typed array sorts numerically
  }

  /** The sorted lists of hours (the loose values gathered into one). */
  private hourLists(): readonly Float64Array[] {
    if (this.loose.length > 0) {
      this.lists.push(Float64Array.from(this.loose).sort());
      this.loose = [];
    }
    return this.lists;
  }

  private addCounts(counts: Readonly<Record<Count, number>>, workingDays: readonly number[]): void {
    for (const count of COUNTS) this.counts[count] += counts[count];
    for (let n = 0; n < workingDays.length; n++) this.workingDays[n] = (this.workingDays[n] ?? 0) + workingDays[n];
  }
}

/**
 * The index-th smallest (0-based) of the union of lists, each ascending, with
 * neither merging nor sorting them all: the same value as sorting their
 * concatenation and reading [index] (SortedListsSelection, once).
 */
export function nthOfSortedLists(lists: readonly ArrayLike<number>[], index: number): number {
  return new SortedListsSelection(lists).nth(index);
}

/**
 * Order statistics of the union of lists, each ascending (no NaN), exactly as
 * sorting their concatenation would give them, without doing so. A sample of
 * every s-th value of each list, sorted once, brackets the rank: the last sample
 * value a with fewer than rank+1 values below it (counted exactly, by binary
 * search in every list) and the next greater sample value b. No list holds s
 * values strictly between a and b (one of them would be in the sample), so
 * what lies between is at most lists × s values, gathered and sorted. With
 * s ≈ √(n / lists) both the sample and what is gathered stay near √(n × lists):
 * ~6,000 values for 256,000 hours in 156 cells.
 */
export class SortedListsSelection {
  readonly size: number;
  private readonly lists: readonly ArrayLike<number>[];
  private readonly sample: Float64Array;

  constructor(lists: readonly ArrayLike<number>[]) {
    this.lists = lists.filter((list) => list.length > 0);
    this.size = this.lists.reduce((sum, list) => sum + list.length, 0);
    const stride = Math.max(1, Math.floor(Math.sqrt(this.size / Math.max(1, this.lists.length))));
    this.sample = new Float64Array(this.lists.reduce((sum, list) => sum + Math.ceil(list.length / stride), 0));
    let at = 0;
    for (const list of this.lists) for (let i = 0; i < list.length; i += stride) this.sample[at++] = list[i];
    this.sample.sort(); // numerically: the first is the least of all values
  }

  /** The index-th smallest (0-based). */
  nth(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`index ${index} beyond ${this.size} values`);
    if (this.lists.length === 1) return this.lists[0][index];
    const { sample } = this;
    // The last sample value with at most `index` values below it (the first has none).
    let low = 0;
    let high = sample.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.countBelow(sample[middle]) <= index) low = middle;
      else high = middle - 1;
    }
    const a = sample[low];
    let upToA = 0;
    for (const list of this.lists) upToA += upperBound(list, 0, list.length, a);
    if (index < upToA) return a;
    let next = low + 1;
    while (next < sample.length && sample[next] <= a) next++;
    const b = next < sample.length ? sample[next] : Infinity;
    // The values strictly between a and b; the one sought is among them.
    const between: number[] = [];
    for (const list of this.lists) {
      const to = lowerBound(list, 0, list.length, b);
      for (let i = upperBound(list, 0, to, a); i < to; i++) between.push(list[i]);
    }
    return Float64Array.from(between).sort()[index - upToA];
  }

  private countBelow(value: number): number {
    let below = 0;
    for (const list of this.lists) below += lowerBound(list, 0, list.length, value);
    return below;
  }
}

/** How many values of an ascending list are below a bound (the open ideas overdue at an instant, from a cell's deadlines). */
export function countBelow(list: ArrayLike<number>, bound: number): number {
  return lowerBound(list, 0, list.length, bound);
}

/** The first index in [from, to) of an ascending list holding a value ≥ pivot (to when none does). */
function lowerBound(list: ArrayLike<number>, from: number, to: number, pivot: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < pivot) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first index in [from, to) of an ascending list holding a value > pivot (to when none does). */
function upperBound(list: ArrayLike<number>, from: number, to: number, pivot: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] <= pivot) low = middle + 1;
    else high = middle;
  }
  return low;
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

/** Float64 values as bytes (little-endian), and back: how the cells store their hours and deadlines. */
export function encodeFloat64s(values: readonly number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 8);
  for (let i = 0; i < values.length; i++) buffer.writeDoubleLE(values[i], i * 8);
  return buffer;
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * The values of a cell's bytes, as a Float64Array over them (no per-value loop):
 * a view when the bytes are 8-byte aligned, else over an aligned copy. Only on a
 * big-endian machine are they read one by one.
 */
export function decodeFloat64s(bytes: Uint8Array): Float64Array {
  if (bytes.length % 8 !== 0) throw new RangeError(`${bytes.length} bytes are not float64 values`);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    return Float64Array.from({ length: bytes.length / 8 }, (_, i) => view.getFloat64(i * 8, true));
  }
  if (bytes.byteOffset % 8 === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}
