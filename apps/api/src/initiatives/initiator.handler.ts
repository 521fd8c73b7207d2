import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { type CommandContext, InitiativeRepository, InitiatorLinks } from '@civic/casework';
import { findInitiative, type PublicInitiative } from '@civic/projections';
import { Clock } from '@civic/platform';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import type { ReviseInitiativeInput } from './initiative-input.dto';
import type { ChangedInitiative } from './initiative.views';

const NOT_FOUND = () => new ProblemError(404, 'initiative-not-found', 'No initiative has this link');

/** What the initiator does through their private link: follow the screening, and revise after a return. */
@Injectable()
export class InitiatorHandler {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly links: InitiatorLinks,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async view(token: string): Promise<PublicInitiative> {
    const id = this.links.initiativeOf(token);
    const initiative = id ? await findInitiative(this.pool, id) : null;
    if (!initiative) throw NOT_FOUND();
    return initiative;
  }

  async revise(token: string, input: ReviseInitiativeInput, context: CommandContext): Promise<ChangedInitiative> {
    const initiativeId = this.links.initiativeOf(token);
    if (!initiativeId) throw NOT_FOUND();
    const result = await this.initiatives.execute(
      {
        type: 'ReviseInitiative',
        initiativeId,
        at: this.clock.now().toISOString(),
        title: input.title,
        text: input.text,
        collectionMonths: input.collectionMonths,
      },
      context,
    );
    return { id: initiativeId, revision: result.revision };
  }
}
