import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { encrypt } from './aes-256-gcm';
import { MasterKeyRing, masterKeyId } from './master-key-ring';
import { MasterKeyRotation, type MasterKeyRotationProgress } from './master-key-rotation';
import { ERASED, PersonalDataVault, type SealedPersonalData } from './personal-data-vault';

const A = Buffer.alloc(32, 0xa);
const B = Buffer.alloc(32, 0xb);
const C = Buffer.alloc(32, 0xc);

describe('rotating the master key, on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Pool;
  beforeEach(async () => {
    database = await createTestDatabase('rotation');
    await applyMigrations(database.url);
    db = createTestPool(database.url, 4);
  });
  afterEach(async () => {
    await db.end();
    await database.drop();
  });

  /** n submitters' contacts sealed under `key`, as the service would. */
  async function sealUnder(key: Buffer, n: number): Promise<SealedPersonalData[]> {
    const vault = new PersonalDataVault(db, key);
    const sealed: SealedPersonalData[] = [];
    for (let i = 0; i < n; i++) sealed.push(await vault.seal(randomUUID(), { name: `Citizen ${i}`, email: `c${i}@example.dk` }));
    return sealed;
  }

  /** A row as the vault wrote it before master key ids were recorded. */
  async function legacyRow(key: Buffer): Promise<SealedPersonalData> {
    const keyId = randomUUID();
    const dataKey = Buffer.alloc(32, 0x42);
    await db.query('INSERT INTO submitter_data_keys (key_id, wrapped_key) VALUES ($1, $2)', [keyId, encrypt(key, dataKey, `civic-ideas:data-key:${keyId}`)]);
    return { keyId, ciphertext: encrypt(dataKey, Buffer.from(JSON.stringify({ name: 'Legacy' })), `civic-ideas:personal-data:${keyId}`).toString('base64') };
  }

  const rows = async () =>
    new Map(
      (
        await db.query<{ key_id: string; wrapped_key: Buffer; master_key_id: string | null }>(
          'SELECT key_id, wrapped_key, master_key_id FROM submitter_data_keys',
        )
      ).rows.map((row) => [row.key_id, row]),
    );
  const expected = (sealed: readonly SealedPersonalData[]) => sealed.map((_, i) => ({ name: `Citizen ${i}`, email: `c${i}@example.dk` }));

  it('re-wraps every data key in batches, after which the new key alone opens everything; a dry run before changes nothing', async () => {
    const sealed = await sealUnder(A, 45);
    const legacy = await legacyRow(A);
    const rotation = new MasterKeyRotation(db, new MasterKeyRing(B, [A]));
    expect(await rotation.census()).toEqual([
      { masterKeyId: null, rows: 1 },
      { masterKeyId: masterKeyId(A), rows: 45 },
    ]);

    const untouched = await rows();
    const dry = await rotation.run({ dryRun: true, batchSize: 10 });
    expect(dry).toMatchObject({ outcome: 'done', total: 46, rewrapped: 46, unopenable: 0 });
    expect(await rows()).toEqual(untouched);

    const progress: MasterKeyRotationProgress[] = [];
    const result = await rotation.run({ batchSize: 10, progress: (p) => progress.push(p) });
    expect(result).toEqual({ outcome: 'done', total: 46, rewrapped: 46, unopenable: 0, firstUnopenable: [], remaining: [] });
    expect(progress.map((p) => p.done)).toEqual([10, 20, 30, 40, 46]);
    expect(progress.every((p) => p.total === 46)).toBe(true);
    expect(await rotation.census()).toEqual([{ masterKeyId: masterKeyId(B), rows: 46 }]);
    for (const [keyId, row] of await rows()) expect(row.wrapped_key.equals(untouched.get(keyId)!.wrapped_key)).toBe(false);

    const onlyB = new PersonalDataVault(db, B);
    expect(await onlyB.openMany(sealed)).toEqual(expected(sealed));
    expect(await onlyB.open(legacy)).toEqual({ name: 'Legacy' });
    await expect(new PersonalDataVault(db, A).open(sealed[0])).rejects.toThrow(/PII_MASTER_KEY/);

    // Run again: nothing left to do.
    expect(await rotation.run({ batchSize: 10 })).toMatchObject({ total: 0, rewrapped: 0, remaining: [] });
  });

  it('finishes on a second run after a failure mid-way: the failed batch is rolled back whole, nothing is lost', async () => {
    const sealed = await sealUnder(A, 30);
    const ordered = [...sealed].sort((x, y) => (x.keyId < y.keyId ? -1 : 1));
    // The 15th row in key order makes its batch (rows 11–20) fail half-way, like a crash or a lost connection.
    const poisoned = ordered[14].keyId;
    await db.query(`
      CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key_id = '${poisoned}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_once BEFORE UPDATE ON submitter_data_keys FOR EACH ROW EXECUTE FUNCTION fail_once();`);
    const rotation = new MasterKeyRotation(db, new MasterKeyRing(B, [A]));
    await expect(rotation.run({ batchSize: 10 })).rejects.toThrow(/simulated crash/);
    const afterCrash = await rows();
    expect(ordered.map((s) => afterCrash.get(s.keyId)!.master_key_id)).toEqual([
      ...Array(10).fill(masterKeyId(B)),
      ...Array(20).fill(masterKeyId(A)), // the failed batch and everything after it: as they were
    ]);
    // Meanwhile the service, with both keys, reads everything.
    expect(await new PersonalDataVault(db, B, [A]).openMany(sealed)).toEqual(expected(sealed));

    await db.query('DROP TRIGGER fail_once ON submitter_data_keys');
    const progress: MasterKeyRotationProgress[] = [];
    const resumed = await rotation.run({ batchSize: 10, progress: (p) => progress.push(p) });
    expect(resumed).toMatchObject({ total: 20, rewrapped: 20, remaining: [] }); // the first 10 are not visited again
    expect(progress.map((p) => p.done)).toEqual([10, 20]);
    expect(await new PersonalDataVault(db, B).openMany(sealed)).toEqual(expected(sealed));
  });

  it('leaves a row no key opens exactly as it is, names it, and re-wraps the rest', async () => {
    const sealed = await sealUnder(A, 12);
    const legacyUnderC = await legacyRow(C); // no key held opens it
    const damaged = sealed[3].keyId;
    await db.query(`UPDATE submitter_data_keys SET wrapped_key = set_byte(wrapped_key, 20, get_byte(wrapped_key, 20) # 1) WHERE key_id = $1`, [damaged]);
    const before = await rows();

    const result = await new MasterKeyRotation(db, new MasterKeyRing(B, [A])).run({ batchSize: 5 });
    expect(result).toMatchObject({ outcome: 'done', total: 13, rewrapped: 11, unopenable: 2 });
    if (result.outcome !== 'done') throw new Error('unreachable');
    expect([...result.firstUnopenable].sort((x, y) => x.keyId.localeCompare(y.keyId))).toEqual(
      [
        { keyId: damaged, masterKeyId: masterKeyId(A) },
        { keyId: legacyUnderC.keyId, masterKeyId: null },
      ].sort((x, y) => x.keyId.localeCompare(y.keyId)),
    );
    expect(result.remaining).toEqual([
      { masterKeyId: null, rows: 1 },
      { masterKeyId: masterKeyId(A), rows: 1 },
    ]);
    const after = await rows();
    expect(after.get(damaged)).toEqual(before.get(damaged));
    expect(after.get(legacyUnderC.keyId)).toEqual(before.get(legacyUnderC.keyId));
    // With the right key added, a second run finishes the legacy row and still leaves the damaged one.
    const second = await new MasterKeyRotation(db, new MasterKeyRing(B, [A, C])).run({ batchSize: 5, listLimit: 1 });
    expect(second).toMatchObject({ total: 2, rewrapped: 1, unopenable: 1, firstUnopenable: [{ keyId: damaged }] });
    expect(await new PersonalDataVault(db, B).open(legacyUnderC)).toEqual({ name: 'Legacy' });
  });

  it('refuses, changing nothing, when rows name a master key it does not hold', async () => {
    await sealUnder(A, 3);
    await sealUnder(C, 2);
    const before = await rows();
    const result = await new MasterKeyRotation(db, new MasterKeyRing(B, [A])).run();
    expect(result).toEqual({ outcome: 'refused', unknownMasterKeys: [{ masterKeyId: masterKeyId(C), rows: 2 }] });
    expect(await rows()).toEqual(before);
  });

  it('keeps erased data keys erased, also when erasures run during the rotation', async () => {
    const sealed = await sealUnder(A, 120);
    const vault = new PersonalDataVault(db, B, [A]);
    await vault.erase(sealed[0].keyId);
    const erasedDuring = sealed.filter((_, i) => i % 7 === 3);
    const rotation = new MasterKeyRotation(db, new MasterKeyRing(B, [A]));
    const [result] = await Promise.all([
      rotation.run({ batchSize: 4 }),
      (async () => {
        for (const s of erasedDuring) await vault.erase(s.keyId);
      })(),
    ]);
    expect(result).toMatchObject({ outcome: 'done', unopenable: 0, remaining: [] });
    const erased = new Set([sealed[0].keyId, ...erasedDuring.map((s) => s.keyId)]);
    const left = await rows();
    expect(left.size).toBe(120 - erased.size);
    for (const keyId of erased) expect(left.has(keyId)).toBe(false);
    const opened = await new PersonalDataVault(db, B).openMany(sealed);
    sealed.forEach((s, i) => expect(opened[i]).toEqual(erased.has(s.keyId) ? ERASED : { name: `Citizen ${i}`, email: `c${i}@example.dk` }));
  });
});
