import type { HistogramDimension } from './response-time-histograms.cells';

/** A cell's values as the report reads them, decoded. */
export interface CellValues {
  readonly hours: Float64Array;
  readonly openDue: Float64Array;
}

/**
 * The decoded hours and deadlines of the cells a process has read, each with
 * the version it read, so a report reads again only the cells that changed
 * since (the current month's, live) instead of every cell's bytes (~2 MB for a
 * 12-month report on ten years of history): most of the report's time was
 * spent moving them.
 *
 * A version is the row's xmin, the transaction that wrote it, in one
 * generation's table: a transaction leaves one visible version of a cell, so
 * the same cell and xmin are the same bytes (until the 32-bit transaction
 * counter wraps, 4 billion transactions later). Another generation's table
 * starts afresh. Bounded by the values it holds; the least recently used go
 * first.
 */
export class CellValuesCache {
  private table = '';
  private readonly cells = new Map<string, { version: string; values: CellValues }>();
  private held = 0;

  constructor(private readonly maxValues = 8_000_000) {}

  /**
   * What it holds of a dimension's cells in a table: the versions, as
   * `month|code|xmin`, and their values, kept for this request (a concurrent
   * one may replace them meanwhile).
   */
  snapshot(table: string, dimension: HistogramDimension): Map<string, CellValues> {
    if (table !== this.table) {
      this.cells.clear();
      this.held = 0;
      this.table = table;
    }
    const held = new Map<string, CellValues>();
    for (const [key, { version, values }] of this.cells) if (key.startsWith(`${dimension}|`)) held.set(`${key.slice(dimension.length + 1)}|${version}`, values);
    return held;
  }

  /** Keeps the values of a cell's version read from the table (replacing the version held before). */
  set(table: string, dimension: HistogramDimension, month: string, groupKey: string, version: string, values: CellValues): void {
    if (table !== this.table) return;
    const key = `${dimension}|${month}|${groupKey}`;
    const before = this.cells.get(key);
    if (before) {
      this.cells.delete(key);
      this.held -= sizeOf(before.values);
    }
    this.cells.set(key, { version, values });
    this.held += sizeOf(values);
    for (const [oldest, { values: evicted }] of this.cells) {
      if (this.held <= this.maxValues) break;
      this.cells.delete(oldest);
      this.held -= sizeOf(evicted);
    }
  }

  /** Marks a cell as just used (least recently used go first). */
  touch(dimension: HistogramDimension, month: string, groupKey: string): void {
    const key = `${dimension}|${month}|${groupKey}`;
    const entry = this.cells.get(key);
    if (!entry) return;
    this.cells.delete(key);
    this.cells.set(key, entry);
  }
}

function sizeOf(values: CellValues): number {
  return values.hours.length + values.openDue.length;
}
