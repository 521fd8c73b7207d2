import type { StoredEvent } from '@civic/event-store';
import { initiativeIdOfStream, type InitiativeEvent, isInitiativeEvent, isSignatureEvent, type SignatureEvent, signatureOfStream } from '@civic/initiatives';
import type { Projection, SqlExecutor } from '../runner/projection';
import { INITIATIVE_SIGNATURES, INITIATIVES, initiativeSignaturesTable, initiativesTable } from './initiatives.table';

/**
 * Initiatives and their signatures, a function of the events alone. Each
 * statement is guarded by the row's last_revision, so a batch seen twice
 * changes nothing. An event is one statement: signatures arrive one or two
 * per stream, and the runner's transaction holds the batch together.
 */
export function initiativesProjection(): Projection {
  return {
    name: INITIATIVES,
    tables: [INITIATIVES, INITIATIVE_SIGNATURES],
    async createTables(sql, tables) {
      await sql.query(initiativesTable(tables[INITIATIVES]));
      await sql.query(initiativeSignaturesTable(tables[INITIATIVE_SIGNATURES]));
    },
    async applyBatch(sql, events, tables) {
      for (const event of events) {
        if (isInitiativeEvent(event) && initiativeIdOfStream(event.streamId)) await applyInitiativeEvent(sql, tables[INITIATIVES], event, event.streamRevision);
        else if (isSignatureEvent(event) && signatureOfStream(event.streamId))
          await applySignatureEvent(sql, tables[INITIATIVE_SIGNATURES], event, event.streamRevision);
      }
    },
  };
}

async function applyInitiativeEvent(sql: SqlExecutor, table: string, stored: StoredEvent & InitiativeEvent, revision: number): Promise<void> {
  const event = stored as InitiativeEvent;
  const id = event.data.initiativeId;
  const update = (assignments: string, values: unknown[]) =>
    sql.query(`UPDATE ${table} SET ${assignments ? `${assignments}, ` : ''}last_revision = $2 WHERE initiative_id = $1 AND last_revision < $2`, [
      id,
      revision,
      ...values,
    ]);
  switch (event.type) {
    case 'InitiativeStarted': {
      const d = event.data;
      await sql.query(
        `INSERT INTO ${table} (initiative_id, last_revision, public_code, status, title, text, language, collection_months, co_initiator_count, started_at)
         VALUES ($1, $2, $3, 'screening', $4, $5, $6, $7, $8, $9) ON CONFLICT (initiative_id) DO NOTHING`,
        [id, revision, d.publicCode, d.title, d.text, d.language, d.collectionMonths, d.coInitiatorCount, d.at],
      );
      return;
    }
    case 'InitiativeReturnedForChanges':
      await update(`status = 'returned', return_reason = $3`, [event.data.reason]);
      return;
    case 'InitiativeRevised':
      await update(`status = 'screening', title = $3, text = $4, collection_months = $5`, [event.data.title, event.data.text, event.data.collectionMonths]);
      return;
    case 'InitiativeApproved': {
      const d = event.data;
      await update(
        `status = 'collecting', return_reason = NULL, approved_at = $3, threshold_rule = $4, residents = $5, required_signatures = $6, collection_last_day = $7, collection_ends_at = $8`,
        [d.at, d.thresholdRule, d.residents, d.requiredSignatures, d.collectionLastDay, d.collectionEndsAt],
      );
      return;
    }
    case 'InitiativeThresholdReached':
      await update(`threshold_reached_at = $3`, [event.data.at]);
      return;
    case 'InitiativeReferredToCouncil':
      await update(`status = 'referred', referred_at = $3, decide_by = $4, council_deadline_at = $5`, [
        event.data.at,
        event.data.decideBy,
        event.data.deadlineAt,
      ]);
      return;
    case 'CouncilDecisionDeadlineMissed':
      await update(`council_deadline_missed_at = $3`, [event.data.at]);
      return;
    case 'CouncilDecisionRecorded':
      await update(`status = 'decided', decision = $3, decision_statement = $4, decided_on = $5, decided_at = $6`, [
        event.data.decision,
        event.data.statement,
        event.data.decidedOn,
        event.data.at,
      ]);
      return;
    case 'InitiativeCollectionExpired':
      await update(`status = 'expired', expired_at = $3`, [event.data.at]);
      return;
    case 'InitiatorDataErased':
      await update('', []);
      return;
  }
}

async function applySignatureEvent(sql: SqlExecutor, table: string, stored: StoredEvent & SignatureEvent, revision: number): Promise<void> {
  const event = stored as SignatureEvent;
  const key = [event.data.initiativeId, event.data.signerKey, revision];
  switch (event.type) {
    case 'SignatureRequested': {
      const d = event.data;
      await sql.query(
        `INSERT INTO ${table} (initiative_id, signer_key, last_revision, method, district, publish_name, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (initiative_id, signer_key) DO UPDATE
           SET last_revision = EXCLUDED.last_revision, method = EXCLUDED.method, district = EXCLUDED.district,
               publish_name = EXCLUDED.publish_name, requested_at = EXCLUDED.requested_at
         WHERE ${table}.last_revision < EXCLUDED.last_revision`,
        [...key, d.method, d.district, d.publishName, d.at],
      );
      return;
    }
    case 'SignatureConfirmed':
      await sql.query(
        `UPDATE ${table} SET confirmed_at = $4, district = $5, last_revision = $3 WHERE initiative_id = $1 AND signer_key = $2 AND last_revision < $3`,
        [...key, event.data.at, event.data.district],
      );
      return;
    case 'SignerDataErased':
      // The signature still counts; only a published name goes (it could no longer be read anyway).
      await sql.query(
        `UPDATE ${table} SET signer_erased_at = $4, publish_name = false, last_revision = $3 WHERE initiative_id = $1 AND signer_key = $2 AND last_revision < $3`,
        [...key, event.data.at],
      );
      return;
  }
}
