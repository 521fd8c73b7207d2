import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import type { SqlStatement } from '@civic/event-store';
import { decrypt, encrypt, KEY_BYTES } from './aes-256-gcm';
import { MasterKeyRing } from './master-key-ring';
import { randomBytesFromPool } from './random-pool';

/** What an event may carry instead of personal data. */
export interface SealedPersonalData {
  readonly keyId: string;
  /** base64 of IV | AES-256-GCM ciphertext | tag, under the key's data key. */
  readonly ciphertext: string;
}

/** What opening gives once the data key has been deleted. */
export const ERASED = 'erased';
export type Erased = typeof ERASED;

/** The master key cannot unwrap a data key: another PII_MASTER_KEY, or a damaged row. Never to be read as "erased". */
export class PersonalDataKeyError extends Error {
  constructor(
    readonly keyId: string,
    /** The id of the master key the row says wrapped it, when that key is not held at all. */
    readonly missingMasterKeyId: string | null = null,
  ) {
    super(
      missingMasterKeyId
        ? `The data key "${keyId}" cannot be unwrapped: it was wrapped by master key ${missingMasterKeyId}, which is neither PII_MASTER_KEY nor one of PII_PREVIOUS_MASTER_KEYS`
        : `The data key "${keyId}" cannot be unwrapped: PII_MASTER_KEY is not the key it was wrapped with, or the stored key is damaged`,
    );
    this.name = 'PersonalDataKeyError';
  }
}

/** The sealed data does not open under its own key: changed, truncated or sealed for another key id. */
export class SealedDataDamagedError extends Error {
  constructor(readonly keyId: string) {
    super(`The sealed personal data for key "${keyId}" is damaged or was not sealed under this key`);
    this.name = 'SealedDataDamagedError';
  }
}

/**
 * The one place personal data is sealed, opened and erased (crypto-shredding).
 * Each key id gets its own random data key, kept wrapped by the master key in
 * submitter_data_keys (with the id of the master key that wrapped it); deleting that row makes every copy of the sealed data
 * (events, backups, copies in other stores) unreadable at once. The key id is
 * bound into both seals, so a blob or key cannot be swapped for another's.
 */
export class PersonalDataVault {
  private readonly masterKeys: MasterKeyRing;

  /** New data keys are wrapped by masterKey; those wrapped by a previous one (during a rotation) still open. */
  constructor(
    private readonly db: Pick<Pool, 'query'>,
    masterKey: Buffer,
    previousMasterKeys: readonly Buffer[] = [],
  ) {
    this.masterKeys = new MasterKeyRing(masterKey, previousMasterKeys);
  }

  /** Creates the key id's data key, or reuses it: sealing again for the same id (a retried submission) is safe. */
  async seal(keyId: string, data: unknown): Promise<SealedPersonalData> {
    const dataKey = await this.dataKey(keyId);
    const ciphertext = encrypt(dataKey, Buffer.from(JSON.stringify(data), 'utf8'), sealContext(keyId)).toString('base64');
    return { keyId, ciphertext };
  }

  /** Several values under one key id, with one round trip for the data key (a submission's contact and typed text). */
  async sealAll(keyId: string, values: readonly unknown[]): Promise<SealedPersonalData[]> {
    const dataKey = await this.dataKey(keyId);
    return values.map((data) => ({ keyId, ciphertext: encrypt(dataKey, Buffer.from(JSON.stringify(data), 'utf8'), sealContext(keyId)).toString('base64') }));
  }

  /**
   * An HMAC-SHA256 of the message under a key derived from the key id's data
   * key (created, or reused, as by seal). Only that data key can recompute it,
   * so once it is erased the digest tests no guess, however guessable the message.
   */
  async digest(keyId: string, purpose: string, message: string): Promise<string> {
    return keyedDigest(await this.dataKey(keyId), keyId, purpose, message);
  }

  /** Whether the message has this digest, compared in constant time; ERASED once the data key is gone (nothing can be compared then). */
  async verifyDigest(keyId: string, purpose: string, message: string, digest: string): Promise<boolean | Erased> {
    const { rows } = await this.db.query<{ wrapped_key: Buffer; master_key_id: string | null }>(
      'SELECT wrapped_key, master_key_id FROM submitter_data_keys WHERE key_id = $1',
      [keyId],
    );
    if (rows.length === 0) return ERASED;
    const expected = Buffer.from(keyedDigest(this.unwrap(keyId, rows[0].wrapped_key, rows[0].master_key_id), keyId, purpose, message), 'base64url');
    const given = Buffer.from(digest, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async open<T>(sealed: SealedPersonalData): Promise<T | Erased> {
    return (await this.openMany<T>([sealed]))[0];
  }

  /** In the order given; one round trip for all of them. */
  async openMany<T>(sealed: readonly SealedPersonalData[]): Promise<Array<T | Erased>> {
    if (sealed.length === 0) return [];
    const keyIds = [...new Set(sealed.map((s) => s.keyId))];
    const { rows } = await this.db.query<{ key_id: string; wrapped_key: Buffer; master_key_id: string | null }>(
      'SELECT key_id, wrapped_key, master_key_id FROM submitter_data_keys WHERE key_id = ANY($1::text[])',
      [keyIds],
    );
    const dataKeys = new Map(rows.map((row) => [row.key_id, this.unwrap(row.key_id, row.wrapped_key, row.master_key_id)]));
    return sealed.map((s) => {
      const dataKey = dataKeys.get(s.keyId);
      if (!dataKey) return ERASED;
      let clear: Buffer;
      try {
        clear = decrypt(dataKey, Buffer.from(s.ciphertext, 'base64'), sealContext(s.keyId));
      } catch {
        throw new SealedDataDamagedError(s.keyId);
      }
      return JSON.parse(clear.toString('utf8')) as T;
    });
  }

  /**
   * Seals and digests for a key id whose data key is new (a submission): with
   * `withEvents`, the key is made here and its row is written in the events'
   * transaction (statements(), for appendToStreamWith), so a submission costs
   * one commit; without (EventStoreDB), seal and digest store or reuse the row
   * first, as they do on the vault, before the events are appended.
   * Everything one submission seals or digests must go through the one
   * NewDataKey: a vault.seal for the same id meanwhile would store a key that
   * these statements then replace, leaving what it sealed unreadable.
   */
  newKey(keyId: string, { withEvents }: { withEvents: boolean }): NewDataKey {
    return withEvents ? new DataKeyWrittenWithEvents(keyId, this.masterKeys) : new DataKeyWrittenFirst(keyId, this);
  }

  /** Deletes the data key; true if there was one. What was sealed under it can never be opened again. */
  async erase(keyId: string): Promise<boolean> {
    const { rowCount } = await this.db.query('DELETE FROM submitter_data_keys WHERE key_id = $1', [keyId]);
    return (rowCount ?? 0) > 0;
  }

  /** Deletes every data key whose id starts with `prefix` (all the voters of one budget round); how many there were. */
  async eraseAllWithPrefix(prefix: string): Promise<number> {
    const pattern = `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const { rowCount } = await this.db.query('DELETE FROM submitter_data_keys WHERE key_id LIKE $1', [pattern]);
    return rowCount ?? 0;
  }

  private async dataKey(keyId: string): Promise<Buffer> {
    const fresh = randomBytesFromPool(KEY_BYTES);
    // The no-op update makes RETURNING give the existing row when the key is already there.
    const { wrapped, masterKeyId } = this.masterKeys.wrap(keyId, fresh);
    const { rows } = await this.db.query<{ wrapped_key: Buffer; master_key_id: string | null }>(
      `INSERT INTO submitter_data_keys (key_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)
       ON CONFLICT (key_id) DO UPDATE SET key_id = EXCLUDED.key_id
       RETURNING wrapped_key, master_key_id`,
      [keyId, wrapped, masterKeyId],
    );
    return this.unwrap(keyId, rows[0].wrapped_key, rows[0].master_key_id);
  }

  private unwrap(keyId: string, wrapped: Buffer, wrappedBy: string | null): Buffer {
    const opened = this.masterKeys.unwrap(keyId, wrapped, wrappedBy);
    if (opened) return opened.dataKey;
    throw new PersonalDataKeyError(keyId, wrappedBy !== null && !this.masterKeys.holds(wrappedBy) ? wrappedBy : null);
  }
}
/** seal and digest for one key id, and the statements that store its data key (none once stored). */
export interface NewDataKey {
  readonly keyId: string;
  seal(data: unknown): Promise<SealedPersonalData>;
  digest(purpose: string, message: string): Promise<string>;
  /** To run in the transaction of the events that carry what was sealed; [] when nothing was sealed or the key is already stored. */
  statements(): SqlStatement[];
}

class DataKeyWrittenFirst implements NewDataKey {
  constructor(
    readonly keyId: string,
    private readonly vault: PersonalDataVault,
  ) {}

  seal(data: unknown): Promise<SealedPersonalData> {
    return this.vault.seal(this.keyId, data);
  }

  digest(purpose: string, message: string): Promise<string> {
    return this.vault.digest(this.keyId, purpose, message);
  }

  statements(): SqlStatement[] {
    return [];
  }
}

/**
 * A fresh data key, held here until its row commits with the events. The row
 * replaces one left by an earlier attempt that never appended (written first,
 * by an older version): the append expects no stream, so if the idea exists
 * the whole transaction, this row included, rolls back, and if it does not,
 * no event carries anything sealed under the key replaced.
 */
class DataKeyWrittenWithEvents implements NewDataKey {
  private readonly dataKey = randomBytesFromPool(KEY_BYTES);
  private used = false;

  constructor(
    readonly keyId: string,
    private readonly masterKeys: MasterKeyRing,
  ) {}

  async seal(data: unknown): Promise<SealedPersonalData> {
    this.used = true;
    return { keyId: this.keyId, ciphertext: encrypt(this.dataKey, Buffer.from(JSON.stringify(data), 'utf8'), sealContext(this.keyId)).toString('base64') };
  }

  async digest(purpose: string, message: string): Promise<string> {
    this.used = true;
    return keyedDigest(this.dataKey, this.keyId, purpose, message);
  }

  statements(): SqlStatement[] {
    if (!this.used) return [];
    const { wrapped, masterKeyId } = this.masterKeys.wrap(this.keyId, this.dataKey);
    return [
      {
        text: `INSERT INTO submitter_data_keys (key_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)
               ON CONFLICT (key_id) DO UPDATE SET wrapped_key = EXCLUDED.wrapped_key, master_key_id = EXCLUDED.master_key_id`,
        values: [this.keyId, wrapped, masterKeyId],
      },
    ];
  }
}

const sealContext = (keyId: string) => `civic-ideas:personal-data:${keyId}`;

// HKDF keeps the digest key apart from the sealing key, and apart per purpose.
function keyedDigest(dataKey: Buffer, keyId: string, purpose: string, message: string): string {
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `civic-ideas:digest:${purpose}:${keyId}`, KEY_BYTES));
  return createHmac('sha256', macKey).update(message, 'utf8').digest('base64url');
}
