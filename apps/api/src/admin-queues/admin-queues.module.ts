import { type DynamicModule, Module } from '@nestjs/common';
import type { QueuesOptions } from '../infrastructure/infrastructure.module';
import { AdminSessionController } from './admin-session.controller';
import { QueueDashboard } from './queue-dashboard';

/** The queue dashboard, when the app knows where the queues are; without that, none of its routes exist (404). */
@Module({})
export class AdminQueuesModule {
  static forRoot(queues: QueuesOptions | undefined): DynamicModule {
    if (!queues) return { module: AdminQueuesModule };
    return {
      module: AdminQueuesModule,
      controllers: [AdminSessionController],
      providers: [{ provide: QueueDashboard, useFactory: () => new QueueDashboard(queues) }],
      exports: [QueueDashboard],
    };
  }
}
