import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createQueue, createWorker, queueBackend, type QueueBackend } from './queue-backend';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('BullMQ on the backend the configuration picks', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('queues');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('picks Redis when REDIS_URL is set and PostgreSQL when it is not', () => {
    expect(queueBackend({ redisUrl: 'redis://:secret@cache:6380/2', databaseUrl: database.url })).toEqual({
      kind: 'redis',
      connection: { host: 'cache', port: 6380, password: 'secret', db: 2 },
    });
    expect(queueBackend({ redisUrl: null, databaseUrl: database.url })).toEqual({
      kind: 'postgres',
      connection: { connectionString: database.url, schema: 'bullmq', migrate: true },
    });
    expect(() => queueBackend({ redisUrl: 'http://x', databaseUrl: database.url })).toThrow(/redis:\/\//);
  });

  const roundTrip = async (backend: QueueBackend) => {
    const name = `test-${randomUUID()}`;
    const queue = createQueue(name, backend);
    const seen: string[] = [];
    const worker = createWorker<{ word: string }, string>(
      name,
      async (job) => {
        seen.push(job.data.word);
        return job.data.word.toUpperCase();
      },
      backend,
    );
    try {
      const jobId = `fixed-${name}`;
      await queue.add('shout', { word: 'hej' }, { jobId });
      await queue.add('shout', { word: 'hej' }, { jobId }); // same id: not enqueued twice
      const deadline = Date.now() + 15_000;
      let job = await queue.getJob(jobId);
      while ((await job?.getState()) !== 'completed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await queue.getJob(jobId);
      }
      expect(await job?.getState()).toBe('completed');
      job = await queue.getJob(jobId); // read again: the copy fetched while it ran has no return value
      expect(job?.returnvalue).toBe('HEJ');
      expect(seen).toEqual(['hej']);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  };

  it('runs a job on Redis, once per job id', () => roundTrip(queueBackend({ redisUrl: REDIS_URL, databaseUrl: database.url })));
  it('runs a job on PostgreSQL, once per job id', () => roundTrip(queueBackend({ redisUrl: null, databaseUrl: database.url })));
});
