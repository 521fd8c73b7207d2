import { type DynamicModule, Module } from '@nestjs/common';
import type { InfrastructureOptions } from '../infrastructure/infrastructure.module';

/** Citizens' personal data: sealed with a per-submitter key, opened for those who may see it, erased on request or by retention. */
@Module({})
export class PersonalDataModule {
  static forRoot(_options: InfrastructureOptions): DynamicModule {
    return { module: PersonalDataModule };
  }
}
