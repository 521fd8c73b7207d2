import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { masterKeyId, PersonalDataVault, type SealedPersonalData } from '@civic/casework';
import { runRotateMasterKeyCommand } from './rotate-master-key-command';

/** npm run pii:rotate-master-key: seal under key A, rotate to key B, open everything with B alone. */

const A = Buffer.alloc(32, 0xa1);
const B = Buffer.alloc(32, 0xb2);
const C = Buffer.alloc(32, 0xc3);
const base64 = (key: Buffer) => key.toString('base64');

let database: TestDatabase;
let db: Pool;
beforeEach(async () => {
  database = await createTestDatabase('rotate_cli');
  await applyMigrations(database.url);
  db = createTestPool(database.url, 2);
});
afterEach(async () => {
  await db.end();
  await database.drop();
});

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runRotateMasterKeyCommand(
    argv,
    { DATABASE_URL: database.url, ...env },
    { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, progressEveryMs: 0 },
  );
  return { code, stdout, stderr };
}
const rotateToB = { PII_MASTER_KEY: base64(B), PII_PREVIOUS_MASTER_KEYS: base64(A) };

async function sealUnder(key: Buffer, n: number): Promise<SealedPersonalData[]> {
  const vault = new PersonalDataVault(db, key);
  const sealed: SealedPersonalData[] = [];
  for (let i = 0; i < n; i++) sealed.push(await vault.seal(randomUUID(), { email: `citizen${i}@example.dk` }));
  return sealed;
}
const emails = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `citizen${i}@example.dk` }));
const table = async () => (await db.query('SELECT key_id, wrapped_key, master_key_id FROM submitter_data_keys ORDER BY key_id')).rows;
const underKey = async (key: Buffer) =>
  Number((await db.query('SELECT count(*) AS n FROM submitter_data_keys WHERE master_key_id = $1', [masterKeyId(key)])).rows[0].n);

describe('npm run pii:rotate-master-key', () => {
  it('rotates from A to B: a dry run first, a run that stops half-way, a second run that finishes; then B alone opens everything', async () => {
    const sealed = await sealUnder(A, 60);

    const before = await table();
    const dry = await run(['--dry-run', '--batch-size', '7'], rotateToB);
    expect(dry.stdout).toBe(`dry run: 60 of 60 data keys would be re-wrapped under master key ${masterKeyId(B)}; 0 cannot be opened; nothing changed\n`);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain(`${masterKeyId(A)} (previous): 60 data keys`);
    expect(dry.stderr).toMatch(/^checking: 7 of 60 data keys \(11\.7 %\) · \d+\/s$/m);
    expect(await table()).toEqual(before);

    // The 30th row in key order cannot be written: its batch (rows 29–35) fails, as on a crash or a lost connection.
    const poisoned = [...sealed].sort((x, y) => (x.keyId < y.keyId ? -1 : 1))[29].keyId;
    await db.query(`
      CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key_id = '${poisoned}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_once BEFORE UPDATE ON submitter_data_keys FOR EACH ROW EXECUTE FUNCTION fail_once();`);
    const stopped = await run(['--batch-size', '7'], rotateToB);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/^re-wrapping: 28 of 60 data keys \(46\.7 %\) · \d+\/s$/m);
    expect(stopped.stderr).toMatch(/^Stopped: simulated crash$/m);
    expect(stopped.stdout).toMatch(/^stopped: the batch in progress was rolled back; run the same command again/);
    expect([await underKey(B), await underKey(A)]).toEqual([28, 32]);
    // Meanwhile the service, configured with both keys, reads every row.
    expect(await new PersonalDataVault(db, B, [A]).openMany(sealed)).toEqual(emails(60));

    await db.query('DROP TRIGGER fail_once ON submitter_data_keys');
    const resumed = await run(['--batch-size', '7'], rotateToB);
    expect(resumed.stderr).toContain(`${masterKeyId(B)} (PII_MASTER_KEY): 28 data keys`);
    expect(resumed.stdout).toMatch(new RegExp(`^re-wrapped 32 of 32 data keys under master key ${masterKeyId(B)} in [\\d.]+ s\\n`));
    expect(resumed.stdout).toMatch(/none remains under an old master key: every API and worker can now run without PII_PREVIOUS_MASTER_KEYS/);
    expect(resumed.code).toBe(0);

    expect([await underKey(B), await underKey(A)]).toEqual([60, 0]);
    expect(await new PersonalDataVault(db, B).openMany(sealed)).toEqual(emails(60));
    const again = await run([], { PII_MASTER_KEY: base64(B) }); // the old key is gone from the settings: nothing left to do
    expect(again.stdout).toMatch(/^re-wrapped 0 of 0 data keys/);
    expect(again.code).toBe(0);
  });

  it('names a row the old key cannot open, leaves it as it is, and says the old key must stay', async () => {
    const sealed = await sealUnder(A, 5);
    const [stranger] = await sealUnder(C, 1);
    await db.query('UPDATE submitter_data_keys SET master_key_id = NULL WHERE key_id = $1', [stranger.keyId]); // as before key ids were recorded
    const strangerRow = (await table()).find((row) => row.key_id === stranger.keyId);

    const { code, stdout, stderr } = await run([], rotateToB);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot open data key ${stranger.keyId} (no master key recorded): no key given opens it; left as it is`);
    expect(stdout).toMatch(/^re-wrapped 5 of 6 data keys/);
    expect(stdout).toContain('still under an old master key: 1 data keys (no master key recorded: 1); keep PII_PREVIOUS_MASTER_KEYS');
    expect(stdout).toContain('no key given opens 1 of them (listed above): add the key they were wrapped with to PII_PREVIOUS_MASTER_KEYS');
    expect((await table()).find((row) => row.key_id === stranger.keyId)).toEqual(strangerRow);
    expect(await new PersonalDataVault(db, B).openMany(sealed)).toEqual(emails(5));
    expect(await new PersonalDataVault(db, B, [C]).open(stranger)).toEqual({ email: 'citizen0@example.dk' });
  });

  it('tells when a process still on the old key wraps new data keys under it while the command runs', async () => {
    await sealUnder(A, 20);
    // A stale API process (still PII_MASTER_KEY = A) submits while the command runs: its row lands behind the command's position.
    const late = await new PersonalDataVault(db, A).seal('00000000-late', { email: 'late@example.dk' });
    await db.query(`
      CREATE TABLE late_row AS SELECT key_id, wrapped_key, master_key_id FROM submitter_data_keys WHERE key_id = '00000000-late';
      DELETE FROM submitter_data_keys WHERE key_id = '00000000-late';
      CREATE FUNCTION stale_api() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO submitter_data_keys (key_id, wrapped_key, master_key_id) SELECT * FROM late_row ON CONFLICT DO NOTHING; RETURN NULL; END $$;
      CREATE TRIGGER stale_api AFTER UPDATE ON submitter_data_keys FOR EACH STATEMENT EXECUTE FUNCTION stale_api();`);
    const { code, stdout } = await run(['--batch-size', '5'], rotateToB);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^re-wrapped 20 of 20 data keys/);
    expect(stdout).toContain(`still under an old master key: 1 data keys (${masterKeyId(A)} (previous): 1); keep PII_PREVIOUS_MASTER_KEYS`);
    expect(stdout).toContain('1 of them were wrapped under an old key while this ran: a process still runs with the old PII_MASTER_KEY');
    expect(stdout).not.toContain('no key given opens');

    await db.query('DROP TRIGGER stale_api ON submitter_data_keys');
    expect(await run([], rotateToB)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^re-wrapped 1 of 1 data keys/) });
    expect(await new PersonalDataVault(db, B).open(late)).toEqual({ email: 'late@example.dk' });
  });

  it('refuses, changing nothing, when the old key is not given', async () => {
    await sealUnder(A, 3);
    const before = await table();
    const { code, stdout, stderr } = await run([], { PII_MASTER_KEY: base64(B), PII_PREVIOUS_MASTER_KEYS: base64(C) });
    expect(code).toBe(1);
    expect(stderr).toContain(`3 data keys are wrapped by master key ${masterKeyId(A)}, which is neither PII_MASTER_KEY nor in PII_PREVIOUS_MASTER_KEYS`);
    expect(stdout).toMatch(/^refused: nothing was changed/);
    expect(await table()).toEqual(before);
  });

  it('answers a usage mistake with exit code 2 and the usage', async () => {
    expect(await run(['--batch-size', '0'], rotateToB)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--batch-size must be a whole number/) });
    expect(await run(['--force'], rotateToB)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option '--force'[\s\S]*Usage: npm run pii:rotate-master-key/),
    });
    expect(await run([], {})).toMatchObject({ code: 2, stderr: expect.stringMatching(/^PII_MASTER_KEY must be set to the new master key/) });
    expect(await run(['--help'], {})).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run pii:rotate-master-key/) });
  });
});
