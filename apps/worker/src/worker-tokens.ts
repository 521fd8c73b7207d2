/** The worker's own connection pool (jobs, reactors, sent-mail records). */
export const WORKER_POOL = Symbol('WorkerPool');
/** JobsConfig: SMTP, links, reminder days, schedules. */
export const JOBS_CONFIG = Symbol('JobsConfig');
/** The BullMQ queues by QueueName (JobQueues). */
export const JOB_QUEUES = Symbol('JobQueues');
