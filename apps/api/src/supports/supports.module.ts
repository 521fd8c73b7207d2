import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PersonalDataVault, SupportLinks, SupportRepository, SupporterDataEraser } from '@civic/casework';
import { PG_POOL, type InfrastructureOptions } from '../infrastructure/infrastructure.module';
import { SupportsController } from './supports.controller';
import { Supports } from './supports.service';

/** Supports of ideas: their own streams, the count from the supports read model. */
@Module({})
export class SupportsModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: SupportsModule,
      // The pages' forms send the same commands: they inject Supports from here.
      global: true,
      controllers: [SupportsController],
      providers: [
        // The same vault as PersonalDataModule's (stateless over the pool): supporters' addresses are sealed as contacts are.
        {
          provide: PersonalDataVault,
          useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
          inject: [PG_POOL],
        },
        { provide: SupportLinks, useValue: new SupportLinks(options.trackingTokenSecret) },
        SupportRepository,
        SupporterDataEraser,
        Supports,
      ],
      exports: [Supports, SupportLinks],
    };
  }
}
