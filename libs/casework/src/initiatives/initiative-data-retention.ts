import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Clock } from '@civic/platform';
import { INITIATIVE_SIGNATURES, INITIATIVES } from '@civic/projections';
import { RETENTION_ACTOR, type RetentionResult } from '../personal-data/personal-data-retention';
import { InitiativePersonalDataEraser } from './signer-data-eraser';

type Due = { readonly initiativeId: string; readonly signerKey: string | null };

/**
 * The submitters' retention rule for initiatives: the initiators' and every
 * signer's names and addresses (confirmed or not) are erased
 * PERSONAL_DATA_RETENTION_MONTHS after the initiative closed (decided by the
 * council, or expired). Only those whose data key still exists are due, so a
 * second run finds nothing.
 */
export class InitiativeDataRetention {
  constructor(
    private readonly db: Pick<Pool, 'query'>,
    private readonly eraser: InitiativePersonalDataEraser,
    private readonly clock: Clock,
    private readonly retentionMonths: number,
  ) {}

  cutoff(): Date {
    const cutoff = this.clock.now();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.retentionMonths);
    return cutoff;
  }

  async due(): Promise<Due[]> {
    const { rows } = await this.db.query<Due>(
      `WITH closed AS (
         SELECT initiative_id FROM ${INITIATIVES} WHERE COALESCE(decided_at, expired_at) < $1
       )
       SELECT c.initiative_id::text AS "initiativeId", NULL AS "signerKey"
         FROM closed c JOIN submitter_data_keys k ON k.key_id = 'initiative-' || c.initiative_id::text
       UNION ALL
       SELECT s.initiative_id::text, s.signer_key
         FROM closed c JOIN ${INITIATIVE_SIGNATURES} s ON s.initiative_id = c.initiative_id
         JOIN submitter_data_keys k ON k.key_id = 'signature-' || s.initiative_id::text || '.' || s.signer_key`,
      [this.cutoff()],
    );
    return rows;
  }

  async run(options: { dryRun?: boolean } = {}): Promise<RetentionResult> {
    const due = await this.due();
    if (options.dryRun) return { due: due.length, erased: 0, failed: 0 };
    const context = { actor: RETENTION_ACTOR, correlationId: randomUUID() };
    let erased = 0;
    let failed = 0;
    for (const { initiativeId, signerKey } of due) {
      try {
        if (signerKey === null) await this.eraser.eraseInitiator(initiativeId, context);
        else await this.eraser.eraseSigner(initiativeId, signerKey, context);
        erased++;
      } catch {
        // One must not stop the rest; it stays due and the next run tries it again.
        failed++;
      }
    }
    return { due: due.length, erased, failed };
  }
}
