import {
  createPostgresBackend,
  type IQueueBackend,
  type JobProgress,
  type PostgresConnectionOptions,
  type PostgresQueueBackend,
  Queue,
  Worker,
  type Processor,
} from 'bullmq';

/**
 * Where BullMQ keeps its jobs: Redis when REDIS_URL is set (production, tests),
 * else BullMQ's PostgreSQL backend in our own database (zero-service runs).
 */
export type QueueBackend =
  | { readonly kind: 'redis'; readonly connection: { host: string; port: number; username?: string; password?: string; db?: number; tls?: object } }
  | { readonly kind: 'postgres'; readonly connection: { connectionString: string; schema: string; migrate: boolean } };

export function queueBackend(options: { redisUrl: string | null; databaseUrl: string }): QueueBackend {
  // migrate: BullMQ applies its own schema migrations (under its advisory lock) when a queue starts.
  if (!options.redisUrl) return { kind: 'postgres', connection: { connectionString: options.databaseUrl, schema: 'bullmq', migrate: true } };
  const url = new URL(options.redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, got "${url.protocol}"`);
  return {
    kind: 'redis',
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

/** A queue or worker on either backend: callers never care which. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQueue = Queue<any, any, string, any, any, string, IQueueBackend, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWorker<Data, Result> = Worker<Data, Result, string, IQueueBackend, JobProgress, any>;

export interface QueueOptions {
  /** Prefix of the queue's keys (QUEUE_PREFIX), so installations and test runs can share one Redis. */
  readonly prefix?: string;
  /**
   * Fail a call at once while Redis is unreachable instead of queueing it in
   * the client: a producer that can retry from its own checkpoint wants to know.
   */
  readonly failFast?: boolean;
}

export function createQueue(name: string, backend: QueueBackend, options: QueueOptions = {}): AnyQueue {
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  return backend.kind === 'redis'
    ? new Queue(name, { connection: { ...backend.connection, ...(options.failFast ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 } : {}) }, ...prefix })
    : new Queue(name, { connection: backend.connection, ...prefix }, createPostgresBackend);
}

export interface JobWorkerOptions {
  readonly prefix?: string;
  readonly concurrency?: number;
  /** How long a running job's lock lasts; the worker renews it every half of this while the job runs. */
  readonly lockDuration?: number;
  /** How often a worker looks for active jobs whose lock has expired (their worker died) and puts them back to wait. */
  readonly stalledInterval?: number;
  /** How many times a job may be put back that way before it fails for good. */
  readonly maxStalledCount?: number;
}

export function createWorker<Data, Result>(
  name: string,
  processor: Processor<Data, Result>,
  backend: QueueBackend,
  options: JobWorkerOptions = {},
): AnyWorker<Data, Result> {
  const { prefix, concurrency, lockDuration, stalledInterval, maxStalledCount } = options;
  const common = {
    ...(prefix ? { prefix } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(lockDuration ? { lockDuration } : {}),
    ...(stalledInterval ? { stalledInterval } : {}),
    ...(maxStalledCount !== undefined ? { maxStalledCount } : {}),
  };
  return backend.kind === 'redis'
    ? new Worker<Data, Result>(name, processor, { connection: { ...backend.connection, maxRetriesPerRequest: null }, ...common })
    : new Worker<Data, Result, string, PostgresQueueBackend, JobProgress, PostgresConnectionOptions>(
        name,
        processor,
        { connection: backend.connection, ...common },
        createPostgresBackend,
      );
}

/**
 * close(), but no longer than `ms`. While Redis is unreachable a worker's
 * close() waits for a disconnect that never completes (taskforcesh/bullmq#4656),
 * so a worker could not be stopped during an outage: after `ms` its sockets are
 * dropped without waiting. Returns whether it closed in time.
 */
export async function closeWithin(target: AnyQueue | AnyWorker<unknown, unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const closed = target.close().then(
    () => true as const,
    () => true as const, // it emits its own errors; closing is what matters here
  );
  const inTime = await Promise.race([closed, late]).finally(() => clearTimeout(timer));
  // Also after a close in time: with Redis down, a queue's close can end while its client still retries the connection.
  dropConnections(target);
  return inTime;
}

/**
 * The Redis backend's ioredis clients, disconnected at once (no reconnect, no
 * wait; harmless on a closed one), and a worker's lock-renewal timer, which an
 * abandoned close never reaches. Not part of BullMQ's typed API, hence the
 * optional chains.
 */
function dropConnections(target: AnyQueue | AnyWorker<unknown, unknown>): void {
  const backend = target.getBackend() as unknown as Record<
    'connection' | 'blockingConnection',
    { _client?: { status?: string; disconnect?: () => void } } | undefined
  >;
  // Not on an ended client: ioredis would arm a 2 s timer for a socket that has already closed, which keeps a test's process alive.
  for (const connection of [backend.connection, backend.blockingConnection]) if (connection?._client?.status !== 'end') connection?._client?.disconnect?.();
  const lockManager = (target as unknown as { lockManager?: { close?: () => Promise<void> } }).lockManager;
  Promise.resolve(lockManager?.close?.()).catch(() => undefined);
}
