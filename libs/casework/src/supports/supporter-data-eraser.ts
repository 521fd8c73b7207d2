import { Injectable } from '@nestjs/common';
import { WrongExpectedVersion } from '@civic/event-store';
import type { SupporterErasureReason } from '@civic/supports';
import { Clock } from '@civic/platform';
import type { CommandContext } from '../ideas/command-context';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { SupportRepository } from './support.repository';

const ATTEMPTS = 5;

/**
 * A supporter's address goes the way a submitter's contact goes: record
 * SupporterDataErased, then delete the data keys it names (crypto-shredding).
 * A crash in between leaves keys that the next run finds (retention selects
 * supports by keys that still exist) and deletes.
 */
@Injectable()
export class SupporterDataEraser {
  constructor(
    private readonly supports: SupportRepository,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async erase(supportId: string, reason: SupporterErasureReason, context: CommandContext): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.supports.load(supportId);
      try {
        const at = this.clock.now().toISOString();
        const { events } = await this.supports.decideAndAppend(loaded, { type: 'EraseSupporterData', supportId, reason, at }, context);
        const recorded = loaded.events.flatMap((event) => (event.type === 'SupporterDataErased' ? (event.data as { keyIds: string[] }).keyIds : []));
        const keyIds = [...recorded, ...events.flatMap((event) => (event.type === 'SupporterDataErased' ? event.data.keyIds : []))];
        for (const keyId of keyIds) await this.vault.erase(keyId);
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  /** After a withdrawal (whose append already recorded the erasure): delete the keys it named. */
  async deleteKeys(keyIds: readonly string[]): Promise<void> {
    for (const keyId of keyIds) await this.vault.erase(keyId);
  }
}
