import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { encrypt } from './aes-256-gcm';
import { masterKeyId } from './master-key-ring';
import { ERASED, PersonalDataKeyError, PersonalDataVault, SealedDataDamagedError } from './personal-data-vault';

const MASTER_KEY = Buffer.alloc(32, 7);
const OTHER_MASTER_KEY = Buffer.alloc(32, 8);
const CONTACT = { name: 'Vibeke Østergaard-Lind', email: 'vibeke.ol@example.dk', phone: '+45 31 41 59 26' };

describe('the personal data vault, on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Pool;
  let vault: PersonalDataVault;
  beforeAll(async () => {
    database = await createTestDatabase('vault');
    await applyMigrations(database.url);
    db = createTestPool(database.url);
    vault = new PersonalDataVault(db, MASTER_KEY);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('opens what it sealed, and the sealed form shows none of it', async () => {
    const keyId = randomUUID();
    const sealed = await vault.seal(keyId, CONTACT);
    expect(sealed.keyId).toBe(keyId);
    const raw = Buffer.from(sealed.ciphertext, 'base64').toString('latin1') + sealed.ciphertext;
    for (const value of Object.values(CONTACT)) expect(raw).not.toContain(value);
    expect(await vault.open(sealed)).toEqual(CONTACT);
  });

  it('seals several values under one key id at once, each opening to its own value', async () => {
    const keyId = randomUUID();
    const sealed = await vault.sealAll(keyId, [CONTACT, 'typed text']);
    expect(sealed.map((s) => s.keyId)).toEqual([keyId, keyId]);
    expect(await vault.openMany(sealed)).toEqual([CONTACT, 'typed text']);
    expect(await vault.open(await vault.seal(keyId, 'again'))).toBe('again');
    expect((await db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [keyId])).rowCount).toBe(1);
  });

  it('seals twice under the same key id with one data key (a retried submission), each time with a fresh IV', async () => {
    const keyId = randomUUID();
    const first = await vault.seal(keyId, CONTACT);
    const second = await vault.seal(keyId, CONTACT);
    expect(second.ciphertext).not.toBe(first.ciphertext);
    expect(await vault.openMany([first, second])).toEqual([CONTACT, CONTACT]);
    expect(Number((await db.query('SELECT count(*) AS n FROM submitter_data_keys WHERE key_id = $1', [keyId])).rows[0].n)).toBe(1);
  });

  it('opens a batch in order, telling erased from present', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const sealed = [await vault.seal(a, { name: 'A' }), await vault.seal(b, { name: 'B' }), await vault.seal(c, { email: 'c@example.dk' })];
    await vault.erase(b);
    expect(await vault.openMany(sealed)).toEqual([{ name: 'A' }, ERASED, { email: 'c@example.dk' }]);
    expect(await vault.openMany([])).toEqual([]);
  });

  it('erases: the key row goes, opening gives erased, and erasing again finds nothing', async () => {
    const keyId = randomUUID();
    const sealed = await vault.seal(keyId, CONTACT);
    expect(await vault.erase(keyId)).toBe(true);
    expect(await vault.open(sealed)).toBe(ERASED);
    expect(await vault.erase(keyId)).toBe(false);
    expect((await db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [keyId])).rowCount).toBe(0);
  });

  it('digests under the data key: the same message verifies, another does not, and nothing verifies once erased', async () => {
    const keyId = randomUUID();
    const message = JSON.stringify(CONTACT);
    const digest = await vault.digest(keyId, 'test', message);
    expect(await vault.digest(keyId, 'test', message)).toBe(digest);
    expect(await vault.verifyDigest(keyId, 'test', message, digest)).toBe(true);
    expect(await vault.verifyDigest(keyId, 'test', JSON.stringify({ ...CONTACT, email: 'other@example.dk' }), digest)).toBe(false);
    expect(await vault.verifyDigest(keyId, 'other purpose', message, digest)).toBe(false);
    expect(await vault.verifyDigest(keyId, 'test', message, 'not-a-digest')).toBe(false);
    // One data key for the digest and the seal (a submission does both).
    await vault.seal(keyId, CONTACT);
    expect(Number((await db.query('SELECT count(*) AS n FROM submitter_data_keys WHERE key_id = $1', [keyId])).rows[0].n)).toBe(1);
    // Another key id, another digest of the very same message: nothing to compare across submitters.
    expect(await vault.digest(randomUUID(), 'test', message)).not.toBe(digest);

    await vault.erase(keyId);
    expect(await vault.verifyDigest(keyId, 'test', message, digest)).toBe(ERASED);
  });

  it('fails clearly under another master key, rather than calling the data erased', async () => {
    const sealed = await vault.seal(randomUUID(), CONTACT);
    const wrongVault = new PersonalDataVault(db, OTHER_MASTER_KEY);
    await expect(wrongVault.open(sealed)).rejects.toThrow(PersonalDataKeyError);
    await expect(wrongVault.open(sealed)).rejects.toThrow(/PII_MASTER_KEY/);
  });

  it('refuses tampered ciphertext, and a blob moved to another key id', async () => {
    const keyId = randomUUID();
    const sealed = await vault.seal(keyId, CONTACT);
    const box = Buffer.from(sealed.ciphertext, 'base64');
    box[20] ^= 0x01;
    await expect(vault.open({ keyId, ciphertext: box.toString('base64') })).rejects.toThrow(SealedDataDamagedError);
    await expect(vault.open({ keyId, ciphertext: sealed.ciphertext.slice(0, 16) })).rejects.toThrow(SealedDataDamagedError);

    const otherKeyId = randomUUID();
    await vault.seal(otherKeyId, { name: 'Other' });
    await expect(vault.open({ keyId: otherKeyId, ciphertext: sealed.ciphertext })).rejects.toThrow(SealedDataDamagedError);
  });

  it('a new key written with the events: nothing is stored until its statements run, then what it sealed and digested opens and verifies', async () => {
    const keyId = randomUUID();
    const newKey = vault.newKey(keyId, { withEvents: true });
    expect(newKey.statements()).toEqual([]); // nothing sealed, no row to write
    const sealed = await newKey.seal(CONTACT);
    const digest = await newKey.digest('request', 'the request');
    expect(await vault.open(sealed)).toBe(ERASED); // not stored yet
    for (const { text, values } of newKey.statements()) await db.query(text, values as unknown[]);
    expect(await vault.open(sealed)).toEqual(CONTACT);
    expect(await vault.verifyDigest(keyId, 'request', 'the request', digest)).toBe(true);
    const { rows } = await db.query('SELECT wrapped_key FROM submitter_data_keys WHERE key_id = $1', [keyId]);
    expect(rows).toHaveLength(1);
  });

  it('a new key written with the events replaces a row left by an attempt that never appended (its append expects no stream)', async () => {
    const keyId = randomUUID();
    const orphan = await vault.seal(keyId, { name: 'an earlier attempt' });
    const newKey = vault.newKey(keyId, { withEvents: true });
    const sealed = await newKey.seal(CONTACT);
    for (const { text, values } of newKey.statements()) await db.query(text, values as unknown[]);
    expect(await vault.open(sealed)).toEqual(CONTACT);
    await expect(vault.open(orphan)).rejects.toThrow(SealedDataDamagedError);
  });

  it('a new key written first (EventStoreDB) stores its row as it seals, and leaves no statements', async () => {
    const keyId = randomUUID();
    const newKey = vault.newKey(keyId, { withEvents: false });
    const sealed = await newKey.seal(CONTACT);
    expect(newKey.statements()).toEqual([]);
    expect(await vault.open(sealed)).toEqual(CONTACT);
    expect(await vault.verifyDigest(keyId, 'p', 'm', await newKey.digest('p', 'm'))).toBe(true);
  });

  it('refuses a master key of the wrong length', () => {
    expect(() => new PersonalDataVault(db, Buffer.alloc(16))).toThrow(/32 bytes/);
  });

  it('keeps no clear data in its table: only wrapped keys', async () => {
    const keyId = randomUUID();
    await vault.seal(keyId, CONTACT);
    const { rows } = await db.query<{ row: string }>('SELECT t::text AS row FROM submitter_data_keys t');
    const {
      rows: [stored],
    } = await db.query<{ wrapped_key: Buffer }>('SELECT wrapped_key FROM submitter_data_keys WHERE key_id = $1', [keyId]);
    expect(stored.wrapped_key).toHaveLength(12 + 32 + 16); // IV, the wrapped 32-byte key, tag: never the key itself in clear
    const everything = rows.map((r) => r.row).join('\n') + rows.map(() => stored.wrapped_key.toString('latin1')).join('');
    for (const value of Object.values(CONTACT)) expect(everything).not.toContain(value);
  });

  describe('while the master key is rotated (PII_MASTER_KEY = B, PII_PREVIOUS_MASTER_KEYS = A)', () => {
    const wrappedBy = async (keyId: string) =>
      (await db.query<{ master_key_id: string | null }>('SELECT master_key_id FROM submitter_data_keys WHERE key_id = $1', [keyId])).rows[0]?.master_key_id;

    it('records which master key wrapped each data key', async () => {
      const keyId = randomUUID();
      await vault.seal(keyId, CONTACT);
      expect(await wrappedBy(keyId)).toBe(masterKeyId(MASTER_KEY));
    });

    it('opens data keys wrapped by either key, in one batch, and wraps new ones under the new key only', async () => {
      const rotating = new PersonalDataVault(db, OTHER_MASTER_KEY, [MASTER_KEY]);
      const [old, fresh] = [randomUUID(), randomUUID()];
      const underA = await vault.seal(old, { name: 'Sealed before' });
      const underB = await rotating.seal(fresh, { name: 'Sealed during' });
      expect(await wrappedBy(fresh)).toBe(masterKeyId(OTHER_MASTER_KEY));
      expect(await rotating.openMany([underA, underB])).toEqual([{ name: 'Sealed before' }, { name: 'Sealed during' }]);
      // A process still on the old key alone cannot read what the new one wrapped: every process gets the new settings first.
      await expect(vault.open(underB)).rejects.toThrow(PersonalDataKeyError);
    });

    it('seals again under an existing data key wrapped by the old key (a retried submission) without re-wrapping it', async () => {
      const keyId = randomUUID();
      const first = await vault.seal(keyId, CONTACT);
      const rotating = new PersonalDataVault(db, OTHER_MASTER_KEY, [MASTER_KEY]);
      const second = await rotating.seal(keyId, CONTACT);
      expect(await wrappedBy(keyId)).toBe(masterKeyId(MASTER_KEY));
      expect(await vault.openMany([first, second])).toEqual([CONTACT, CONTACT]);
    });

    it('opens a data key stored before master key ids were recorded, under whichever key it was', async () => {
      const keyId = randomUUID();
      const dataKey = Buffer.alloc(32, 42);
      await db.query('INSERT INTO submitter_data_keys (key_id, wrapped_key) VALUES ($1, $2)', [
        keyId,
        encrypt(MASTER_KEY, dataKey, `civic-ideas:data-key:${keyId}`),
      ]);
      const sealed = { keyId, ciphertext: encrypt(dataKey, Buffer.from(JSON.stringify(CONTACT)), `civic-ideas:personal-data:${keyId}`).toString('base64') };
      expect(await new PersonalDataVault(db, OTHER_MASTER_KEY, [MASTER_KEY]).open(sealed)).toEqual(CONTACT);
      expect(await vault.open(sealed)).toEqual(CONTACT);
      await expect(new PersonalDataVault(db, OTHER_MASTER_KEY).open(sealed)).rejects.toThrow(/PII_MASTER_KEY is not the key it was wrapped with/);
    });

    it('names the master key it lacks once the old one is dropped too early', async () => {
      const sealed = await vault.seal(randomUUID(), CONTACT);
      const error = await new PersonalDataVault(db, OTHER_MASTER_KEY).open(sealed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PersonalDataKeyError);
      expect((error as Error).message).toContain(`master key ${masterKeyId(MASTER_KEY)}, which is neither PII_MASTER_KEY nor one of PII_PREVIOUS_MASTER_KEYS`);
    });
  });
});
