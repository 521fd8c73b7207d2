import type { ResponseTimesRow } from '../response-times/response-times.table';
import type { SqlExecutor } from '../runner/projection';
import { localMonthOf } from './response-time-histograms.cells';

/** What the throughput report counts per local month: ideas received, answered, implemented and past their deadline in it. */
export const FLOW_COUNTS = ['received', 'answered', 'implemented', 'deadlines_missed'] as const;
export type FlowCount = (typeof FLOW_COUNTS)[number];

/** The instant each count takes an idea's row in (null: not yet). */
const INSTANT_OF: Record<FlowCount, (row: FlowRow) => string | Date | null> = {
  received: (row) => row.received_at,
  answered: (row) => row.answered_at,
  implemented: (row) => row.implemented_at,
  deadlines_missed: (row) => row.deadline_missed_at,
};

/** The columns of a response-times row the flows need (rows read back from SQL carry Dates). */
export type FlowRow = Pick<ResponseTimesRow, 'answered_at' | 'implemented_at' | 'deadline_missed_at'> & {
  received_at: string | Date;
  answered_at: string | Date | null;
  implemented_at: string | Date | null;
  deadline_missed_at: string | Date | null;
};

/** The per-month counts of many rows' changes: each row's months before are taken away, its months after added. */
export class FlowChanges {
  private readonly months = new Map<string, Record<FlowCount, number>>();

  constructor(private readonly timeZone: string) {}

  apply(row: FlowRow, sign: 1 | -1): void {
    for (const count of FLOW_COUNTS) {
      const instant = INSTANT_OF[count](row);
      if (instant === null) continue;
      const month = localMonthOf(new Date(instant), this.timeZone);
      let counts = this.months.get(month);
      if (!counts) this.months.set(month, (counts = { received: 0, answered: 0, implemented: 0, deadlines_missed: 0 }));
      counts[count] += sign;
    }
  }

  /** The months whose counts move, and by how much. */
  changed(): { month: string; counts: Record<FlowCount, number> }[] {
    return [...this.months].filter(([, counts]) => FLOW_COUNTS.some((count) => counts[count] !== 0)).map(([month, counts]) => ({ month, counts }));
  }
}

/** Moves the months' counts, in the transaction that writes the rows; a month left with no count goes, as a rebuild would not make it. */
export async function writeFlows(sql: SqlExecutor, table: string, changes: FlowChanges): Promise<void> {
  const changed = changes.changed();
  if (changed.length === 0) return;
  await sql.query(
    `INSERT INTO ${table} AS f (month, ${FLOW_COUNTS.join(', ')})
     SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[], $4::integer[], $5::integer[])
     ON CONFLICT (month) DO UPDATE SET ${FLOW_COUNTS.map((count) => `${count} = f.${count} + EXCLUDED.${count}`).join(', ')}`,
    [changed.map((c) => c.month), ...FLOW_COUNTS.map((count) => changed.map((c) => c.counts[count]))],
  );
  await sql.query(`DELETE FROM ${table} WHERE month = ANY($1::text[]) AND ${FLOW_COUNTS.map((count) => `${count} = 0`).join(' AND ')}`, [
    changed.map((c) => c.month),
  ]);
}
