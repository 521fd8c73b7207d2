import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { InMemoryEventStore, PostgresEventStore } from '@civic/event-store';
import type { Contact } from '@civic/ideas';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { submitIdea } from '../../../ideas/src/testing/fixtures';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { SubmitterContacts } from '../personal-data/submitter-contacts';
import { IdeaRepository } from './idea.repository';

const MASTER_KEY = Buffer.alloc(32, 3);
const CONTACT: Contact = { name: 'Karen Blixen', email: 'karen@example.dk' };
const context = { actor: 'citizen', correlationId: randomUUID() };

/** How a submission writes the submitter's data key and its events, as SubmitIdeaHandler does it. */
describe('a submission’s data key and events', () => {
  let database: TestDatabase;
  let pool: Pool;
  let vault: PersonalDataVault;
  let contacts: SubmitterContacts;
  beforeAll(async () => {
    database = await createTestDatabase('repository_key_with_events');
    await applyMigrations(database.url);
    pool = createTestPool(database.url);
    vault = new PersonalDataVault(pool, MASTER_KEY);
    contacts = new SubmitterContacts(vault);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  async function submit(ideas: IdeaRepository, ideaId = randomUUID()) {
    const dataKey = vault.newKey(ideaId, { withEvents: ideas.commitsStatementsWithEvents });
    const sealed = await contacts.seal(ideaId, CONTACT, dataKey);
    const digest = await dataKey.digest('request', 'the request');
    await ideas.execute(submitIdea({ ideaId, contact: sealed }), 'new', context, { requestDigest: digest }, dataKey.statements());
    return { ideaId, sealed, digest };
  }

  it('on PostgreSQL: one transaction (the key row and the events share its id), and the sealed contact opens', async () => {
    const store = new PostgresEventStore(pool);
    const ideas = new IdeaRepository(store);
    expect(ideas.commitsStatementsWithEvents).toBe(true);
    const { ideaId, sealed, digest } = await submit(ideas);
    const { rows } = await pool.query(
      `SELECT (SELECT DISTINCT transaction_id::text FROM events WHERE stream_id = $2) AS events_xact,
              (SELECT xmin::text FROM submitter_data_keys WHERE key_id = $1) AS key_xact`,
      [ideaId, `idea-${ideaId}`],
    );
    expect(rows[0].events_xact).not.toBeNull();
    expect(rows[0].key_xact).toBe(rows[0].events_xact);
    expect(await vault.open(sealed)).toEqual(CONTACT);
    expect(await vault.verifyDigest(ideaId, 'request', 'the request', digest)).toBe(true);
    await store.close();
  });

  it('on PostgreSQL: a second submission with the same id loses, and leaves the first one’s key in place', async () => {
    const store = new PostgresEventStore(pool);
    const ideas = new IdeaRepository(store);
    const first = await submit(ideas);
    await expect(submit(ideas, first.ideaId)).rejects.toMatchObject({ name: 'WrongExpectedVersion' });
    expect(await vault.open(first.sealed)).toEqual(CONTACT);
    await store.close();
  });

  it('on a store that cannot take statements (as EventStoreDB): the key is stored first, then the events are appended', async () => {
    const store = new InMemoryEventStore();
    const ideas = new IdeaRepository(store);
    expect(ideas.commitsStatementsWithEvents).toBe(false);
    const { ideaId, sealed } = await submit(ideas);
    expect((await store.readStream(`idea-${ideaId}`)).map((event) => event.type)).toEqual(['IdeaSubmitted']);
    expect(await vault.open(sealed)).toEqual(CONTACT);
    await expect(ideas.execute(submitIdea({ ideaId: randomUUID() }), 'new', context, {}, [{ text: 'SELECT 1' }])).rejects.toThrow(
      /cannot commit other statements/,
    );
  });
});
