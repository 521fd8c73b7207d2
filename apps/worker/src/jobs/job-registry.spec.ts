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
});
