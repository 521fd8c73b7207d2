import { Inject, Injectable } from '@nestjs/common';
import { type BallotConfirmationMailJob, BudgetRoundRepository, ERASED, PersonalDataVault, VoterKeys } from '@civic/casework';
import { LANGUAGES, type Language } from '@civic/ideas';
import type { JobsConfig } from '@civic/platform';
import { InitiativeMailTemplates } from '../initiatives/initiative-mail-templates';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { Mailer } from '../notifications';
import { JOBS_CONFIG } from '../worker-tokens';

/** Sends the link that confirms one online ballot, unless it is confirmed, asked again since, or its voter's data erased. */
@Injectable()
export class BallotConfirmationMailHandler implements JobHandler<'budget-ballot-confirmation'> {
  readonly jobName = 'budget-ballot-confirmation';

  constructor(
    @Inject(BudgetRoundRepository) private readonly rounds: BudgetRoundRepository,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(VoterKeys) private readonly keys: VoterKeys,
    @Inject(InitiativeMailTemplates) private readonly templates: InitiativeMailTemplates,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async handle(data: BallotConfirmationMailJob, job: JobContext): Promise<string> {
    const { state, events } = await this.rounds.loadBallot(data.roundId, data.ballotId);
    if (!state || state.pending === null || state.erased || state.requestRevision !== data.revision) return 'moot: confirmed, erased or asked again since';
    const request = events[data.revision];
    if (!request || request.type !== 'BallotRequested') return 'moot: no request at this revision';
    const voter = await this.vault.open<{ email: string | null }>(request.data.voter);
    if (voter === ERASED || !voter.email) return 'moot: no address';
    const { state: round } = await this.rounds.load(data.roundId);
    if (!round.settings) return 'moot: no round';
    const language: Language = (LANGUAGES as readonly string[]).includes(request.data.language) ? (request.data.language as Language) : 'da';
    const base = this.config.publicBaseUrl.replace(/\/+$/, '');
    const token = this.keys.confirmationToken(data.roundId, data.ballotId, data.revision);
    const mail = this.templates.render(language, 'budget-ballot-confirmation', {
      title: round.settings.title,
      confirmUrl: `${base}/budget-rounds/${data.roundId}/ballots/confirm/${token}`,
      roundUrl: `${base}/budget-rounds/${data.roundId}`,
    });
    return this.mailer.sendOnce(job.id, { to: [voter.email], language, template: 'budget-ballot-confirmation', ...mail });
  }
}
