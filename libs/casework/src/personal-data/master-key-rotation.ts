import type { Pool, PoolClient } from 'pg';
import type { MasterKeyRing } from './master-key-ring';

/** How many data keys each master key wraps; null: a row from before master key ids were recorded. */
export type MasterKeyCensus = ReadonlyArray<{ readonly masterKeyId: string | null; readonly rows: number }>;

export interface UnopenableDataKey {
  readonly keyId: string;
  readonly masterKeyId: string | null;
}

export interface MasterKeyRotationProgress {
  /** Rows looked at so far: re-wrapped or found unopenable. */
  readonly done: number;
  /** Rows not under the current key when the run began. */
  readonly total: number;
  readonly rewrapped: number;
  readonly unopenable: number;
}

export interface MasterKeyRotationOptions {
  /** Rows per transaction (default 500). */
  readonly batchSize?: number;
  /** Opens every row that is due, changes nothing. */
  readonly dryRun?: boolean;
  /** After every batch. */
  readonly progress?: (progress: MasterKeyRotationProgress) => void;
  /** Unopenable rows listed by key id in the result; the rest are only counted (default 20). */
  readonly listLimit?: number;
}

export type MasterKeyRotationResult =
  | {
      /** Rows are wrapped by master keys that are not held: nothing was done. */
      readonly outcome: 'refused';
      readonly unknownMasterKeys: MasterKeyCensus;
    }
  | {
      readonly outcome: 'done';
      readonly total: number;
      /** Re-wrapped under the current key (with dryRun: would be). */
      readonly rewrapped: number;
      /** No key held opens them: left exactly as they were. */
      readonly unopenable: number;
      readonly firstUnopenable: readonly UnopenableDataKey[];
      /** What is still not under the current key after the run (with dryRun: before it). */
      readonly remaining: MasterKeyCensus;
    };

/**
 * Moves every submitter's data key onto the current master key (PII_MASTER_KEY):
 * unwraps it with whichever held key wrapped it and wraps it again, in batches
 * of one transaction each, while the service runs on (it reads under either
 * key). Only rows not yet under the current key are visited, so a run that
 * stopped half-way is finished by running it again. A row is only ever
 * updated, never inserted or deleted: an erased key stays erased, and a row
 * no held key opens is left exactly as it is.
 */
export class MasterKeyRotation {
  constructor(
    private readonly pool: Pick<Pool, 'query' | 'connect'>,
    private readonly keys: MasterKeyRing,
  ) {}

  async census(): Promise<MasterKeyCensus> {
    const { rows } = await this.pool.query<{ master_key_id: string | null; rows: number }>(
      'SELECT master_key_id, count(*)::int AS rows FROM submitter_data_keys GROUP BY master_key_id ORDER BY master_key_id NULLS FIRST',
    );
    return rows.map((row) => ({ masterKeyId: row.master_key_id, rows: row.rows }));
  }

  async run(options: MasterKeyRotationOptions = {}): Promise<MasterKeyRotationResult> {
    const batchSize = options.batchSize ?? 500;
    const listLimit = options.listLimit ?? 20;
    const before = await this.census();
    // A row that names a key we do not hold can only be a wrong or missing PII_PREVIOUS_MASTER_KEYS: refuse before touching anything.
    const unknownMasterKeys = before.filter((entry) => entry.masterKeyId !== null && !this.keys.holds(entry.masterKeyId));
    if (unknownMasterKeys.length) return { outcome: 'refused', unknownMasterKeys };

    const due = before.filter((entry) => entry.masterKeyId !== this.keys.currentId);
    const total = due.reduce((sum, entry) => sum + entry.rows, 0);
    const firstUnopenable: UnopenableDataKey[] = [];
    let rewrapped = 0;
    let unopenable = 0;
    let after = '';
    for (;;) {
      const batch = await this.batch(after, batchSize, options.dryRun ?? false);
      if (batch.visited === 0) break;
      after = batch.last;
      rewrapped += batch.rewrapped;
      unopenable += batch.unopenable.length;
      firstUnopenable.push(...batch.unopenable.slice(0, Math.max(0, listLimit - firstUnopenable.length)));
      options.progress?.({ done: rewrapped + unopenable, total, rewrapped, unopenable });
    }
    const remaining = options.dryRun ? due : (await this.census()).filter((entry) => entry.masterKeyId !== this.keys.currentId);
    return { outcome: 'done', total, rewrapped, unopenable, firstUnopenable, remaining };
  }

  /** The next rows after `after` (in key id order) not under the current key, re-wrapped in one transaction. */
  private async batch(after: string, size: number, dryRun: boolean) {
    const client = await this.pool.connect();
    let failed: unknown = undefined;
    try {
      await client.query(dryRun ? 'BEGIN READ ONLY' : 'BEGIN');
      const outcome = await this.rewrap(client, after, size, dryRun);
      await client.query('COMMIT');
      return outcome;
    } catch (error) {
      failed = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A client whose transaction failed is not given back to the pool: it may be mid-way through a broken connection.
      client.release(failed instanceof Error ? failed : undefined);
    }
  }

  private async rewrap(client: PoolClient, after: string, size: number, dryRun: boolean) {
    // FOR UPDATE: an erasure of one of these rows waits for this batch, then deletes the re-wrapped row.
    const { rows } = await client.query<{ key_id: string; wrapped_key: Buffer; master_key_id: string | null }>(
      `SELECT key_id, wrapped_key, master_key_id FROM submitter_data_keys
        WHERE master_key_id IS DISTINCT FROM $1 AND key_id > $2
        ORDER BY key_id LIMIT $3 ${dryRun ? '' : 'FOR UPDATE'}`,
      [this.keys.currentId, after, size],
    );
    const keyIds: string[] = [];
    const wrappedKeys: Buffer[] = [];
    const unopenable: UnopenableDataKey[] = [];
    for (const row of rows) {
      const opened = this.keys.unwrap(row.key_id, row.wrapped_key, row.master_key_id);
      if (!opened) {
        unopenable.push({ keyId: row.key_id, masterKeyId: row.master_key_id });
        continue;
      }
      keyIds.push(row.key_id);
      wrappedKeys.push(this.keys.wrap(row.key_id, opened.dataKey).wrapped);
    }
    if (!dryRun && keyIds.length)
      await client.query(
        `UPDATE submitter_data_keys k SET wrapped_key = u.wrapped_key, master_key_id = $1
           FROM unnest($2::text[], $3::bytea[]) AS u(key_id, wrapped_key)
          WHERE k.key_id = u.key_id`,
        [this.keys.currentId, keyIds, wrappedKeys],
      );
    return { visited: rows.length, last: rows.at(-1)?.key_id ?? after, rewrapped: keyIds.length, unopenable };
  }
}
