import { currentLogContext } from '@civic/platform';
import type { JobHandler } from './job-handler';
import { JobRegistry, JobRegistryError } from './job-registry';
import { JOB_NAMES, type JobName } from '@civic/casework';

function handlerFor(jobName: string): JobHandler {
  return new (class Handler {
    readonly jobName = jobName as JobName;
    async handle() {
      return jobName;
    }
  })();
}

describe('The job registry', () => {
  const complete = () => JOB_NAMES.map(handlerFor);

  it('accepts exactly one handler per job', () => {
    expect(JobRegistry.of(complete())).toBeInstanceOf(JobRegistry);
  });

  it('refuses a job without a handler, naming it', () => {
    const handlers = complete().filter((handler) => handler.jobName !== 'deadline-missed');
    expect(() => JobRegistry.of(handlers)).toThrow(new JobRegistryError('No handler for job "deadline-missed"'));
  });

  it('refuses two handlers for one job', () => {
    expect(() => JobRegistry.of([...complete(), handlerFor('citizen-notification')])).toThrow(/Job "citizen-notification" has two handlers/);
  });

  it('refuses a handler for a job not in the catalogue', () => {
    expect(() => JobRegistry.of([...complete(), handlerFor('send-fax')])).toThrow(/"send-fax", which is not in the job catalogue/);
  });

  it('runs a job with one call into its handler', async () => {
    const registry = JobRegistry.of(complete());
    const job = { id: 'x.1', name: 'deadline-reminder', data: {}, attemptsMade: 0, log: async () => 0 } as never;
    await expect(registry.run(job, 'token', () => new Date())).resolves.toBe('deadline-reminder');
  });

  it('runs the handler with the correlation id of the request behind the job, in its context and in every line it logs', async () => {
    const seen: unknown[] = [];
    const handlers = complete().map((handler) =>
      handler.jobName === 'citizen-notification'
        ? {
            jobName: handler.jobName,
            handle: async (_: unknown, job: { correlationId: string }) => void seen.push(job.correlationId, await Promise.resolve(currentLogContext())),
          }
        : handler,
    );
    const registry = JobRegistry.of(handlers as JobHandler[]);
    const job = (id: string, data: object) => ({ id, name: 'citizen-notification', data, attemptsMade: 0, log: async () => 0 }) as never;
    await registry.run(job('citizen-notification.e1', { ideaId: 'i', correlationId: 'request-1' }), 'token', () => new Date());
    await registry.run(job('citizen-notification.e2', { ideaId: 'i' }), 'token', () => new Date());
    expect(seen).toEqual([
      'request-1',
      { correlationId: 'request-1', job: 'citizen-notification', jobId: 'citizen-notification.e1' },
      // Nothing behind it (the retention schedule, a job enqueued before correlation ids): the job's own id.
      'citizen-notification.e2',
      { correlationId: undefined, job: 'citizen-notification', jobId: 'citizen-notification.e2' },
    ]);
  });
});
