import { numberFlag } from '../support/bench-cli';

// The generator's command line (see bench/README.md).

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/civic_bench';

export interface GenerateOptions {
  readonly databaseUrl: string;
  readonly events: number;
  readonly seed: number;
  /** Exclusive end of the simulated period, a local (Copenhagen) date. */
  readonly end: string;
  readonly months: number;
  /** copy: one connection streams the rows with COPY (the default, fast); append: --writers concurrent appendToStream calls. */
  readonly method: 'copy' | 'append';
  readonly writers: number;
  readonly reset: boolean;
  readonly dryRun?: boolean;
  readonly log?: (message: string) => void;
}

/** `--name value` or `--name=value`. */
function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function optionsFromArgs(args: string[]): GenerateOptions {
  const end = flag(args, 'end') ?? '2026-11-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error(`--end must be YYYY-MM-DD, got "${end}"`);
  const method = flag(args, 'method') ?? 'copy';
  if (method !== 'copy' && method !== 'append') throw new Error(`--method must be copy or append, got "${method}"`);
  return {
    databaseUrl: flag(args, 'database-url') ?? process.env.DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL,
    events: numberFlag(args, 'events', 1_000_000, { integer: true }),
    seed: numberFlag(args, 'seed', 20_261_101, { integer: true }),
    end,
    months: numberFlag(args, 'months', 24, { integer: true }),
    method,
    writers: numberFlag(args, 'writers', 8, { integer: true }),
    reset: args.includes('--reset'),
    dryRun: args.includes('--dry-run'),
  };
}
