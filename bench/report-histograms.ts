/**
 * The response-time report two ways on the generated history
 * (bench/generate-events.ts), in one process, called in turn so both see the
 * same load: from the rows (responseTimesReport over response_times, sorting
 * every idea of the period) and from the response_time_histograms cells, with
 * the cache of their bytes by version (what the API serves: `histograms`) and
 * without it (every cell's bytes read on each request: `histogramsUncached`).
 * Also checks that all give the same report.
 *
 * Run:   npm run -s bench:report-histograms [-- --runs 80 --warmup 10 --events 200000 --database-url URL]
 * Output: one JSON line on stdout; progress on stderr.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations, WorkingDayCalendar } from '../libs/platform/src/index';
import {
  catchUpProjection,
  RESPONSE_TIMES_GROUPINGS,
  responseTimeHistogramsProjection,
  responseTimesProjection,
  responseTimesReport,
  responseTimesReportFromHistograms,
  CellValuesCache,
} from '../libs/projections/src/index';
import { ensureGeneratedHistory, optionsFromArgs } from './generate-events';
import { numberFlag, postgresVersion } from './support/bench-cli';

const TIME_ZONE = 'Europe/Copenhagen';
const log = (message: string) => process.stderr.write(`[bench:report-histograms] ${message}\n`);
const quantile = (sorted: number[], q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2));

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const runs = numberFlag(args, 'runs', 80, { integer: true });
  const warmup = numberFlag(args, 'warmup', 10, { integer: true });
  const generate = optionsFromArgs(args);
  const history = await ensureGeneratedHistory(generate, log);
  await applyMigrations(history.url);
  const pool = new pg.Pool({ connectionString: history.url, max: 4 });
  const store = new PostgresEventStore(pool);
  try {
    const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: TIME_ZONE });
    for (const projection of [responseTimesProjection(calendar), responseTimeHistogramsProjection(calendar)]) {
      const started = performance.now();
      const applied = await catchUpProjection(pool, store, projection, { batchSize: 2000 });
      log(`${projection.name}: caught up ${applied} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const sql = { query: async <T>(text: string, values?: unknown[]) => (await pool.query(text, values)).rows as T };
    // The history's last 12 months (its end is a local date, exclusive).
    const to = generate.end;
    const fromDate = new Date(`${to}T00:00:00Z`);
    fromDate.setUTCMonth(fromDate.getUTCMonth() - 12);
    const from = fromDate.toISOString().slice(0, 10);
    const groupings: Record<string, unknown> = {};
    for (const groupBy of RESPONSE_TIMES_GROUPINGS) {
      const params = { from, to, timeZone: TIME_ZONE, now: new Date(`${to}T00:00:00Z`), groupBy };
      const rows: number[] = [];
      const cells: number[] = [];
      const uncached: number[] = [];
      // As the API serves it: a cache of the cells' bytes by version (one per grouping here, so each starts cold in its warm-up).
      const cache = new CellValuesCache();
      for (let i = 0; i < warmup + runs; i++) {
        let started = performance.now();
        await responseTimesReport(sql, params);
        if (i >= warmup) rows.push(performance.now() - started);
        started = performance.now();
        await responseTimesReportFromHistograms(sql, params, TIME_ZONE, { cache });
        if (i >= warmup) cells.push(performance.now() - started);
        started = performance.now();
        await responseTimesReportFromHistograms(sql, params, TIME_ZONE);
        if (i >= warmup) uncached.push(performance.now() - started);
      }
      rows.sort((a, b) => a - b);
      cells.sort((a, b) => a - b);
      uncached.sort((a, b) => a - b);
      const fromRows = JSON.stringify(await responseTimesReport(sql, params));
      const equal =
        fromRows === JSON.stringify(await responseTimesReportFromHistograms(sql, params, TIME_ZONE, { cache })) &&
        fromRows === JSON.stringify(await responseTimesReportFromHistograms(sql, params, TIME_ZONE));
      groupings[groupBy] = {
        rows: { p50Ms: quantile(rows, 0.5), p95Ms: quantile(rows, 0.95) },
        histograms: { p50Ms: quantile(cells, 0.5), p95Ms: quantile(cells, 0.95) },
        histogramsUncached: { p50Ms: quantile(uncached, 0.5), p95Ms: quantile(uncached, 0.95) },
        equal,
      };
      log(`${groupBy}: ${JSON.stringify(groupings[groupBy])}`);
    }
    process.stdout.write(
      `${JSON.stringify({ bench: 'report-histograms', events: history.events, ideas: history.ideas, from, to, runs, warmup, ...groupings, loadAverageAtStart, node: process.version, postgres: await postgresVersion(history.url) })}\n`,
    );
  } finally {
    await store.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
