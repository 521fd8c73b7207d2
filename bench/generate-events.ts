/**
 * Generates a realistic event history for the read-side benchmarks (rebuild,
 * queries): ~150k citizen ideas over 24 months, each through its lifecycle
 * as the real domain decides it (`decide` + `evolve` from libs/ideas, so every
 * event is one the service could have written), written to the PostgreSQL
 * event store in simulated time order so $all interleaves ideas like real
 * traffic: with COPY by default (the rows append_to_stream would write), or
 * through appendToStream by several writers (--method append).
 *
 * The mix: most ideas routed by a routing rule at submission, the rest by a
 * dispatcher after days; assigned (some handed over); ~20% get a question to
 * the citizen (most answered); diagnosed; ~85% answered within 1–25 working
 * days; ~30% of the accepted ones progress and get implemented; a few
 * withdrawn, marked duplicate or stalled; the newest still open at the end
 * date (so backlog and overdue exist); contact data on most, sealed through
 * the vault as the API seals it (one data key per idea, under PII_MASTER_KEY or
 * the development key), so the events hold none in clear.
 * Deterministic for a given --seed and --events (idea ids, times, texts).
 *
 * Run:   npm run -s bench:generate -- --events 1000000 [--database-url URL] [--reset]
 * Flags: --events N (1000000)  --database-url URL (else DATABASE_URL, else
 *        postgres://postgres@127.0.0.1:5432/civic_bench, created if absent)
 *        --seed N (20261101)  --end YYYY-MM-DD (2026-11-01)  --months N (24)
 *        --method copy|append (copy)  --writers N (8, append only)
 *        --reset (drop and recreate the database first)
 *        --dry-run (plan only, print the mix)
 * A database that already holds a generated history is reused when it has at
 * least --events events (bench/rebuild relies on that); anything else
 * non-empty is refused unless --reset.
 *
 * The parts, one a file under bench/generate/: options (the command line),
 * generate (start to end, and ensureGeneratedHistory for the other benches),
 * database (create, reuse, stamp), plan-history and plan-idea (what happens
 * when), mix and texts (the shares and the words), simulated-days (working
 * days, office hours), random (seeded), copy (COPY, the default), append (the writers), dry-run.
 */
import { generateEvents } from './generate/generate';
import { DEFAULT_BENCH_DATABASE_URL, optionsFromArgs } from './generate/options';

export { ensureGeneratedHistory, generateEvents, type GenerateSummary } from './generate/generate';
export { DEFAULT_BENCH_DATABASE_URL, optionsFromArgs, type GenerateOptions } from './generate/options';

const USAGE = `Usage: npm run -s bench:generate -- [--events N] [--database-url URL] [--reset] [--method copy|append] [--writers N]
       [--seed N] [--end YYYY-MM-DD] [--months N] [--dry-run]
Defaults: --events 1000000, --database-url $DATABASE_URL or ${DEFAULT_BENCH_DATABASE_URL}, --method copy,
--writers 8 (append only), --seed 20261101, --end 2026-11-01, --months 24. See bench/README.md (generate).
`;

if (require.main === module && process.argv.includes('--help')) process.stdout.write(USAGE);
else if (require.main === module) {
  generateEvents(optionsFromArgs(process.argv.slice(2)))
    .then((summary) => process.stdout.write(`${JSON.stringify(summary)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`[bench:generate] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
