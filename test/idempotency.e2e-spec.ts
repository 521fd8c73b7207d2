import { createHash, randomUUID } from 'node:crypto';
import { PersonalDataVault } from '@civic/casework';
import { canonicalJson, canonicalRequest, legacyRequestFingerprint, REQUEST_DIGEST_PURPOSE } from '../apps/api/src/ideas/idempotency';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('POST /ideas with an Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('idempotency');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a retry with the same idea and creates nothing', async () => {
    const key = randomUUID();
    const first = await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    const before = await t.eventCount();
    const retry = await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await t.eventCount()).toBe(before);
    await t.http.get(`/track/${retry.body.trackingToken}`).expect(200);
  });

  it('creates exactly one idea from ten simultaneous retries', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http
          .post('/ideas')
          .set('Idempotency-Key', key)
          .send(validIdea({ title: 'Ten at once' })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(responses.map((r) => r.body.publicCode)).size).toBe(1);
    const { rows } = await t.db.query("SELECT count(*)::int AS n FROM events WHERE type = 'IdeaSubmitted' AND data->>'title' = 'Ten at once'");
    expect(rows[0].n).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    const key = randomUUID();
    await t.http.post('/ideas').set('Idempotency-Key', key).send(validIdea()).expect(201);
    const before = await t.eventCount();
    const other = await t.http
      .post('/ideas')
      .set('Idempotency-Key', key)
      .send(validIdea({ title: 'Something else' }))
      .expect(422);
    expect(other.body.code).toBe('idempotency-key-reused');
    expect(await t.eventCount()).toBe(before);
  });

  describe('hands the first answer, and its tracking link, only to the very same request, contact included', () => {
    // Everything but the contact is on the idea's public page: whoever learns a key can resend that much.
    const { contact, ...publicFields } = validIdea({ title: 'Et ønske med en nøgle' });
    const victim = { ...publicFields, contact };

    async function refused(key: string, body: object) {
      const before = await t.eventCount();
      const response = await t.http.post('/ideas').set('Idempotency-Key', key).send(body).expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('idempotency-key-reused');
      expect(response.body.trackingToken).toBeUndefined();
      expect(JSON.stringify(response.body)).not.toMatch(/[A-Za-z0-9_-]{40,}/); // no token-like value anywhere
      expect(await t.eventCount()).toBe(before);
    }

    it('refuses a replay without the contact, and one with another contact', async () => {
      const key = randomUUID();
      const first = await t.http.post('/ideas').set('Idempotency-Key', key).send(victim).expect(201);
      await refused(key, publicFields);
      await refused(key, { ...publicFields, contact: { email: contact.email } });
      await refused(key, { ...publicFields, contact: { ...contact, email: 'attacker@example.dk' } });
      await refused(key, { ...publicFields, contact: { ...contact, phone: undefined } });

      const same = await t.http.post('/ideas').set('Idempotency-Key', key).send(victim).expect(201);
      expect(same.body).toEqual(first.body);
      expect(same.headers['idempotent-replayed']).toBe('true');
      // The same contact written differently (case, spacing) is the same request.
      const respelled = { ...victim, contact: { name: ` ${contact.name} `, email: contact.email.toUpperCase(), phone: contact.phone.replace(/ /g, '') } };
      expect((await t.http.post('/ideas').set('Idempotency-Key', key).send(respelled).expect(201)).body.trackingToken).toBe(first.body.trackingToken);
    });

    it('refuses a contact where the first request had none', async () => {
      const key = randomUUID();
      const first = await t.http.post('/ideas').set('Idempotency-Key', key).send(publicFields).expect(201);
      await refused(key, victim);
      expect((await t.http.post('/ideas').set('Idempotency-Key', key).send(publicFields).expect(201)).body.trackingToken).toBe(first.body.trackingToken);
    });

    it("keeps only a digest keyed by the submitter's data key: after erasure nothing in the database tests a guessed contact", async () => {
      const key = randomUUID();
      const { body: idea } = await t.http.post('/ideas').set('Idempotency-Key', key).send(victim).expect(201);
      const storedRow = async () =>
        (
          await t.db.query<{ metadata: Record<string, unknown>; row: string }>(
            "SELECT metadata, e::text AS row FROM events e WHERE stream_id = $1 AND type = 'IdeaSubmitted'",
            [`idea-${idea.id}`],
          )
        ).rows[0];
      const { metadata } = await storedRow();
      expect(Object.keys(metadata)).not.toContain('requestFingerprint');
      const digest = metadata.requestDigest as string;

      // While the data key exists the digest is checkable, and it covers the contact.
      const vault = t.app.get(PersonalDataVault);
      expect(await vault.verifyDigest(idea.id, REQUEST_DIGEST_PURPOSE, canonicalRequest(victim), digest)).toBe(true);
      expect(
        await vault.verifyDigest(idea.id, REQUEST_DIGEST_PURPOSE, canonicalRequest({ ...victim, contact: { ...contact, email: 'guess@example.dk' } }), digest),
      ).toBe(false);

      await t.http.post(`/track/${idea.trackingToken}/personal-data/erase`).expect(200);
      expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(0);
      expect(await vault.verifyDigest(idea.id, REQUEST_DIGEST_PURPOSE, canonicalRequest(victim), digest)).toBe('erased');

      // No unkeyed digest of the request, the contact or any part of it is left to try guesses against.
      const { row } = await storedRow();
      const guessables = [
        canonicalRequest(victim),
        canonicalJson(victim),
        JSON.stringify(victim),
        canonicalRequest(publicFields),
        canonicalJson(contact),
        JSON.stringify(contact),
        contact.email,
        contact.phone,
        contact.name,
        legacyRequestFingerprint(victim),
      ];
      for (const text of guessables) {
        for (const algorithm of ['sha256', 'sha1', 'md5', 'sha512']) {
          const hash = createHash(algorithm).update(text).digest();
          for (const encoding of ['hex', 'base64', 'base64url'] as const) expect(row).not.toContain(hash.toString(encoding));
        }
        expect(row).not.toContain(text);
      }
      // And the exact request itself gets nothing back any more: nothing is left to compare it with.
      await refused(key, victim);
    });

    it('still recognises a retry of a request recorded before the digest was keyed, contact compared with the sealed one', async () => {
      const key = randomUUID();
      const first = await t.http.post('/ideas').set('Idempotency-Key', key).send(victim).expect(201);
      // As events written before this change carry it: SHA-256 of the body without its contact.
      await t.db.query(
        "UPDATE events SET metadata = (metadata - 'requestDigest') || jsonb_build_object('requestFingerprint', $2::text) WHERE stream_id = $1 AND type = 'IdeaSubmitted'",
        [`idea-${first.body.id}`, legacyRequestFingerprint(victim)],
      );
      await refused(key, publicFields);
      await refused(key, { ...publicFields, contact: { ...contact, email: 'attacker@example.dk' } });
      await refused(key, { ...publicFields, title: 'Something else', contact });
      expect((await t.http.post('/ideas').set('Idempotency-Key', key).send(victim).expect(201)).body).toEqual(first.body);
    });
  });

  it('gives different ideas to requests without a key', async () => {
    const a = await t.http.post('/ideas').send(validIdea()).expect(201);
    const b = await t.http.post('/ideas').send(validIdea()).expect(201);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.publicCode).not.toBe(b.body.publicCode);
  });
});
