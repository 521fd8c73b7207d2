import type { Provider } from '@nestjs/common';
import type { EventStore } from '@civic/event-store';
import { EVENT_STORE } from '@civic/event-store';
import {
  InitiativeDataRetention,
  InitiativePersonalDataEraser,
  InitiativeRepository,
  initiativeSecret,
  PersonalDataVault,
  SignatureRepository,
  SignerKeys,
} from '@civic/casework';
import { Clock } from '@civic/platform';
import type { Pool } from 'pg';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import type { JobsConfig } from '@civic/platform';
import { CollectionEndHandler } from './collection-end.handler';
import { CouncilDeadlineHandler, CouncilEscalationHandler, CouncilReminderHandler } from './council-deadline.handler';
import { InitiativeMailTemplates } from './initiative-mail-templates';
import { InitiativeMails } from './initiative-mails';
import { SignatureConfirmationMailHandler } from './signature-confirmation-mail.handler';
import { ThresholdCheckHandler } from './threshold-check.handler';

/** The job handlers of citizen initiatives; the jobs module lists them with the others. */
export const INITIATIVE_JOB_HANDLERS = [
  SignatureConfirmationMailHandler,
  ThresholdCheckHandler,
  CollectionEndHandler,
  CouncilReminderHandler,
  CouncilDeadlineHandler,
  CouncilEscalationHandler,
] as const;

/** What they stand on. Needs EVENT_STORE, JOBS_CONFIG, WORKER_POOL, Mailer, PersonalDataVault, Clock and WorkingDayCalendar from the module. */
export function initiativeJobProviders(trackingTokenSecret: string, retentionMonths: number): Provider[] {
  return [
    { provide: InitiativeMailTemplates, useFactory: (config: JobsConfig) => InitiativeMailTemplates.load(config), inject: [JOBS_CONFIG] },
    InitiativeMails,
    { provide: SignerKeys, useValue: new SignerKeys(initiativeSecret(trackingTokenSecret)) },
    { provide: InitiativeRepository, useFactory: (store: EventStore) => new InitiativeRepository(store), inject: [EVENT_STORE] },
    { provide: SignatureRepository, useFactory: (store: EventStore) => new SignatureRepository(store), inject: [EVENT_STORE] },
    {
      provide: InitiativePersonalDataEraser,
      useFactory: (initiatives: InitiativeRepository, signatures: SignatureRepository, vault: PersonalDataVault, clock: Clock) =>
        new InitiativePersonalDataEraser(initiatives, signatures, vault, clock),
      inject: [InitiativeRepository, SignatureRepository, PersonalDataVault, Clock],
    },
    {
      provide: InitiativeDataRetention,
      useFactory: (pool: Pool, eraser: InitiativePersonalDataEraser, clock: Clock) => new InitiativeDataRetention(pool, eraser, clock, retentionMonths),
      inject: [WORKER_POOL, InitiativePersonalDataEraser, Clock],
    },
  ];
}
