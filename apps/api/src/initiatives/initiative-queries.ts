import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { ERASED, PersonalDataVault, SignatureRepository } from '@civic/casework';
import { InitiativeNotFoundError } from '@civic/initiatives';
import { findInitiative, listInitiatives, PUBLIC_INITIATIVE_STATUSES, publishedSignerKeys, signersByDistrict } from '@civic/projections';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import type { InitiativeView } from './initiative.views';

/** What the public and staff read of initiatives: the read model, with the names signers agreed to publish opened from their seals. */
@Injectable()
export class InitiativeQueries {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly signatures: SignatureRepository,
    private readonly vault: PersonalDataVault,
  ) {}

  async publicList(): Promise<{ items: InitiativeView[] }> {
    const items = await listInitiatives(this.pool, PUBLIC_INITIATIVE_STATUSES);
    return { items: items.map((item) => ({ ...item, signersByDistrict: [], publishedSigners: [] })) };
  }

  async forScreening(): Promise<{ items: InitiativeView[] }> {
    const items = await listInitiatives(this.pool, ['screening', 'returned']);
    return { items: items.map((item) => ({ ...item, signersByDistrict: [], publishedSigners: [] })) };
  }

  /** A public initiative by id or public code; one still in screening is not public (404). */
  async publicOne(idOrCode: string): Promise<InitiativeView> {
    const initiative = await findInitiative(this.pool, idOrCode);
    if (!initiative || !(PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(initiative.status)) throw new InitiativeNotFoundError(idOrCode);
    const [districts, names] = await Promise.all([signersByDistrict(this.pool, { initiativeId: initiative.id }), this.publishedNames(initiative.id)]);
    return { ...initiative, signersByDistrict: districts, publishedSigners: names };
  }

  private async publishedNames(initiativeId: string): Promise<string[]> {
    const keys = await publishedSignerKeys(this.pool, initiativeId);
    const names = await Promise.all(
      keys.map(async (key) => {
        const { events } = await this.signatures.load(initiativeId, key);
        const request = [...events].reverse().find((event) => event.type === 'SignatureRequested');
        if (!request || request.type !== 'SignatureRequested' || !request.data.publishName) return null;
        const opened = await this.vault.open<{ name: string }>(request.data.signer);
        return opened === ERASED ? null : opened.name;
      }),
    );
    return names.filter((name): name is string => name !== null);
  }
}
