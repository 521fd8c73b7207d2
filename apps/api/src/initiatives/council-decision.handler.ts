import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, InitiativeRepository } from '@civic/casework';
import { Clock } from '@civic/platform';
import type { CouncilDecisionInput } from './initiative-input.dto';
import type { ChangedInitiative } from './initiative.views';

/** Records the council's decision on a referred initiative; the public page shows it from then on. */
@Injectable()
export class CouncilDecisionHandler {
  constructor(
    private readonly initiatives: InitiativeRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(initiativeId: string, revision: number, input: CouncilDecisionInput, context: CommandContext): Promise<ChangedInitiative> {
    const result = await this.initiatives.execute(
      {
        type: 'RecordCouncilDecision',
        initiativeId,
        at: this.clock.now().toISOString(),
        by: context.actor,
        decision: input.decision,
        statement: input.statement,
        decidedOn: input.decidedOn,
      },
      context,
      revision,
    );
    return { id: initiativeId, revision: result.revision };
  }
}
