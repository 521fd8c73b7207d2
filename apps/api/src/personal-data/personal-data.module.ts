import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import { PG_POOL, type InfrastructureOptions } from '../infrastructure/infrastructure.module';
import { TrackedIdeas } from '../tracking/tracked-ideas';
import { EraseSubmitterDataHandler } from './erase-submitter-data.handler';
import { PersonalDataController } from './personal-data.controller';
import {
  PersonalDataVault,
  IdeaRepository,
  PersonalDataRetention,
  SubmitterContacts,
  SubmitterDataEraser,
  SubmitterTexts,
  SupportRepository,
  SupporterDataEraser,
} from '@civic/casework';

/** The retention period in months (PERSONAL_DATA_RETENTION_MONTHS), for whoever schedules PersonalDataRetention. */
export const PERSONAL_DATA_RETENTION_MONTHS = Symbol('PERSONAL_DATA_RETENTION_MONTHS');
const DEFAULT_RETENTION_MONTHS = 24;

/** Citizens' personal data: sealed with a per-submitter key, opened for those who may see it, erased on request or by retention. */
@Module({})
export class PersonalDataModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: PersonalDataModule,
      controllers: [PersonalDataController],
      providers: [
        {
          provide: PersonalDataVault,
          useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
          inject: [PG_POOL],
        },
        { provide: PERSONAL_DATA_RETENTION_MONTHS, useValue: options.personalDataRetentionMonths ?? DEFAULT_RETENTION_MONTHS },
        {
          provide: PersonalDataRetention,
          useFactory: (pool: Pool, eraser: SubmitterDataEraser, clock: Clock, months: number, supporters: SupporterDataEraser) =>
            new PersonalDataRetention(pool, eraser, clock, months, supporters),
          inject: [PG_POOL, SubmitterDataEraser, Clock, PERSONAL_DATA_RETENTION_MONTHS, SupporterDataEraser],
        },
        SubmitterContacts,
        SubmitterTexts,
        SubmitterDataEraser,
        SupportRepository,
        SupporterDataEraser,
        EraseSubmitterDataHandler,
        // Stateless readers of the event store, as in AppModule.
        IdeaRepository,
        TrackedIdeas,
      ],
      exports: [PersonalDataVault, SubmitterContacts, SubmitterTexts, SubmitterDataEraser, PersonalDataRetention],
    };
  }
}
