import type { Pool } from 'pg';
import { parsePosition, comparePositions, type Position } from '@civic/event-store';
import { INITIATIVE_SIGNATURES, INITIATIVES } from './initiatives.table';

type Db = Pick<Pool, 'query'>;

/** An initiative as the public sees it: its text, where it stands, its progress and the council's decision. */
export interface PublicInitiative {
  id: string;
  /** The initiative stream's revision this row shows: send it as If-Match to change the initiative. */
  revision: number;
  publicCode: string;
  status: string;
  title: string;
  text: string;
  language: string;
  collectionMonths: number;
  coInitiatorCount: number;
  startedAt: string;
  approvedAt: string | null;
  thresholdRule: string | null;
  requiredSignatures: number | null;
  confirmedSignatures: number;
  collectionLastDay: string | null;
  collectionEndsAt: string | null;
  thresholdReachedAt: string | null;
  decideBy: string | null;
  councilDeadlineMissed: boolean;
  decision: string | null;
  decisionStatement: string | null;
  decidedOn: string | null;
  expiredAt: string | null;
  returnReason: string | null;
}

const SELECT = `
  SELECT i.initiative_id AS id, i.last_revision AS revision, i.public_code AS "publicCode", i.status, i.title, i.text, i.language, i.collection_months AS "collectionMonths",
         i.co_initiator_count AS "coInitiatorCount", to_char(i.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt",
         to_char(i.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "approvedAt", i.threshold_rule AS "thresholdRule",
         i.required_signatures AS "requiredSignatures",
         (SELECT count(*)::int FROM ${INITIATIVE_SIGNATURES} s WHERE s.initiative_id = i.initiative_id AND s.confirmed_at IS NOT NULL) AS "confirmedSignatures",
         to_char(i.collection_last_day, 'YYYY-MM-DD') AS "collectionLastDay",
         to_char(i.collection_ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "collectionEndsAt",
         to_char(i.threshold_reached_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "thresholdReachedAt",
         to_char(i.decide_by, 'YYYY-MM-DD') AS "decideBy", i.council_deadline_missed_at IS NOT NULL AS "councilDeadlineMissed",
         i.decision, i.decision_statement AS "decisionStatement", to_char(i.decided_on, 'YYYY-MM-DD') AS "decidedOn",
         to_char(i.expired_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiredAt", i.return_reason AS "returnReason"
    FROM ${INITIATIVES} i`;

/** Statuses the public sees: screening and returned ones are the initiator's and staff's business until approved. */
export const PUBLIC_INITIATIVE_STATUSES = ['collecting', 'referred', 'decided', 'expired'] as const;

export async function listInitiatives(db: Db, statuses: readonly string[], limit = 100): Promise<PublicInitiative[]> {
  const { rows } = await db.query<PublicInitiative>(
    `${SELECT} WHERE i.status = ANY($1::text[]) ORDER BY i.approved_at DESC NULLS LAST, i.started_at DESC LIMIT $2`,
    [statuses, limit],
  );
  return rows;
}

export async function findInitiative(db: Db, idOrCode: string): Promise<PublicInitiative | null> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  const { rows } = await db.query<PublicInitiative>(`${SELECT} WHERE ${byId ? 'i.initiative_id = $1::uuid' : 'i.public_code = $1'}`, [idOrCode]);
  return rows[0] ?? null;
}

export async function confirmedSignatureCount(db: Db, initiativeId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${INITIATIVE_SIGNATURES} WHERE initiative_id = $1 AND confirmed_at IS NOT NULL`,
    [initiativeId],
  );
  return rows[0].n;
}

export interface SignersInDistrict {
  district: string;
  signers: number;
}

/**
 * Confirmed signatures per district, of one initiative or of all, confirmed
 * in [from, to) when given: events counted, no personal data (for the
 * initiative page and a participation report).
 */
export async function signersByDistrict(db: Db, filter: { initiativeId?: string; from?: string; to?: string } = {}): Promise<SignersInDistrict[]> {
  const { rows } = await db.query<SignersInDistrict>(
    `SELECT district, count(*)::int AS signers FROM ${INITIATIVE_SIGNATURES}
      WHERE confirmed_at IS NOT NULL AND ($1::uuid IS NULL OR initiative_id = $1::uuid)
        AND ($2::timestamptz IS NULL OR confirmed_at >= $2) AND ($3::timestamptz IS NULL OR confirmed_at < $3)
      GROUP BY district ORDER BY district`,
    [filter.initiativeId ?? null, filter.from ?? null, filter.to ?? null],
  );
  return rows;
}

/** The signer keys whose names the public may see (they agreed), newest first: their sealed names are opened by the caller. */
export async function publishedSignerKeys(db: Db, initiativeId: string, limit = 100): Promise<string[]> {
  const { rows } = await db.query<{ key: string }>(
    `SELECT signer_key AS key FROM ${INITIATIVE_SIGNATURES} WHERE initiative_id = $1 AND confirmed_at IS NOT NULL AND publish_name ORDER BY confirmed_at DESC LIMIT $2`,
    [initiativeId, limit],
  );
  return rows.map((row) => row.key);
}

/** Whether the read model has applied the event at `position` (so a count includes it). */
export async function initiativesProjectionHasReached(db: Db, position: Position | string): Promise<boolean> {
  const { rows } = await db.query<{ position: string | null }>(
    `SELECT c.position FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation WHERE p.name = $1`,
    [INITIATIVES],
  );
  const checkpoint = rows[0]?.position;
  if (!checkpoint) return false;
  return comparePositions(parsePosition(checkpoint), typeof position === 'string' ? parsePosition(position) : position) >= 0;
}
