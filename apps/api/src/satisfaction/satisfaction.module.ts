import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { IdeaRepository, PersonalDataVault, SatisfactionRepository } from '@civic/casework';
import { PG_POOL, type InfrastructureOptions } from '../infrastructure/infrastructure.module';
import { TrackedIdeas } from '../tracking/tracked-ideas';
import { SatisfactionAnswers } from './satisfaction-answers';
import { SatisfactionController } from './satisfaction.controller';

/** The satisfaction follow-up's answers (the report is in ReportsModule). Global: the pages answer through the same service. */
@Module({})
export class SatisfactionModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: SatisfactionModule,
      global: true,
      controllers: [SatisfactionController],
      providers: [
        {
          provide: PersonalDataVault,
          useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
          inject: [PG_POOL],
        },
        IdeaRepository,
        TrackedIdeas,
        SatisfactionRepository,
        SatisfactionAnswers,
      ],
      exports: [SatisfactionAnswers],
    };
  }
}
