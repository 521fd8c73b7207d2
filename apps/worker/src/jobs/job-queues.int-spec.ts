import { randomUUID } from 'node:crypto';
import { queueBackend } from '@civic/platform';
import { JobQueues } from './job-queues';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const clock = { now: () => new Date('2026-11-24T09:00:00.000Z') };

describe('Enqueuing jobs', () => {
  it('adds each job id once, delayed by the application clock, under its own prefix', async () => {
    const queues = new JobQueues(queueBackend({ redisUrl: REDIS_URL, databaseUrl: 'unused' }), `test-${randomUUID()}`, clock);
    try {
      const request = {
        name: 'deadline-missed',
        jobId: 'deadline-missed.e1',
        data: { ideaId: 'i', routingEventId: 'e1', respondBy: '2026-11-25T09:00:00.000Z', dueAt: '2026-11-25T09:00:00.000Z' },
        runAt: '2026-11-25T09:00:00.000Z',
      } as const;
      await queues.enqueue([request]);
      await queues.enqueue([
        request,
        { name: 'citizen-notification', jobId: 'citizen-notification.e1', data: { ideaId: 'i', eventId: 'e1', revision: 0, kind: 'receipt' } },
      ]);
      const deadlines = queues.get('deadlines');
      expect(await deadlines.getJobCounts('delayed', 'waiting')).toEqual({ delayed: 1, waiting: 0 });
      const job = await deadlines.getJob('deadline-missed.e1');
      expect(job?.opts.delay).toBe(86_400_000);
      expect(job?.opts.attempts).toBeGreaterThan(1);
      expect(await queues.get('notifications').getJobCounts('waiting')).toEqual({ waiting: 1 });
    } finally {
      await Promise.all(queues.all().map((queue) => queue.obliterate({ force: true })));
      await queues.close();
    }
  });

  it('fails within seconds while Redis is unreachable, without crashing the process', async () => {
    const warnings: string[] = [];
    const queues = new JobQueues(queueBackend({ redisUrl: 'redis://127.0.0.1:1', databaseUrl: 'unused' }), `test-${randomUUID()}`, clock, {
      warn: (line) => warnings.push(line),
    });
    const started = Date.now();
    await expect(
      queues.enqueue([{ name: 'citizen-notification', jobId: 'citizen-notification.e2', data: { ideaId: 'i', eventId: 'e2', revision: 0, kind: 'receipt' } }]),
    ).rejects.toThrow(/ECONNREFUSED|Connection is closed|did not answer|writeable/);
    expect(warnings.length).toBeLessThanOrEqual(1); // connection errors reach the log at most once a minute
    expect(Date.now() - started).toBeLessThan(8_000);
    await queues.close().catch(() => undefined);
  }, 15_000);
});
