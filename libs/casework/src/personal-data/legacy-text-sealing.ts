import type { Pool } from 'pg';
import type { Contact, SubmitterNameSpans, TypedSubmission } from '@civic/ideas';
import { maskPersonalData } from '@civic/projections';
import { ERASED, PersonalDataVault, type SealedPersonalData } from './personal-data-vault';

export interface LegacyTextSealingResult {
  /** Events rewritten: typed text sealed under the idea's key, a masked copy beside it. */
  readonly sealed: number;
  /** Events of erased ideas rewritten to the masked copy only (their key is gone; nothing is sealed under a deleted key again). */
  readonly masked: number;
}

interface LegacyRow {
  global_position: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  erased: boolean;
  /** The idea's sealed contact (from its IdeaSubmitted), to mask the submitter's name in replies and reasons too. */
  contact: SealedPersonalData | null;
}

const SEALED_FIELD: Readonly<Record<string, string>> = {
  IdeaSubmitted: 'sealedText',
  CitizenInformationProvided: 'sealedAnswer',
  IdeaWithdrawn: 'sealedReason',
};

/** Events that carry what a citizen typed; IdeaWithdrawn only when the citizen withdrew (a staff member's reason is staff's record). */
const DUE = `
  (e.type = 'IdeaSubmitted' AND NOT e.data ? 'sealedText')
  OR (e.type = 'CitizenInformationProvided' AND NOT e.data ? 'sealedAnswer')
  OR (e.type = 'IdeaWithdrawn' AND NOT e.data ? 'sealedReason' AND e.metadata->>'actor' = 'citizen' AND jsonb_typeof(e.data->'reason') = 'string')`;

/**
 * The one-time way forward for events written before typed text was sealed
 * (npm run pii:seal-typed-text): an upcaster on read cannot help there, since
 * the clear text would stay in the events table (and every dump of it) after
 * erasure. So each such event is rewritten in place, in the PostgreSQL event
 * store only: the typed text sealed under the idea's data key with a masked
 * copy beside it, as new events are written; for an idea already erased, the
 * masked copy alone (an address is dropped). The legacy request fingerprint
 * (an unkeyed hash over the typed text) goes too. Each batch is one
 * transaction; a run after a run finds nothing (keyset by position, and the
 * rewritten events no longer match), so it resumes after an interruption.
 * The rows of department_inbox hold titles from before: rebuild the read
 * models afterwards (npm run projections:rebuild).
 */
export class LegacyTextSealing {
  constructor(
    private readonly pool: Pool,
    /** The vault on a given connection: a batch's new data keys commit with its rewritten events, or not at all. */
    private readonly vaultOn: (db: Pick<Pool, 'query'>) => PersonalDataVault,
  ) {}

  async due(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM events e WHERE ${DUE}`);
    return Number(rows[0].n);
  }

  async run(options: { batchSize?: number; progress?: (done: LegacyTextSealingResult) => void } = {}): Promise<LegacyTextSealingResult> {
    const batchSize = options.batchSize ?? 200;
    let after = '0';
    let sealed = 0;
    let masked = 0;
    for (;;) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<LegacyRow>(
          `SELECT e.global_position::text AS global_position, e.type, e.data, e.metadata,
                  EXISTS (SELECT 1 FROM events x WHERE x.stream_id = e.stream_id AND x.type = 'SubmitterDataErased') AS erased,
                  (SELECT s.data->'contact' FROM events s WHERE s.stream_id = e.stream_id AND s.type = 'IdeaSubmitted' LIMIT 1) AS contact
             FROM events e
            WHERE e.global_position > $1 AND (${DUE})
            ORDER BY e.global_position
            LIMIT $2
              FOR UPDATE OF e`,
          [after, batchSize],
        );
        if (rows.length === 0) {
          await client.query('COMMIT');
          break;
        }
        const vault = this.vaultOn(client);
        for (const row of rows) {
          const ideaId = String(row.data.ideaId);
          const name = row.erased ? undefined : await contactName(vault, row.contact);
          // null in the sealed field: masked by this command after erasure, nothing sealed (and no longer due).
          const rewritten = row.erased ? { ...maskedOnly(row), [SEALED_FIELD[row.type]]: null } : await sealedAndMasked(vault, ideaId, row, name);
          const { requestFingerprint: _unkeyed, ...metadata } = row.metadata;
          await client.query('UPDATE events SET data = $2, metadata = $3 WHERE global_position = $1', [row.global_position, rewritten, metadata]);
          if (row.erased) masked++;
          else sealed++;
        }
        await client.query('COMMIT');
        after = rows[rows.length - 1].global_position;
        options.progress?.({ sealed, masked });
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
    return { sealed, masked };
  }
}

/** The submitter's name, to mask it wherever the name stands in the text. */
async function contactName(vault: PersonalDataVault, sealedContact: SealedPersonalData | null): Promise<string | undefined> {
  if (!sealedContact || typeof sealedContact !== 'object') return undefined;
  const contact = await vault.open<Contact>(sealedContact);
  return contact === ERASED ? undefined : contact.name;
}

function spansOf(row: LegacyRow): SubmitterNameSpans {
  return (row.data.submitterNameSpans as SubmitterNameSpans | undefined) ?? { title: [], description: [] };
}

function maskedOnly(row: LegacyRow, name?: string): Record<string, unknown> {
  const names = [name];
  switch (row.type) {
    case 'IdeaSubmitted': {
      const spans = spansOf(row);
      const { address: _address, ...location } = (row.data.location as { address?: string } | null) ?? {};
      return {
        ...row.data,
        title: maskPersonalData(String(row.data.title), { nameSpans: spans.title, names }),
        description: maskPersonalData(String(row.data.description), { nameSpans: spans.description, names }),
        location: row.data.location ? location : null,
        submitterNameSpans: { title: [], description: [] },
      };
    }
    case 'CitizenInformationProvided':
      return { ...row.data, answer: maskPersonalData(String(row.data.answer), { names }) };
    default:
      return { ...row.data, reason: maskPersonalData(String(row.data.reason), { names }) };
  }
}

async function sealedAndMasked(vault: PersonalDataVault, ideaId: string, row: LegacyRow, name: string | undefined): Promise<Record<string, unknown>> {
  const masked = maskedOnly(row, name);
  switch (row.type) {
    case 'IdeaSubmitted': {
      const address = (row.data.location as { address?: string } | null)?.address;
      const typed: TypedSubmission = { title: String(row.data.title), description: String(row.data.description), ...(address !== undefined && { address }) };
      return { ...masked, sealedText: await vault.seal(ideaId, typed) };
    }
    case 'CitizenInformationProvided':
      return { ...masked, sealedAnswer: await vault.seal(ideaId, row.data.answer) };
    default:
      return { ...masked, sealedReason: await vault.seal(ideaId, row.data.reason) };
  }
}
