import { createTableSql } from '../runner/columns';
import type { TableNames } from '../runner/projection';
import { responseTimesColumns } from '../response-times/response-times.table';
import type { HistogramDimension } from './response-time-histograms.cells';

/** The projection's name, and its table of cells: per dimension, code and local month, the figures and what the percentiles need. */
export const RESPONSE_TIME_HISTOGRAMS = 'response_time_histograms';
/** Its own row per idea (the response_times fold, again): what each cell holds of the idea, so a change moves it exactly. */
export const RESPONSE_TIME_HISTOGRAM_IDEAS = 'response_time_histogram_ideas';

/** Per local month, the ideas received, answered, implemented and past their deadline in it: the throughput report's whole months. */
export const RESPONSE_TIME_FLOWS = 'response_time_flows';

/** One generation's tables; index names carry the physical names so generations coexist. */
export function responseTimeHistogramsTables(tables: TableNames): string {
  const ideas = tables[RESPONSE_TIME_HISTOGRAM_IDEAS];
  const cells = tables[RESPONSE_TIME_HISTOGRAMS];
  const flows = tables[RESPONSE_TIME_FLOWS];
  return `
    ${createTableSql(ideas, responseTimesColumns)}
    CREATE INDEX ${ideas}_received_at_idx ON ${ideas} (received_at);
    CREATE INDEX ${ideas}_open_received_at_idx ON ${ideas} (received_at) WHERE answered_at IS NULL AND closed_at IS NULL;
    CREATE TABLE ${cells} (
      dimension text NOT NULL,
      group_key text NOT NULL,
      month text NOT NULL,
      received integer NOT NULL,
      answered integer NOT NULL,
      implemented integer NOT NULL,
      open_backlog integer NOT NULL,
      deadlines_missed integer NOT NULL,
      within_deadline integer NOT NULL,
      with_deadline integer NOT NULL,
      working_days integer[] NOT NULL,
      hours bytea NOT NULL,
      open_due bytea NOT NULL,
      PRIMARY KEY (dimension, month, group_key)
    );
    CREATE TABLE ${flows} (
      month text PRIMARY KEY,
      received integer NOT NULL,
      answered integer NOT NULL,
      implemented integer NOT NULL,
      deadlines_missed integer NOT NULL
    );
  `;
}

/** A cell as stored: its counts, the working days' histogram and the hours (encoded), for one dimension, code and local month. */
export interface StoredCell {
  dimension: HistogramDimension;
  group_key: string;
  month: string;
  received: number;
  answered: number;
  implemented: number;
  open_backlog: number;
  deadlines_missed: number;
  within_deadline: number;
  with_deadline: number;
  working_days: number[];
  hours: Buffer;
  /** The open ideas' deadlines, epoch ms, float64 ascending. */
  open_due: Buffer;
}
