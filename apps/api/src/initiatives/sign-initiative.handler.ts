import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, InitiativeRepository, PersonalDataVault, SignatureRepository, SignerKeys, signerDataKeyId } from '@civic/casework';
import {
  ConfirmationLinkNotValidError,
  type Initiative,
  InitiativeNotFoundError,
  isCollecting,
  NotCollectingSignaturesError,
  type SigningMethod,
} from '@civic/initiatives';
import { Clock } from '@civic/platform';
import { ProblemError } from '../http/problem';
import { ReferenceData } from '../reference-data/reference-data';
import type { SignInitiativeInput } from './initiative-input.dto';

export interface Signer {
  readonly name: string;
  readonly email: string | null;
  readonly district: string;
  readonly publishName: boolean;
  readonly language?: string;
}

/**
 * Signing and confirming. By e-mail the answer is the same whether or not
 * the address had signed already, so the form tells nobody who signed.
 */
@Injectable()
export class SignInitiativeHandler {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly signatures: SignatureRepository,
    private readonly keys: SignerKeys,
    private readonly vault: PersonalDataVault,
    private readonly referenceData: ReferenceData,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async byEmail(initiativeId: string, input: SignInitiativeInput, context: CommandContext): Promise<{ status: 'confirmation-sent' }> {
    await this.sign(initiativeId, 'email', this.keys.byEmail(initiativeId, input.email), { ...input, publishName: input.publishName ?? false }, context);
    return { status: 'confirmation-sent' };
  }

  /** A verified identity: the provider's issuer and pseudonymous subject make the key, and the signature counts at once. */
  async byIdentity(initiativeId: string, issuer: string, subject: string, signer: Signer, context: CommandContext): Promise<{ status: 'confirmed' }> {
    await this.sign(initiativeId, 'oidc', this.keys.byIdentity(initiativeId, issuer, subject), signer, context);
    return { status: 'confirmed' };
  }

  async confirm(initiativeId: string, token: string, context: CommandContext): Promise<{ status: 'confirmed'; initiativeId: string }> {
    const link = this.keys.readConfirmationToken(initiativeId, token);
    if (!link) throw new ConfirmationLinkNotValidError();
    const initiative = await this.collecting(initiativeId);
    await this.signatures.execute(
      {
        type: 'ConfirmSignature',
        initiativeId,
        signerKey: link.signerKey,
        at: this.clock.now().toISOString(),
        requestRevision: link.revision,
        initiative: { status: initiative.status, collectionEndsAt: initiative.collectionEndsAt },
      },
      context,
    );
    return { status: 'confirmed', initiativeId };
  }

  private async sign(initiativeId: string, method: SigningMethod, signerKey: string, signer: Signer, context: CommandContext): Promise<void> {
    const { districts } = await this.referenceData.snapshot();
    if (!districts.has(signer.district))
      throw new ProblemError(422, 'unknown-district', 'Unknown district', `There is no district "${signer.district}".`, {
        errors: [{ field: 'district', message: `There is no district "${signer.district}".` }],
      });
    const initiative = await this.collecting(initiativeId);
    const at = this.clock.now().toISOString();
    // Refused before anything is sealed: a refused signature leaves no data key behind.
    if (!isCollecting(initiative, at)) throw new NotCollectingSignaturesError(initiativeId);
    const sealed = await this.vault.seal(signerDataKeyId(initiativeId, signerKey), { name: signer.name, email: signer.email });
    await this.signatures.execute(
      {
        type: 'SignInitiative',
        initiativeId,
        signerKey,
        at,
        method,
        district: signer.district,
        residenceStated: true,
        publishName: signer.publishName,
        signer: sealed,
        language: signer.language ?? initiative.language,
        initiative: { status: initiative.status, collectionEndsAt: initiative.collectionEndsAt },
      },
      context,
    );
  }

  private async collecting(initiativeId: string): Promise<Initiative> {
    const { state } = await this.initiatives.load(initiativeId);
    if (!state) throw new InitiativeNotFoundError(initiativeId);
    return state;
  }
}
