import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
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
});
