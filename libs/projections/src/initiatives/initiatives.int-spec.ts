import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { type InitiativeEvent, initiativeStreamId, type SignatureEvent, signatureStreamId } from '@civic/initiatives';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { approved, started } from '../../../initiatives/src/testing';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { rebuildProjection } from '../runner/rebuild';
import { initiativesProjection } from './initiatives.projection';
import { confirmedSignatureCount, findInitiative, initiativesProjectionHasReached, signersByDistrict } from './initiatives.query';

const projection = initiativesProjection();
const metadata = { correlationId: 'spec', causationId: null, actor: 'spec', occurredAt: '2026-08-01T10:00:00.000Z', schemaVersion: 1 };

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('initiatives_read_model');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const append = (streamId: string, events: readonly (InitiativeEvent | SignatureEvent)[], expectedRevision: number | 'no_stream' | 'any' = 'any') =>
  store.appendToStream(
    streamId,
    events.map(({ type, data }) => ({ type, data, metadata })),
    { expectedRevision },
  );

function signature(initiativeId: string, signerKey: string, district: string, confirmedToo: boolean): SignatureEvent[] {
  const base = { initiativeId, signerKey, at: '2026-08-10T10:00:00.000Z' };
  const requested: SignatureEvent = {
    type: 'SignatureRequested',
    data: { ...base, method: 'email', district, residenceStated: true, publishName: false, signer: { keyId: 'k', ciphertext: 'c' }, language: 'da' },
  };
  return confirmedToo ? [requested, { type: 'SignatureConfirmed', data: { ...base, method: 'email', district } }] : [requested];
}

describe('The initiatives read model', () => {
  it('counts confirmed signatures per district from the signers’ own streams; replay changes nothing; a rebuild gives the same rows', async () => {
    const id = randomUUID();
    await append(initiativeStreamId(id), [
      { ...started, data: { ...started.data, initiativeId: id, publicCode: `I-2026-${id.slice(0, 6)}` } },
      { ...approved(3), data: { ...(approved(3).data as object), initiativeId: id } } as InitiativeEvent,
    ]);
    await append(signatureStreamId(id, 'a'.repeat(64)), signature(id, 'a'.repeat(64), 'valby', true));
    await append(signatureStreamId(id, 'b'.repeat(64)), signature(id, 'b'.repeat(64), 'valby', true));
    await append(signatureStreamId(id, 'c'.repeat(64)), signature(id, 'c'.repeat(64), 'noerrebro', true));
    const last = await append(signatureStreamId(id, 'd'.repeat(64)), signature(id, 'd'.repeat(64), 'noerrebro', false));
    expect(last.nextExpectedRevision).toBe(0);

    await catchUpToNewest(pool, store, projection);
    expect(await confirmedSignatureCount(pool, id)).toBe(3);
    expect(await signersByDistrict(pool, { initiativeId: id })).toEqual([
      { district: 'noerrebro', signers: 1 },
      { district: 'valby', signers: 2 },
    ]);
    expect(await findInitiative(pool, id)).toMatchObject({ status: 'collecting', requiredSignatures: 3, confirmedSignatures: 3 });
    const head = await store.readHead();
    expect(await initiativesProjectionHasReached(pool, head!.position)).toBe(true);

    const rows = async () => ({
      initiatives: (await pool.query('SELECT * FROM initiatives ORDER BY initiative_id')).rows,
      signatures: (await pool.query('SELECT * FROM initiative_signatures ORDER BY initiative_id, signer_key')).rows,
    });
    const live = await rows();
    await catchUpToNewest(pool, store, projection);
    expect(await rows()).toEqual(live);
    await rebuildProjection(pool, store, projection);
    expect(await rows()).toEqual(live);
  });
});
