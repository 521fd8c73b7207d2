import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { MasterKeyRing, MasterKeyRotation, masterKeyId, PersonalDataVault, type SealedPersonalData } from '@civic/casework';
import { runRotateMasterKeyCommand } from '../apps/tools/rotate-master-key-command';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

/**
 * `npm run pii:rotate-master-key` (the built dist/apps/tools/rotate-master-key.js), killed with SIGKILL
 * half-way while the service goes on sealing and opening, then run again to the end.
 * Needs `npm run build` first (npm test does it).
 */
const A = Buffer.alloc(32, 0x5a);
const B = Buffer.alloc(32, 0x5b);
const ROWS = 4000;

let database: TestDatabase;
let db: Pool;
beforeAll(async () => {
  database = await createTestDatabase('rotate_kill');
  await applyMigrations(database.url);
  db = createTestPool(database.url, 8);
});
afterAll(async () => {
  await db.end();
  await database.drop();
});

function start(args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PII_MASTER_KEY: B.toString('base64'),
    PII_PREVIOUS_MASTER_KEYS: A.toString('base64'),
  };
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['dist/apps/tools/rotate-master-key.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

const underKey = async (key: Buffer) =>
  Number((await db.query('SELECT count(*) AS n FROM submitter_data_keys WHERE master_key_id = $1', [masterKeyId(key)])).rows[0].n);

describe('rotating the master key with a crash in the middle', () => {
  it('survives a kill -9 half-way: the service reads and seals throughout, a second run finishes, and then B alone opens everything', async () => {
    const before = new PersonalDataVault(db, A);
    const sealed: SealedPersonalData[] = [];
    for (let i = 0; i < ROWS; i += 100)
      sealed.push(...(await Promise.all(Array.from({ length: 100 }, (_, j) => before.seal(randomUUID(), { email: `citizen${i + j}@example.dk` })))));
    const expected = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ email: `citizen${from + i}@example.dk` }));

    // The service, restarted with PII_MASTER_KEY = B and PII_PREVIOUS_MASTER_KEYS = A, works on while the command runs.
    const service = new PersonalDataVault(db, B, [A]);
    const sealedDuring: SealedPersonalData[] = [];
    let serviceRuns = true;
    const serviceWork = (async () => {
      for (let round = 0; serviceRuns; round++) {
        const from = (round * 37) % (ROWS - 50);
        expect(await service.openMany(sealed.slice(from, from + 50))).toEqual(expected(from, from + 50));
        sealedDuring.push(await service.seal(randomUUID(), { email: `during${sealedDuring.length}@example.dk` }));
      }
    })();

    const first = start(['--batch-size', '4']);
    const deadline = Date.now() + 30_000;
    // Only the command moves rows off A (the service seals under B).
    while ((await underKey(A)) > (ROWS * 3) / 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    const rewrappedBeforeKill = ROWS - (await underKey(A));
    expect(rewrappedBeforeKill).toBeGreaterThanOrEqual(ROWS / 4);
    expect(rewrappedBeforeKill).toBeLessThan(ROWS); // really stopped half-way

    const second = start(['--batch-size', '50']);
    const finished = await second.exited;
    serviceRuns = false;
    await serviceWork;
    expect(finished.stderr).toContain(`${masterKeyId(A)} (previous): ${ROWS - rewrappedBeforeKill} data keys`);
    expect(finished.stdout).toContain(`re-wrapped ${ROWS - rewrappedBeforeKill} of ${ROWS - rewrappedBeforeKill} data keys under master key ${masterKeyId(B)}`);
    expect(finished.stdout).toContain('none remains under an old master key');
    expect(finished.code).toBe(0);

    expect([await underKey(A), await underKey(B)]).toEqual([0, ROWS + sealedDuring.length]);
    const onlyB = new PersonalDataVault(db, B);
    expect(await onlyB.openMany(sealed)).toEqual(expected(0, ROWS));
    expect(await onlyB.openMany(sealedDuring)).toEqual(sealedDuring.map((_, i) => ({ email: `during${i}@example.dk` })));
    expect(sealedDuring.length).toBeGreaterThan(0);
  });
});

describe('the API during a rotation (PII_MASTER_KEY = B, PII_PREVIOUS_MASTER_KEYS = A)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('rotate_api', { piiMasterKeys: { current: B, previous: [A] } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the contact of ideas sealed under either key to staff and the citizen, seals new ones under B, and after the command all are under B', async () => {
    const karen = { name: 'Karen Hansen', email: 'karen@example.dk', phone: '+45 12 34 56 78' };
    const ole = { name: 'Ole Sørensen', email: 'ole@example.dk', phone: '+45 87 65 43 21' };
    const before = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: karen }))
        .expect(201)
    ).body;
    // As if it had been submitted before the rotation began: its data key wrapped by A.
    await new MasterKeyRotation(t.db, new MasterKeyRing(A, [B])).run();
    const wrappedBy = async (id: string) => (await t.db.query('SELECT master_key_id FROM submitter_data_keys WHERE key_id = $1', [id])).rows[0].master_key_id;
    expect(await wrappedBy(before.id)).toBe(masterKeyId(A));

    const during = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: ole }))
        .expect(201)
    ).body;
    expect(await wrappedBy(during.id)).toBe(masterKeyId(B));
    const staff = await t.staff();
    const expectReadable = async () => {
      expect((await t.http.get(`/ideas/${before.id}`).set(staff).expect(200)).body.state.contact).toEqual(karen);
      expect((await t.http.get(`/ideas/${during.id}`).set(staff).expect(200)).body.state.contact).toEqual(ole);
      expect((await t.http.get(`/track/${before.trackingToken}`).expect(200)).body.contact).toEqual(karen);
      expect((await t.http.get(`/track/${during.trackingToken}`).expect(200)).body.contact).toEqual(ole);
    };
    await expectReadable();

    let stdout = '';
    const code = await runRotateMasterKeyCommand(
      [],
      { DATABASE_URL: t.database.url, PII_MASTER_KEY: B.toString('base64'), PII_PREVIOUS_MASTER_KEYS: A.toString('base64') },
      { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => undefined } },
    );
    expect(stdout).toMatch(/^re-wrapped 1 of 1 data keys/);
    expect(code).toBe(0);
    expect(await wrappedBy(before.id)).toBe(masterKeyId(B));
    await expectReadable();
  });
});
