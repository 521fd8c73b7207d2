import { parseArgs } from 'node:util';

export type StoreKind = 'postgres' | 'eventstoredb';
const KINDS: readonly StoreKind[] = ['postgres', 'eventstoredb'];

export interface StoreLocation {
  readonly kind: StoreKind;
  readonly url: string;
}

export interface CopyArguments {
  readonly from: StoreLocation;
  readonly to: StoreLocation;
  readonly batchSize?: number;
  readonly maxEvents?: number;
  readonly timeoutMs?: number;
}

export const COPY_USAGE = `Usage: npm run event-store:copy -- --from postgres|eventstoredb --to postgres|eventstoredb [options]

Copies every stream, in global order, with each event's id, type, data and metadata.
Resumable: run it again after an interruption, or after the source gained events.

  --from-url URL      source (default: DATABASE_URL for postgres, EVENTSTORE_URL for eventstoredb)
  --to-url URL        target (default: TARGET_DATABASE_URL for postgres, EVENTSTORE_URL for eventstoredb)
  --batch-size N      events per read of the source (default 500)
  --max-events N      stop after copying N events (run again to go on)
  --help              this text

EVENTSTORE_TIMEOUT_MS limits each EventStoreDB call (default 5000).`;

/** A mistake in how the command was called: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Returns null for --help. */
export function parseCopyArguments(argv: readonly string[], env: NodeJS.ProcessEnv): CopyArguments | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'from-url': { type: 'string' },
        'to-url': { type: 'string' },
        'batch-size': { type: 'string' },
        'max-events': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return null;
  const fromKind = kind(values.from, '--from');
  const toKind = kind(values.to, '--to');
  const from = { kind: fromKind, url: values['from-url'] || defaultUrl(fromKind, 'source', env) };
  const to = { kind: toKind, url: values['to-url'] || defaultUrl(toKind, 'target', env) };
  if (from.kind === to.kind && from.url === to.url) throw new UsageError('The source and the target are the same store');
  return {
    from,
    to,
    batchSize: positive(values['batch-size'], '--batch-size'),
    maxEvents: positive(values['max-events'], '--max-events'),
    timeoutMs: positive(env.EVENTSTORE_TIMEOUT_MS, 'EVENTSTORE_TIMEOUT_MS'),
  };
}

function kind(value: string | undefined, option: string): StoreKind {
  if (!value) throw new UsageError(`${option} is required (${KINDS.join(' or ')})`);
  if (!KINDS.includes(value as StoreKind)) throw new UsageError(`${option} must be ${KINDS.join(' or ')}, got "${value}"`);
  return value as StoreKind;
}

const DEFAULT_URL_VARIABLES: Record<'source' | 'target', Record<StoreKind, string>> = {
  source: { postgres: 'DATABASE_URL', eventstoredb: 'EVENTSTORE_URL' },
  target: { postgres: 'TARGET_DATABASE_URL', eventstoredb: 'EVENTSTORE_URL' },
};

function defaultUrl(kind: StoreKind, side: 'source' | 'target', env: NodeJS.ProcessEnv): string {
  const variable = DEFAULT_URL_VARIABLES[side][kind];
  const url = env[variable];
  if (!url) throw new UsageError(`No ${side} URL: pass --${side === 'source' ? 'from' : 'to'}-url or set ${variable}`);
  return url;
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new UsageError(`${name} must be a whole number above 0, got "${value}"`);
  return parsed;
}
