import { Injectable } from '@nestjs/common';
import { type CommandContext, InitiativePersonalDataEraser, SignerKeys } from '@civic/casework';

/** GDPR art. 17 for initiatives: a signer's or the initiators' names and addresses, by an administrator. */
@Injectable()
export class InitiativePersonalDataHandler {
  constructor(
    private readonly eraser: InitiativePersonalDataEraser,
    private readonly keys: SignerKeys,
  ) {}

  /** The signer is found by the address they signed with: the key is recomputed, nothing is looked up in clear. */
  async eraseSigner(initiativeId: string, email: string, context: CommandContext): Promise<{ erased: true }> {
    await this.eraser.eraseSigner(initiativeId, this.keys.byEmail(initiativeId, email), context);
    return { erased: true };
  }

  async eraseInitiators(initiativeId: string, context: CommandContext): Promise<{ erased: true }> {
    await this.eraser.eraseInitiator(initiativeId, context);
    return { erased: true };
  }
}
