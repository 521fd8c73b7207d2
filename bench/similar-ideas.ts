/**
 * Similar ideas on a generated history (bench/generate-events.ts): rebuilds
 * the similar_ideas read model, then measures
 *   - precision and recall of the top five against a labelled set built from
 *     the history: each idea a handler marked as a duplicate, asked with its
 *     own (masked) text, district and category among the ideas received
 *     before it; its true match is the idea it was marked a duplicate of;
 *   - the same for a baseline without text (the five latest ideas of the same
 *     category and district), which tells how the generator picked originals;
 *   - latency (p50, p95, p99) of GET /public/ideas/similar's query and of a
 *     case's duplicate candidates, run against the database directly.
 *
 * Run:   node -r @swc-node/register bench/similar-ideas.ts -- --database-url URL [--labelled 400] [--queries 300] [--skip-rebuild]
 * Output: one JSON line on stdout; progress on stderr.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations } from '../libs/platform/src/index';
import {
  activeGeneration,
  findSimilarIdeas,
  rebuildProjection,
  type RowsOf,
  SIMILAR_IDEAS,
  similarIdeasProjection,
  tableNames,
} from '../libs/projections/src/index';

const log = (message: string) => process.stderr.write(`[bench:similar-ideas] ${message}\n`);

function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
}

async function main(): Promise<void> {
  const url = flag('database-url', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/civic_bench');
  const labelled = Number(flag('labelled', '400'));
  const queries = Number(flag('queries', '300'));
  // Measures the read model as it is (built by an earlier run, or kept current by a worker): for trying a search again.
  const skipRebuild = process.argv.includes('--skip-rebuild');
  await applyMigrations(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const store = new PostgresEventStore(pool, { pollIntervalMs: 1000 });
  const rows: RowsOf = async (statement, values) => (await pool.query(statement, values)).rows;
  try {
    const events = Number((await pool.query('SELECT count(*) AS n FROM events')).rows[0].n);
    const started = performance.now();
    const rebuilt = skipRebuild
      ? null
      : await rebuildProjection(pool, store, similarIdeasProjection(), {
          progressIntervalMs: 10_000,
          onProgress: (p) => log(`rebuild: ${p.applied} / ~${p.total} events, ${p.eventsPerSec} events/s`),
        });
    const rebuildSeconds = rebuilt ? Math.round((performance.now() - started) / 100) / 10 : null;
    // As autovacuum leaves them a little after a rebuild: the visibility map set, so the postings' index-only scans
    // skip the table (right after a rebuild they visit it, until autovacuum comes by).
    const vacuumStarted = performance.now();
    const { generation } = await activeGeneration(pool, SIMILAR_IDEAS);
    for (const physical of Object.values(tableNames(similarIdeasProjection(), generation))) await pool.query(`VACUUM (ANALYZE) ${physical}`);
    const vacuumSeconds = Math.round((performance.now() - vacuumStarted) / 100) / 10;
    const postings = Number((await pool.query('SELECT count(*) AS n FROM similar_idea_postings')).rows[0].n);
    const stems = Number((await pool.query('SELECT count(*) AS n FROM similar_idea_words')).rows[0].n);
    const ideas = Number((await pool.query('SELECT count(*) AS n FROM similar_ideas')).rows[0].n);

    // The labelled set: duplicates as marked, spread evenly over the history.
    const { rows: marked } = await pool.query<{
      id: string;
      original: string;
      title: string;
      description: string;
      district: string;
      category: string;
      received_at: Date;
    }>(
      `SELECT s.idea_id AS id, s.duplicate_of AS original, s.title, s.description, s.district, s.category, s.received_at
         FROM similar_ideas s JOIN similar_ideas o ON o.idea_id = s.duplicate_of
        WHERE s.status = 'duplicate' ORDER BY s.received_at`,
    );
    const step = Math.max(1, Math.floor(marked.length / labelled));
    const sample = marked.filter((_, i) => i % step === 0).slice(0, labelled);
    log(`${marked.length} marked duplicates, ${sample.length} asked`);
    // Every answer, in order: the same digest from run to run (and rebuild to rebuild) says the search is deterministic.
    const answers = createHash('sha256');
    let hits = 0;
    let returned = 0;
    let reciprocal = 0;
    let baselineHits = 0;
    const candidateMs: number[] = [];
    for (const d of sample) {
      const t0 = performance.now();
      const found = await findSimilarIdeas(rows, {
        text: `${d.title} ${d.description}`,
        district: d.district,
        category: d.category,
        excludeIdeaId: d.id,
        receivedBefore: d.received_at,
      });
      candidateMs.push(performance.now() - t0);
      answers.update(found.map((f) => f.ideaId).join(',') + ';');
      returned += found.length;
      const rank = found.findIndex((f) => f.ideaId === d.original);
      if (rank >= 0) {
        hits++;
        reciprocal += 1 / (rank + 1);
      }
      const { rows: latest } = await pool.query<{ idea_id: string }>(
        `SELECT idea_id FROM similar_ideas WHERE district = $1 AND category = $2 AND received_at < $3 ORDER BY received_at DESC LIMIT 5`,
        [d.district, d.category, d.received_at],
      );
      if (latest.some((row) => row.idea_id === d.original)) baselineHits++;
    }

    // Latency of the public list, for texts as citizens write them (the ideas' own titles and openings).
    const { rows: texts } = await pool.query<{ text: string; district: string; category: string }>(
      `SELECT title || ' ' || left(description, 120) AS text, district, category FROM similar_ideas ORDER BY md5(idea_id::text) LIMIT $1`,
      [queries],
    );
    const loadBeforeQueries = Math.round(loadavg()[0] * 10) / 10;
    const publicMs: number[] = [];
    for (const { text, district, category } of texts) {
      const t0 = performance.now();
      const found = await findSimilarIdeas(rows, { text, district, category, leaveOutClosed: true });
      publicMs.push(performance.now() - t0);
      answers.update(found.map((f) => f.ideaId).join(',') + ';');
    }
    const round = (x: number) => Math.round(x * 1000) / 1000;
    process.stdout.write(
      `${JSON.stringify({
        bench: 'similar-ideas',
        events,
        ideas,
        rebuildSeconds,
        rebuildEventsPerSec: rebuilt && rebuildSeconds ? Math.round(rebuilt.events / rebuildSeconds) : null,
        vacuumSeconds,
        postings,
        stems,
        labelled: { markedDuplicates: marked.length, asked: sample.length },
        top5: {
          recall: round(hits / Math.max(1, sample.length)),
          precision: round(hits / Math.max(1, returned)),
          precisionAt5: round(hits / Math.max(1, sample.length * 5)),
          mrr: round(reciprocal / Math.max(1, sample.length)),
          averageReturned: round(returned / Math.max(1, sample.length)),
        },
        baselineLatestFiveSameCategoryAndDistrict: { recall: round(baselineHits / Math.max(1, sample.length)) },
        latencyMs: {
          public: { queries: publicMs.length, p50: percentile(publicMs, 50), p95: percentile(publicMs, 95), p99: percentile(publicMs, 99) },
          duplicateCandidates: {
            queries: candidateMs.length,
            p50: percentile(candidateMs, 50),
            p95: percentile(candidateMs, 95),
            p99: percentile(candidateMs, 99),
          },
        },
        targetP95Ms: 30,
        answersDigest: answers.digest('hex').slice(0, 16),
        // One-minute load average before the public queries and at the end: the machine is shared.
        loadAverage: { beforePublicQueries: loadBeforeQueries, atEnd: Math.round(loadavg()[0] * 10) / 10 },
      })}\n`,
    );
  } finally {
    await store.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:similar-ideas] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
