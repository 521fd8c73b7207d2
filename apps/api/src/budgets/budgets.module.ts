import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { BudgetRoundRepository, budgetVoterSecret, IdeaRepository, PersonalDataVault, VoterKeys } from '@civic/casework';
import type { InfrastructureOptions } from '../infrastructure/infrastructure.module';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { ReferenceData } from '../reference-data/reference-data';
import { BudgetRoundsController } from './budget-rounds.controller';
import { CastPaperBallotHandler } from './cast-paper-ballot.handler';
import { ChangeBudgetRoundHandler } from './change-budget-round.handler';
import { GetBudgetRoundPbHandler } from './get-budget-round-pb.handler';
import { GetBudgetRoundHandler } from './get-budget-round.handler';
import { IdeaProposals } from './idea-proposals';
import { OnlineVoting } from './online-voting';

/** Participatory budgets over HTTP: staff run rounds, citizens propose, vote (verified by e-mail or identity) and read them. */
@Module({})
export class BudgetsModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: BudgetsModule,
      // Global: the voting page (registered with the other pages, for their renderer and CSRF) votes through OnlineVoting.
      global: true,
      controllers: [BudgetRoundsController],
      providers: [
        BudgetRoundRepository,
        IdeaRepository,
        ChangeBudgetRoundHandler,
        CastPaperBallotHandler,
        GetBudgetRoundHandler,
        GetBudgetRoundPbHandler,
        { provide: VoterKeys, useValue: new VoterKeys(budgetVoterSecret(options.trackingTokenSecret)) },
        // The same vault (submitter_data_keys) as the other personal data: one place for sealing, erasure and key rotation.
        {
          provide: PersonalDataVault,
          useFactory: (pool: Pool) => new PersonalDataVault(pool, options.piiMasterKey, options.piiPreviousMasterKeys),
          inject: [PG_POOL],
        },
        OnlineVoting,
        IdeaProposals,
        ReferenceData,
      ],
      exports: [OnlineVoting, VoterKeys, BudgetRoundRepository, IdeaProposals],
    };
  }
}
