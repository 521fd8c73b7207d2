import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { type CommandContext, InitiativeRepository, InitiatorLinks, initiatorDataKeyId, PersonalDataVault } from '@civic/casework';
import { DEFAULT_COLLECTION_MONTHS } from '@civic/initiatives';
import { Clock } from '@civic/platform';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import type { StartInitiativeInput } from './initiative-input.dto';
import type { StartedInitiative } from './initiative.views';

/** A citizen starts an initiative: names and addresses sealed under the initiative's own key, a public code, the initiator's private link. */
@Injectable()
export class StartInitiativeHandler {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly vault: PersonalDataVault,
    private readonly links: InitiatorLinks,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(input: StartInitiativeInput, context: CommandContext): Promise<StartedInitiative> {
    const initiativeId = randomUUID();
    const at = this.clock.now();
    const { rows } = await this.pool.query<{ n: string }>(`SELECT nextval('initiative_public_code_seq')::text AS n`);
    const publicCode = `I-${at.getUTCFullYear()}-${rows[0].n.padStart(6, '0')}`;
    const coInitiators = (input.coInitiators ?? []).map(({ name, email }) => ({ name, email }));
    const [initiator, sealedCoInitiators] = await this.vault.sealAll(initiatorDataKeyId(initiativeId), [
      { name: input.initiator.name, email: input.initiator.email },
      coInitiators,
    ]);
    const { revision } = await this.initiatives.execute(
      {
        type: 'StartInitiative',
        initiativeId,
        at: at.toISOString(),
        publicCode,
        title: input.title,
        text: input.text,
        collectionMonths: input.collectionMonths ?? DEFAULT_COLLECTION_MONTHS,
        initiator,
        coInitiators: coInitiators.length > 0 ? sealedCoInitiators : null,
        coInitiatorCount: coInitiators.length,
        language: input.language,
      },
      context,
    );
    return { id: initiativeId, publicCode, initiatorToken: this.links.issue(initiativeId), revision };
  }
}
