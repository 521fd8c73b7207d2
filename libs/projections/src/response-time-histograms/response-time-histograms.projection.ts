import type { WorkingDayCalendar } from '@civic/platform';
import { foldResponseTimes, type ResponseTimesContext } from '../response-times/response-times.fold';
import type { ResponseTimesRow } from '../response-times/response-times.table';
import { type IdeaRowModel, IdeaRowProjection, type RowChange } from '../runner/idea-row-projection';
import type { Projection, SqlExecutor, TableNames } from '../runner/projection';
import { CellChanges, cellId, contributionOf, decodeFloat64s, encodeFloat64s, type HistogramCell } from './response-time-histograms.cells';
import { FlowChanges, writeFlows } from './response-time-flows';
import {
  RESPONSE_TIME_FLOWS,
  RESPONSE_TIME_HISTOGRAM_IDEAS,
  RESPONSE_TIME_HISTOGRAMS,
  responseTimeHistogramsTables,
  type StoredCell,
} from './response-time-histograms.table';

const CELLS_PER_STATEMENT = 1000;

export function cellOfStored(row: StoredCell): HistogramCell {
  return {
    dimension: row.dimension,
    groupKey: row.group_key,
    month: row.month,
    received: row.received,
    answered: row.answered,
    implemented: row.implemented,
    openBacklog: row.open_backlog,
    deadlinesMissed: row.deadlines_missed,
    withinDeadline: row.within_deadline,
    withDeadline: row.with_deadline,
    workingDays: row.working_days,
    hours: Array.from(decodeFloat64s(row.hours)),
    openDue: Array.from(decodeFloat64s(row.open_due)),
  };
}

/** Moves each changed idea's share from its old cells to its new ones, in the transaction that writes the rows; a cell left without ideas goes. */
async function writeCells(sql: SqlExecutor, changes: readonly RowChange<ResponseTimesRow>[], tables: TableNames, timeZone: string): Promise<void> {
  const table = tables[RESPONSE_TIME_HISTOGRAMS];
  const delta = new CellChanges();
  for (const { before, after } of changes) {
    if (before) delta.apply(contributionOf(before, timeZone), -1);
    delta.apply(contributionOf(after, timeZone), 1);
  }
  const keys = delta.keys();
  if (keys.length === 0) return;
  const stored = new Map<string, HistogramCell>();
  const { rows } = await sql.query<StoredCell>(
    `SELECT c.* FROM ${table} c JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(dimension, group_key, month) USING (dimension, group_key, month)`,
    [keys.map(([dimension]) => dimension), keys.map(([, groupKey]) => groupKey), keys.map(([, , month]) => month)],
  );
  for (const row of rows) stored.set(cellId(row.dimension, row.group_key, row.month), cellOfStored(row));
  const cells = delta.resultingCells(stored);
  const gone = cells.filter((cell) => cell.received === 0 && stored.has(cellId(cell.dimension, cell.groupKey, cell.month)));
  if (gone.length > 0) {
    await sql.query(
      `DELETE FROM ${table} c USING unnest($1::text[], $2::text[], $3::text[]) AS k(dimension, group_key, month)
        WHERE c.dimension = k.dimension AND c.group_key = k.group_key AND c.month = k.month`,
      [gone.map((cell) => cell.dimension), gone.map((cell) => cell.groupKey), gone.map((cell) => cell.month)],
    );
  }
  const kept = cells.filter((cell) => cell.received > 0);
  for (let i = 0; i < kept.length; i += CELLS_PER_STATEMENT) {
    const chunk = kept.slice(i, i + CELLS_PER_STATEMENT);
    const values: unknown[] = [];
    const tuples = chunk.map((cell) => {
      const first = values.length;
      values.push(
        cell.dimension,
        cell.groupKey,
        cell.month,
        cell.received,
        cell.answered,
        cell.implemented,
        cell.openBacklog,
        cell.deadlinesMissed,
        cell.withinDeadline,
        cell.withDeadline,
        cell.workingDays,
        encodeFloat64s(cell.hours),
        encodeFloat64s(cell.openDue),
      );
      return `(${Array.from({ length: 13 }, (_, n) => `$${first + n + 1}${n === 10 ? '::integer[]' : n >= 11 ? '::bytea' : n >= 3 ? '::integer' : ''}`).join(', ')})`;
    });
    await sql.query(
      `INSERT INTO ${table} (dimension, group_key, month, received, answered, implemented, open_backlog, deadlines_missed, within_deadline, with_deadline, working_days, hours, open_due)
       VALUES ${tuples.join(', ')}
       ON CONFLICT (dimension, month, group_key) DO UPDATE SET
         received = EXCLUDED.received, answered = EXCLUDED.answered, implemented = EXCLUDED.implemented, open_backlog = EXCLUDED.open_backlog,
         deadlines_missed = EXCLUDED.deadlines_missed, within_deadline = EXCLUDED.within_deadline, with_deadline = EXCLUDED.with_deadline,
         working_days = EXCLUDED.working_days, hours = EXCLUDED.hours, open_due = EXCLUDED.open_due`,
      values,
    );
  }
}

export function responseTimeHistogramsModel(calendar: WorkingDayCalendar): IdeaRowModel<ResponseTimesRow, ResponseTimesContext> {
  const timeZone = calendar.options.timeZone;
  return {
    name: RESPONSE_TIME_HISTOGRAMS,
    rowTable: RESPONSE_TIME_HISTOGRAM_IDEAS,
    extraTables: [RESPONSE_TIME_HISTOGRAMS, RESPONSE_TIME_FLOWS],
    createTable: (_table, tables) => responseTimeHistogramsTables(tables),
    // The same fold as response_times (the same definitions, so the same figures); its months are local to the calendar's zone.
    async loadContext() {
      return { calendar };
    },
    fold: foldResponseTimes,
    async afterWrite(sql, changes, tables) {
      await writeCells(sql, changes, tables, timeZone);
      const flows = new FlowChanges(timeZone);
      for (const { before, after } of changes) {
        if (before) flows.apply(before, -1);
        flows.apply(after, 1);
      }
      await writeFlows(sql, tables[RESPONSE_TIME_FLOWS], flows);
    },
  };
}

/**
 * What the response-time report reads: per dimension (all, department, district,
 * category), code and local month of receipt, the counts, a histogram of working
 * days to answer, the sorted hours to answer and the sorted deadlines of the open
 * ideas, so the report merges a few hundred cells instead of sorting every idea
 * (or counting the overdue ones) on each request.
 */
export function responseTimeHistogramsProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(responseTimeHistogramsModel(calendar));
}
