import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { PostgresEventStore } from '@civic/event-store';
import { ideaStreamId } from '@civic/ideas';
import { PersonalDataVault } from '@civic/casework';
import { runSealTypedTextCommand } from './seal-typed-text-command';

const MASTER_KEY = Buffer.alloc(32, 5);

describe('npm run pii:seal-typed-text', () => {
  let database: TestDatabase;
  let db: Pool;
  beforeAll(async () => {
    database = await createTestDatabase('seal_typed_text');
    await applyMigrations(database.url);
    db = createTestPool(database.url, 2);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSealTypedTextCommand(
      argv,
      { DATABASE_URL: database.url, PII_MASTER_KEY: MASTER_KEY.toString('base64'), ...env },
      { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) } },
    );
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('counts with --dry-run, seals a legacy reply, and finds nothing the second time', async () => {
    const ideaId = randomUUID();
    const store = new PostgresEventStore(db);
    const metadata = { correlationId: randomUUID(), causationId: null, actor: 'citizen', occurredAt: '2025-01-10T10:00:00Z', schemaVersion: 1 };
    await store.appendToStream(
      ideaStreamId(ideaId),
      [{ type: 'CitizenInformationProvided', data: { ideaId, at: metadata.occurredAt, questionId: 'q1', answer: 'Ring 44 55 66 77' }, metadata }],
      { expectedRevision: 'no_stream' },
    );
    await store.close();

    expect(await run(['--dry-run'])).toMatchObject({ code: 0, stdout: '1 events hold typed text in clear; nothing changed (--dry-run)\n' });
    expect(await run([])).toMatchObject({ code: 0, stdout: expect.stringContaining('sealed 1 events') });
    const { rows } = await db.query(`SELECT data FROM events WHERE stream_id = $1`, [ideaStreamId(ideaId)]);
    expect(rows[0].data).toMatchObject({ answer: 'Ring [telefonnummer fjernet]', sealedAnswer: { keyId: ideaId } });
    expect(await new PersonalDataVault(db, MASTER_KEY).open(rows[0].data.sealedAnswer)).toBe('Ring 44 55 66 77');
    expect(await run([])).toMatchObject({ code: 0, stdout: expect.stringContaining('sealed 0 events') });
  });

  it('refuses an EventStoreDB store and unknown arguments', async () => {
    expect((await run(['--dry-run'], { EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false' })).code).toBe(2);
    expect((await run(['--nope'])).code).toBe(2);
  });
});
