import { Inject, Injectable } from '@nestjs/common';
import { PersonalDataVault, type VoterDataErasureJob, voterDataKeyPrefix } from '@civic/casework';
import type { JobHandler } from '../jobs/job-handler';

/**
 * Once a round is counted no link can count any more, so its voters' addresses (and verified names) have served their
 * purpose: every data key of the round's voters is deleted at once (crypto-shredding). The ballots still count.
 */
@Injectable()
export class VoterDataErasureHandler implements JobHandler<'budget-voter-data-erasure'> {
  readonly jobName = 'budget-voter-data-erasure';

  constructor(@Inject(PersonalDataVault) private readonly vault: PersonalDataVault) {}

  async handle(data: VoterDataErasureJob): Promise<string> {
    const erased = await this.vault.eraseAllWithPrefix(voterDataKeyPrefix(data.roundId));
    return `erased the sealed data of ${erased} voter(s)`;
  }
}
