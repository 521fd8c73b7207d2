import { WrongExpectedVersion } from '@civic/event-store';
import { Clock } from '@civic/platform';
import type { CommandContext } from '../ideas/command-context';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { initiatorDataKeyId, signerDataKeyId } from './initiative-keys';
import { InitiativeRepository } from './initiative.repository';
import { SignatureRepository } from './signature.repository';

const ATTEMPTS = 5;

/**
 * Erases a signer's or an initiator's personal data as a submitter's is:
 * the fact goes into the stream first, then the data key is deleted, so every
 * sealed copy (in events, backups, copies of the store) is unreadable at once.
 * The signature still counts: the count was never personal data.
 */
export class InitiativePersonalDataEraser {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly signatures: SignatureRepository,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async eraseSigner(initiativeId: string, signerKey: string, context: CommandContext): Promise<void> {
    await retryOnRace(() =>
      this.signatures.execute({ type: 'EraseSignerData', initiativeId, signerKey, at: this.clock.now().toISOString(), by: context.actor }, context),
    );
    await this.vault.erase(signerDataKeyId(initiativeId, signerKey));
  }

  async eraseInitiator(initiativeId: string, context: CommandContext): Promise<void> {
    await retryOnRace(() =>
      this.initiatives.execute({ type: 'EraseInitiatorData', initiativeId, at: this.clock.now().toISOString(), by: context.actor }, context),
    );
    await this.vault.erase(initiatorDataKeyId(initiativeId));
  }
}

async function retryOnRace<T>(action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
    }
  }
}
