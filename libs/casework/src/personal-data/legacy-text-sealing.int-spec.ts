import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { ideaStreamId } from '@civic/ideas';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { IdeaRepository } from '../ideas/idea.repository';
import { LegacyTextSealing } from './legacy-text-sealing';
import { PersonalDataVault } from './personal-data-vault';
import { SubmitterTexts } from './submitter-texts';

const MASTER_KEY = Buffer.alloc(32, 9);
const CONTACT = { name: 'Gunhild Sværdborg', email: 'gunhild@example.dk' };
const TYPED = {
  title: 'Bænke hos Gunhild',
  description: 'Ring 22 33 44 55, CPR 121280-4321. Hilsen Gunhild Sværdborg',
  address: 'Skovsnogen 9',
  reply: 'Skriv til gunhild.svar@example.dk',
  reason: 'Flyttet, ring 66 77 88 99',
};
const CLEAR = ['Gunhild', 'Sværdborg', '22 33 44 55', '121280-4321', 'Skovsnogen', 'gunhild.svar', '66 77 88 99'];

describe('sealing the typed text of events written before it was sealed (pii:seal-typed-text)', () => {
  let database: TestDatabase;
  let db: Pool;
  let store: PostgresEventStore;
  let vault: PersonalDataVault;
  beforeAll(async () => {
    database = await createTestDatabase('legacy_text');
    await applyMigrations(database.url);
    db = createTestPool(database.url, 4);
    store = new PostgresEventStore(db);
    vault = new PersonalDataVault(db, MASTER_KEY);
  });
  afterAll(async () => {
    await store.close();
    await db.end();
    await database.drop();
  });

  /** An idea as the service wrote it before: the contact sealed, everything typed in clear. */
  async function legacyIdea(options: { erased: boolean }): Promise<string> {
    const ideaId = randomUUID();
    const at = '2025-01-10T10:00:00Z';
    const metadata = (actor: string) => ({ correlationId: randomUUID(), causationId: null, actor, occurredAt: at, schemaVersion: 1 });
    const events = [
      {
        type: 'IdeaSubmitted',
        data: {
          ideaId,
          at,
          publicCode: 'KBH-2025-000001',
          trackingTokenHash: 'hash',
          title: TYPED.title,
          description: TYPED.description,
          category: 'parks',
          district: 'amager-oest',
          location: { lat: 55.6, lon: 12.6, address: TYPED.address },
          contact: await vault.seal(ideaId, CONTACT),
          submitterNameSpans: { title: [[10, 17]], description: [[42, 59]] },
          language: 'da',
          channel: 'web',
        },
        metadata: { ...metadata('citizen'), requestFingerprint: 'f'.repeat(64) },
      },
      { type: 'CitizenInformationRequested', data: { ideaId, at, questionId: 'q1', question: 'Hvor?' }, metadata: metadata('handler-h') },
      { type: 'CitizenInformationProvided', data: { ideaId, at, questionId: 'q1', answer: TYPED.reply }, metadata: metadata('citizen') },
      { type: 'IdeaWithdrawn', data: { ideaId, at, reason: TYPED.reason }, metadata: metadata('citizen') },
      ...(options.erased ? [{ type: 'SubmitterDataErased', data: { ideaId, at, reason: 'admin-request' }, metadata: metadata('admin-a') }] : []),
    ];
    await store.appendToStream(ideaStreamId(ideaId), events, { expectedRevision: 'no_stream' });
    if (options.erased) await vault.erase(ideaId);
    return ideaId;
  }

  const streamText = async (ideaId: string) =>
    (await db.query<{ row: string }>(`SELECT data::text || metadata::text AS row FROM events WHERE stream_id = $1`, [ideaStreamId(ideaId)])).rows
      .map((r) => r.row)
      .join('\n');
  const clearIn = (text: string) => CLEAR.filter((value) => text.includes(value));

  it('seals what a live idea’s citizen typed and leaves a masked copy; erased ideas keep the masked copy only; a second run finds nothing', async () => {
    const live = await legacyIdea({ erased: false });
    const erased = await legacyIdea({ erased: true });
    expect(clearIn(await streamText(live))).toEqual(CLEAR);
    const sealing = new LegacyTextSealing(db, (client) => new PersonalDataVault(client, MASTER_KEY));
    expect(await sealing.due()).toBe(6);

    expect(await sealing.run({ batchSize: 4 })).toEqual({ sealed: 3, masked: 3 });
    expect(clearIn(await streamText(live))).toEqual([]);
    expect(clearIn(await streamText(erased))).toEqual([]);
    expect(await streamText(live)).not.toContain('requestFingerprint');
    expect((await db.query(`SELECT 1 FROM submitter_data_keys WHERE key_id = $1`, [erased])).rowCount).toBe(0);

    // Staff and the citizen still read what was typed while the key exists.
    const texts = new SubmitterTexts(vault);
    const repository = new IdeaRepository(store);
    const { state, events } = await texts.revealLoaded(await repository.load(live));
    expect(state).toMatchObject({ title: TYPED.title, description: TYPED.description, location: { address: TYPED.address } });
    expect(events.map((e) => (e.data as { answer?: string; reason?: string }).answer ?? (e.data as { reason?: string }).reason)).toEqual([
      undefined,
      undefined,
      TYPED.reply,
      TYPED.reason,
    ]);
    const gone = await texts.revealLoaded(await repository.load(erased));
    expect(gone.state).toMatchObject({
      title: 'Bænke hos [navn fjernet]',
      description: 'Ring [telefonnummer fjernet], CPR [CPR-nummer fjernet]. Hilsen [navn fjernet]',
      location: { lat: 55.6, lon: 12.6 },
    });

    expect(await sealing.due()).toBe(0);
    expect(await sealing.run()).toEqual({ sealed: 0, masked: 0 });
  });
});
