import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { structuredNestLogger } from '@civic/platform';
import { mailDestination } from './notifications/mail-destination';
import { ProjectionsHost } from './projections-host';
import { WorkerModule, type WorkerOptions } from './worker.module';

export async function startWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), { logger: structuredNestLogger(), abortOnError: false });
  await worker.init();
  const projections = options.projections === false ? [] : worker.get(ProjectionsHost).runners.map((runner) => runner.projection.name);
  const jobs = options.jobs
    ? `jobs on ${options.redisUrl ? 'Redis' : 'PostgreSQL (BullMQ backend)'}${options.jobs.config.smtpUrl ? '' : ', e-mails logged, not sent (no SMTP_URL)'}`
    : 'no jobs';
  const logger = new Logger('Worker');
  logger.log(`Worker ready: projections ${projections.join(', ') || '(none)'}; ${jobs}`);
  if (options.jobs) logger.log(mailDestination(options.jobs.config.smtpUrl));
  const autoRouting = options.jobs?.config.autoRoutingMinConfidence;
  if (autoRouting)
    logger.log(`Automatic routing on: an idea no rule matched is routed by the routing model at a confidence of ${Math.round(autoRouting * 100)} % or more`);
  return worker;
}
