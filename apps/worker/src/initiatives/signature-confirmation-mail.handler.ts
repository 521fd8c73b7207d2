import { Inject, Injectable } from '@nestjs/common';
import { ERASED, InitiativeRepository, PersonalDataVault, SignatureRepository, SignerKeys, type SignatureConfirmationMailJob } from '@civic/casework';
import { LANGUAGES, type Language } from '@civic/ideas';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { InitiativeMails } from './initiative-mails';

/** Sends the link that confirms one signature request, unless it is confirmed, asked again since, or its signer's data erased. */
@Injectable()
export class SignatureConfirmationMailHandler implements JobHandler<'initiative-signature-confirmation'> {
  readonly jobName = 'initiative-signature-confirmation';

  constructor(
    @Inject(SignatureRepository) private readonly signatures: SignatureRepository,
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(SignerKeys) private readonly keys: SignerKeys,
    @Inject(InitiativeMails) private readonly mails: InitiativeMails,
  ) {}

  async handle(data: SignatureConfirmationMailJob, job: JobContext): Promise<string> {
    const { state, events } = await this.signatures.load(data.initiativeId, data.signerKey);
    if (!state || state.status === 'confirmed' || state.erased || state.requestRevision !== data.revision)
      return 'moot: confirmed, erased or asked again since';
    const request = events[data.revision];
    if (!request || request.type !== 'SignatureRequested') return 'moot: no request at this revision';
    const signer = await this.vault.open<{ name: string; email: string | null }>(request.data.signer);
    if (signer === ERASED || !signer.email) return 'moot: no address';
    const { state: initiative, events: initiativeEvents } = await this.initiatives.load(data.initiativeId);
    const started = initiativeEvents[0];
    if (!initiative || !started || started.type !== 'InitiativeStarted') return 'moot: no initiative';
    const publicCode = (started.data as { publicCode: string }).publicCode;
    const language = (LANGUAGES as readonly string[]).includes(request.data.language) ? (request.data.language as Language) : initiative.language;
    const token = this.keys.confirmationToken(data.initiativeId, data.signerKey, data.revision);
    return this.mails.askSignerToConfirm(job.id, signer.email, language, {
      title: initiative.title,
      publicCode,
      name: signer.name,
      confirmUrl: this.mails.confirmUrl(data.initiativeId, token),
    });
  }
}
