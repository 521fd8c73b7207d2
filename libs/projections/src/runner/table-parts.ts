import type { SqlExecutor } from './projection';

/** One of several parts of a table, worked on side by side (part 0 … parts - 1). */
export interface TablePart {
  readonly part: number;
  readonly parts: number;
}

/**
 * SQL: the condition that selects the rows of one part of a table by the pages they are on (a TID range scan
 * reads only those pages). The parts together select every row once, provided nothing writes the table while
 * they are worked out; the last part takes any page added since.
 */
export async function rowsOfPart(sql: SqlExecutor, table: string, { part, parts }: TablePart): Promise<string> {
  const { rows } = await sql.query<{ pages: string }>(`SELECT pg_relation_size($1::regclass) / current_setting('block_size')::int AS pages`, [table]);
  const pages = Number(rows[0].pages);
  const from = Math.floor((part * pages) / parts);
  const to = Math.floor(((part + 1) * pages) / parts);
  return part === parts - 1 ? `ctid >= '(${from},0)'::tid` : `ctid >= '(${from},0)'::tid AND ctid < '(${to},0)'::tid`;
}
