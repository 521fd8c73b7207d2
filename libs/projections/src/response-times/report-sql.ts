/** What the report queries need of a connection: TypeORM's DataSource.query fits, rows come back as an array. */
export interface ReportSql {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** A period of local calendar dates, `to` exclusive: [from, to). */
export interface ReportPeriod {
  /** YYYY-MM-DD, inclusive, a local date in timeZone. */
  readonly from: string;
  /** YYYY-MM-DD, exclusive. */
  readonly to: string;
  /** Where a day and a month begin (the working-day calendar's zone), e.g. Europe/Copenhagen. */
  readonly timeZone: string;
}

/** Local midnight of a YYYY-MM-DD date in the zone; $n are the placeholders holding the date and the zone. */
export function localMidnight(dateParameter: string, zoneParameter: string): string {
  return `(${dateParameter}::date::timestamp AT TIME ZONE ${zoneParameter}::text)`;
}

/** The local calendar month of an instant, as YYYY-MM. */
export function localMonth(column: string, zoneParameter: string): string {
  return `to_char(${column} AT TIME ZONE ${zoneParameter}::text, 'YYYY-MM')`;
}

export function roundTo(value: number | string | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(Number(value) * factor) / factor;
}
