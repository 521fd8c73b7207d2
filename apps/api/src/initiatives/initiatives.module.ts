import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import {
  initiativeSecret,
  InitiativePersonalDataEraser,
  InitiativeRepository,
  InitiatorLinks,
  PersonalDataVault,
  SignatureRepository,
  SignerKeys,
} from '@civic/casework';
import type { InfrastructureOptions } from '../infrastructure/infrastructure.module';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { ReferenceData } from '../reference-data/reference-data';
import { CouncilDecisionHandler } from './council-decision.handler';
import { IDENTITY_SECRET, IdentitySigning } from './identity-signing';
import { InitiativePersonalDataHandler } from './initiative-personal-data.handler';
import { InitiativeQueries } from './initiative-queries';
import { DEFAULT_INITIATIVES_OPTIONS, INITIATIVES_OPTIONS } from './initiatives-options';
import { InitiativesController, InitiatorController } from './initiatives.controller';
import { InitiatorHandler } from './initiator.handler';
import { ScreenInitiativeHandler } from './screen-initiative.handler';
import { SignInitiativeHandler } from './sign-initiative.handler';
import { StartInitiativeHandler } from './start-initiative.handler';

/** Citizen initiatives: started, screened, signed (one stream per signer), referred to the council and decided. */
@Module({})
export class InitiativesModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    const secret = initiativeSecret(options.trackingTokenSecret);
    return {
      module: InitiativesModule,
      // Global: the initiatives' pages (registered with the other pages, for their renderer and CSRF) read and sign through these.
      global: true,
      controllers: [InitiativesController, InitiatorController],
      providers: [
        { provide: INITIATIVES_OPTIONS, useValue: options.initiatives ?? DEFAULT_INITIATIVES_OPTIONS },
        { provide: SignerKeys, useValue: new SignerKeys(secret) },
        { provide: InitiatorLinks, useValue: new InitiatorLinks(secret) },
        { provide: IDENTITY_SECRET, useValue: secret },
        IdentitySigning,
        // The same vault (submitter_data_keys) as the ideas' personal data: one place for sealing, erasure and key rotation.
        {
          provide: PersonalDataVault,
          useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
          inject: [PG_POOL],
        },
        InitiativeRepository,
        SignatureRepository,
        {
          provide: InitiativePersonalDataEraser,
          useFactory: (initiatives: InitiativeRepository, signatures: SignatureRepository, vault: PersonalDataVault, clock: Clock) =>
            new InitiativePersonalDataEraser(initiatives, signatures, vault, clock),
          inject: [InitiativeRepository, SignatureRepository, PersonalDataVault, Clock],
        },
        ReferenceData,
        StartInitiativeHandler,
        ScreenInitiativeHandler,
        InitiatorHandler,
        CouncilDecisionHandler,
        SignInitiativeHandler,
        InitiativePersonalDataHandler,
        InitiativeQueries,
      ],
      exports: [InitiativeQueries, IdentitySigning, SignInitiativeHandler, InitiatorHandler, StartInitiativeHandler, SignerKeys, INITIATIVES_OPTIONS],
    };
  }
}
