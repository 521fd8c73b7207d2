import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { type SupportEvent, supporterKeyId, supportStreamId } from '@civic/supports';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { rebuildProjection } from '../runner/rebuild';
import { participationProjection } from '../participation/participation.projection';
import { confirmedSupports } from './supports.query';
import { supportsProjection } from './supports.projection';

const IDEA = randomUUID();
const OTHER_IDEA = randomUUID();
const AT = '2026-12-01T09:00:00.000Z';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('supports_read_model');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 6);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

/** A support's stream as the API writes it: asked, then (perhaps) confirmed and withdrawn. */
async function support(ideaId: string, steps: Array<'confirm' | 'withdraw'>, district: string | null = 'valby'): Promise<string> {
  const supportId = randomUUID();
  const email = { keyId: supporterKeyId(supportId, 1), ciphertext: 'sealed' };
  const events: SupportEvent[] = [
    { type: 'SupportRequested', data: { supportId, ideaId, publicCode: 'K-2026-000001', district, language: 'da', email, at: AT } },
  ];
  for (const step of steps) {
    if (step === 'confirm') events.push({ type: 'SupportConfirmed', data: { supportId, ideaId, district, at: AT } });
    else
      events.push(
        { type: 'SupportWithdrawn', data: { supportId, ideaId, district, confirmedAt: steps.includes('confirm') ? AT : null, at: AT } },
        { type: 'SupporterDataErased', data: { supportId, ideaId, reason: 'citizen', keyIds: [email.keyId], at: AT } },
      );
  }
  const metadata = { correlationId: 'c', causationId: null, actor: 'citizen', occurredAt: AT, schemaVersion: 1 };
  await store.appendToStream(
    supportStreamId(supportId),
    events.map((event) => ({ type: event.type, data: event.data, metadata })),
    { expectedRevision: 'no_stream' },
  );
  return supportId;
}

const rowsOf = async (view: string, order: string) => (await pool.query(`SELECT to_jsonb(v) AS row FROM ${view} v ORDER BY ${order}`)).rows.map((r) => r.row);
const counts = () => confirmedSupports(pool as never, [IDEA, OTHER_IDEA]);

describe('The supports read model', () => {
  it('counts confirmed supports per idea, one row per support, never the address', async () => {
    await support(IDEA, ['confirm']);
    await support(IDEA, ['confirm']);
    await support(IDEA, []); // never confirmed
    await support(IDEA, ['confirm', 'withdraw']);
    await support(OTHER_IDEA, ['confirm'], null);
    await catchUpToNewest(pool, store, supportsProjection());
    expect(Object.fromEntries(await counts())).toEqual({ [IDEA]: 2, [OTHER_IDEA]: 1 });
    const rows = await rowsOf('supports', 'support_id');
    expect(rows.map((row) => row.status).sort()).toEqual(['confirmed', 'confirmed', 'confirmed', 'pending', 'withdrawn']);
    expect(JSON.stringify(rows)).not.toContain('sealed');
  });

  it('follows later events and changes nothing on a replay', async () => {
    const late = await support(IDEA, []);
    await catchUpToNewest(pool, store, supportsProjection());
    expect((await counts()).get(IDEA)).toBe(2);
    const metadata = { correlationId: 'c', causationId: null, actor: 'citizen', occurredAt: AT, schemaVersion: 1 };
    await store.appendToStream(
      supportStreamId(late),
      [{ type: 'SupportConfirmed', data: { supportId: late, ideaId: IDEA, district: 'valby', at: AT }, metadata }],
      {
        expectedRevision: 0,
      },
    );
    await catchUpToNewest(pool, store, supportsProjection());
    expect((await counts()).get(IDEA)).toBe(3);

    // The same events applied again (a batch seen twice) leave the rows and counts as they are.
    const before = [await rowsOf('supports', 'support_id'), await rowsOf('support_counts', 'idea_id')];
    const projection = supportsProjection();
    await projection.applyBatch(pool as never, await store.readAll(), { supports: 'supports', support_counts: 'support_counts' });
    expect([await rowsOf('supports', 'support_id'), await rowsOf('support_counts', 'idea_id')]).toEqual(before);
  });

  it('rebuilds to exactly the live rows, and so does the participation model', async () => {
    for (const projection of [supportsProjection(), participationProjection()]) {
      await catchUpToNewest(pool, store, projection);
      const views = projection.tables;
      const live = await Promise.all(views.map((view) => rowsOf(view, '1')));
      await rebuildProjection(pool, store, projection);
      expect(await Promise.all(views.map((view) => rowsOf(view, '1')))).toEqual(live);
    }
  });
});
