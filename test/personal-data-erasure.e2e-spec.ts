import { spawnSync } from 'node:child_process';
import { format } from 'node:util';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

/**
 * Crypto-shredding end to end: the submitter's name, e-mail and phone never
 * stand in clear in the event store; staff and the citizen see them opened
 * through the vault; after erasure (by an admin, or by the citizen's tracking
 * link) they are nowhere: not in any table, not in Redis, not in the logs,
 * while the idea, its answer and its public history stay.
 */
const CONTACT = { name: 'Zebulon Quillfeather', email: 'zq.shred-me@example.org', phone: '+45 98 76 54 32' };
const PERSONAL = [CONTACT.name, 'Zebulon', 'Quillfeather', CONTACT.email, 'shred-me', CONTACT.phone, '98 76 54 32', '98765432'];
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PG_DUMP = process.env.PG_DUMP ?? '/usr/lib/postgresql/15/bin/pg_dump';

/** Everything the process writes to its output while the test runs (Nest's logger writes there, and so does console). */
function captureOutput(): { text(): string; stop(): void } {
  const captured: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const tap = (original: typeof process.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof process.stdout.write;
  process.stdout.write = tap(originals.out);
  process.stderr.write = tap(originals.err);
  // Jest replaces console with its own buffer, which does not pass through process.stdout.
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const consoleOriginals = consoleMethods.map((method) => console[method]);
  consoleMethods.forEach((method, i) => {
    console[method] = (...args: unknown[]) => {
      captured.push(format(...args));
      consoleOriginals[i].apply(console, args);
    };
  });
  return {
    text: () => captured.join(''),
    stop: () => {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
      consoleMethods.forEach((method, i) => (console[method] = consoleOriginals[i]));
    },
  };
}

/** Every key and value in the Redis keyspace, read by type, as one text. */
async function redisText(redis: Redis, match = '*'): Promise<{ keys: string[]; text: string }> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  const parts: string[] = [];
  for (const key of keys) {
    parts.push(key);
    const type = await redis.type(key);
    if (type === 'string') parts.push(String(await redis.get(key)));
    else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES')));
    else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
  }
  return { keys, text: parts.join('\n') };
}

function hitsIn(text: string): string[] {
  return PERSONAL.filter((value) => text.includes(value));
}

describe('Erasing a submitter’s personal data', () => {
  let t: TestApp;
  let redis: Redis;
  let output: ReturnType<typeof captureOutput>;

  beforeAll(async () => {
    output = captureOutput();
    t = await startTestApp('personal_data_erasure', { projections: true, http: { rateLimits: { submitPerMinute: 100, trackPerMinute: 100 } } });
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
  });
  afterAll(async () => {
    output.stop();
    redis.disconnect();
    await t.close();
  });

  const eventsText = async () =>
    (await t.db.query<{ row: string }>(`SELECT data::text || ' ' || metadata::text AS row FROM events`)).rows.map((r) => r.row).join('\n');

  /** Every row of every table in the test database's public schema (events, read models, keys, reference data, checkpoints), as text. */
  async function allTablesText(): Promise<{ tables: string[]; text: string }> {
    const { rows: tables } = await t.db.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await t.db.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      parts.push(...rows.map((r) => r.row));
    }
    return { tables: tables.map((table) => table.name), text: parts.join('\n') };
  }

  /** Submits, routes to TMF, asks, lets the citizen reply, answers: a full public history to keep. */
  async function driveIdea(): Promise<{ id: string; publicCode: string; trackingToken: string }> {
    const submitted = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: CONTACT }))
        .expect(201)
    ).body;
    const staff = await t.staff({ sub: 'lead-lars', roles: ['department-lead', 'dispatcher', 'handler'], departments: ['TMF'] });
    const act = async (path: string, body: object) => {
      const current = await t.http.get(`/ideas/${submitted.id}`).set(staff).expect(200);
      await t.http.post(`/ideas/${submitted.id}${path}`).set(staff).set('If-Match', current.headers.etag).send(body).expect(200);
    };
    if (submitted.department !== 'TMF') await act('/route', { department: 'TMF', reason: 'Trafik hører under TMF' });
    await act('/questions', { question: 'Hvilken del af vejen tænker du på?' });
    await t.http.post(`/track/${submitted.trackingToken}/replies`).send({ answer: 'Strækningen ved stranden.' }).expect(200);
    await act('/answer', { decision: 'declined', publicAnswer: 'Vi har ikke budget til cykelstien i 2026.' });
    return submitted;
  }

  const publicPage = (publicCode: string) => t.http.get(`/public/ideas/${publicCode}`);

  async function projectionsCaughtUp(): Promise<void> {
    const health = await eventually(
      async () => (await t.http.get('/health').expect(200)).body as { projections: { positionsBehind: number }[] },
      (body) => body.projections.length > 0 && body.projections.every((p) => p.positionsBehind === 0),
    );
    expect(health.projections.every((p) => p.positionsBehind === 0)).toBe(true);
  }

  /** Before: sealed in the events, open to staff and the citizen, masked nowhere else needed. */
  async function expectSealedButReadable(idea: { id: string; trackingToken: string }) {
    expect(hitsIn(await eventsText())).toEqual([]);
    const sealed = await t.db.query<{ contact: { keyId: string; ciphertext: string } }>(
      `SELECT data->'contact' AS contact FROM events WHERE type = 'IdeaSubmitted' AND data->>'ideaId' = $1`,
      [idea.id],
    );
    expect(sealed.rows[0].contact).toEqual({ keyId: idea.id, ciphertext: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });

    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin', 'manager'] });
    const staffView = (await t.http.get(`/ideas/${idea.id}`).set(admin).expect(200)).body;
    expect(staffView.state.contact).toEqual(CONTACT);
    expect(hitsIn(JSON.stringify(staffView.timeline))).toEqual([]);
    expect(JSON.stringify(staffView.timeline)).not.toContain(sealed.rows[0].contact.ciphertext);
    expect((await t.http.get(`/track/${idea.trackingToken}`).expect(200)).body.contact).toEqual(CONTACT);
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(1);
  }

  /** After: nowhere at all, and the idea's public life goes on. */
  async function expectErasedEverywhere(idea: { id: string; publicCode: string; trackingToken: string }, erasure: { revision: number; erasedAt: string }) {
    await projectionsCaughtUp();
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(0);
    expect(hitsIn(await eventsText())).toEqual([]);

    const everything = await allTablesText();
    expect(everything.tables).toEqual(
      expect.arrayContaining(['events', 'submitter_data_keys', 'department_inbox_g1', 'public_status_g1', 'response_times_g1']),
    );
    expect(hitsIn(everything.text)).toEqual([]);

    const ownKeys = await redisText(redis, `*${t.database.name}*`);
    expect(ownKeys.keys.length).toBeGreaterThan(0); // the rate limits did count this app's requests there
    expect(hitsIn(ownKeys.text)).toEqual([]);
    expect(hitsIn((await redisText(redis)).text)).toEqual([]);

    new Logger('ErasureTest').warn('log capture check');
    expect(output.text()).toContain('log capture check'); // the capture does see what the app logs
    expect(hitsIn(output.text())).toEqual([]);

    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin', 'manager'] });
    const staffView = (await t.http.get(`/ideas/${idea.id}`).set(admin).expect(200)).body;
    expect(staffView.revision).toBe(erasure.revision);
    expect(staffView.state).toMatchObject({
      contact: { erased: true, erasedAt: erasure.erasedAt },
      status: 'answered',
      decision: 'declined',
      department: 'TMF',
    });
    expect(staffView.timeline.at(-1)).toMatchObject({ type: 'SubmitterDataErased', data: { reason: expect.any(String) } });
    expect(hitsIn(JSON.stringify(staffView))).toEqual([]);

    const citizenView = (await t.http.get(`/track/${idea.trackingToken}`).expect(200)).body;
    expect(citizenView.contact).toEqual({ erased: true, erasedAt: erasure.erasedAt });
    expect(citizenView.publicAnswer).toBe('Vi har ikke budget til cykelstien i 2026.');

    const page = (await publicPage(idea.publicCode).expect(200)).body;
    expect(page).toMatchObject({
      status: 'answered',
      decision: 'declined',
      publicAnswer: 'Vi har ikke budget til cykelstien i 2026.',
      title: validIdea().title,
    });
    expect(page.timeline.map((entry: { step: string }) => entry.step)).toEqual(expect.arrayContaining(['received', 'routed', 'answered']));
  }

  it('by an admin: no clear data before, none anywhere after, and the public history stays', async () => {
    const idea = await driveIdea();
    await eventually(
      () => publicPage(idea.publicCode),
      (response) => response.status === 200 && response.body.status === 'answered',
    );
    await projectionsCaughtUp();
    await expectSealedButReadable(idea);

    t.clock.advance(3_600_000);
    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin'] });
    const erased = (await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(admin).expect(200)).body;
    expect(erased).toEqual({ id: idea.id, revision: expect.any(Number), erasedAt: t.clock.now().toISOString() });
    const { rows } = await t.db.query(`SELECT data, metadata->>'actor' AS actor FROM events WHERE type = 'SubmitterDataErased' AND data->>'ideaId' = $1`, [
      idea.id,
    ]);
    expect(rows).toEqual([{ data: { ideaId: idea.id, at: erased.erasedAt, reason: 'admin-request' }, actor: 'admin-ada' }]);

    await expectErasedEverywhere(idea, erased);

    // Asking again changes nothing and answers the same.
    t.clock.advance(60_000);
    expect((await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(admin).expect(200)).body).toEqual(erased);
  });

  it('by the citizen through the tracking link', async () => {
    const idea = await driveIdea();
    await eventually(
      () => publicPage(idea.publicCode),
      (response) => response.status === 200 && response.body.status === 'answered',
    );
    await projectionsCaughtUp();
    await expectSealedButReadable(idea);

    t.clock.advance(3_600_000);
    const erased = (await t.http.post(`/track/${idea.trackingToken}/personal-data/erase`).expect(200)).body;
    expect(erased).toEqual({ id: idea.id, revision: expect.any(Number), erasedAt: t.clock.now().toISOString() });
    const { rows } = await t.db.query(
      `SELECT data->>'reason' AS reason, metadata->>'actor' AS actor FROM events WHERE type = 'SubmitterDataErased' AND data->>'ideaId' = $1`,
      [idea.id],
    );
    expect(rows).toEqual([{ reason: 'citizen-request', actor: 'citizen' }]);

    await expectErasedEverywhere(idea, erased);
  });

  it('masks the submitter’s own name in the copy the events keep, so the public page shows it masked, also after erasure', async () => {
    const idea = (
      await t.http
        .post('/ideas')
        .send(validIdea({ title: 'Bænke ved stranden – fra Zebulon', description: 'Hilsen Zebulon Quillfeather, Amager.', contact: CONTACT }))
        .expect(201)
    ).body;
    const masked = { title: 'Bænke ved stranden – fra [navn fjernet]', description: 'Hilsen [navn fjernet], Amager.' };
    expect(
      (
        await eventually(
          () => publicPage(idea.publicCode),
          (response) => response.status === 200,
        )
      ).body,
    ).toMatchObject(masked);
    const { rows } = await t.db.query(
      `SELECT data->>'title' AS title, data->>'description' AS description, data->'submitterNameSpans' AS spans FROM events WHERE type = 'IdeaSubmitted' AND data->>'ideaId' = $1`,
      [idea.id],
    );
    // The name is masked in the copy itself: nothing is left for spans to point at.
    expect(rows[0]).toEqual({ ...masked, spans: { title: [], description: [] } });

    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin', 'manager'] });
    expect((await t.http.get(`/ideas/${idea.id}`).set(admin).expect(200)).body.state).toMatchObject({
      title: 'Bænke ved stranden – fra Zebulon',
      description: 'Hilsen Zebulon Quillfeather, Amager.',
    });
    await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(admin).expect(200);
    await projectionsCaughtUp();
    expect((await publicPage(idea.publicCode).expect(200)).body).toMatchObject(masked);
    expect((await t.http.get(`/ideas/${idea.id}`).set(admin).expect(200)).body.state).toMatchObject(masked);
  });

  it('erases what the citizen typed in every free-text field too: after erasure no dump, Redis key or log line holds any of it', async () => {
    const contact = { name: 'Ottilie Brandvold', email: 'ottilie.brandvold@example.net', phone: '+45 61 72 83 94' };
    const typed = {
      title: 'Fartbump ved Ottilie Brandvolds hus',
      description: 'Ring 23 45 67 89 eller skriv til ottilie.privat@example.net, CPR 070385-1357. Hilsen Ottilie Brandvold.',
      address: 'Fjordblinkvej 42, 3. tv',
      reply: 'Skriv hellere til svar.brandvold@example.net eller ring 31 42 53 64 – Ottilie',
      withdrawal: 'Jeg er flyttet; CPR 070385-1357, ring 45 56 67 78. Ottilie Brandvold',
    };
    // Every spelling of every planted value: the masks must leave none of them anywhere once the key is gone.
    const planted = [
      'Ottilie',
      'Brandvold',
      contact.email,
      'ottilie.privat',
      'svar.brandvold',
      '61 72 83 94',
      '61728394',
      '23 45 67 89',
      '23456789',
      '070385-1357',
      '0703851357',
      'Fjordblinkvej',
      '31 42 53 64',
      '45 56 67 78',
    ];
    const plantedIn = (text: string) => planted.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
    const masked = {
      title: 'Fartbump ved [navn fjernet] hus',
      description: 'Ring [telefonnummer fjernet] eller skriv til [e-mail fjernet], CPR [CPR-nummer fjernet]. Hilsen [navn fjernet].',
      reply: 'Skriv hellere til [e-mail fjernet] eller ring [telefonnummer fjernet] – [navn fjernet]',
      withdrawal: 'Jeg er flyttet; CPR [CPR-nummer fjernet], ring [telefonnummer fjernet]. [navn fjernet]',
    };
    const location = { lat: 55.67, lon: 12.6, address: typed.address };
    const body = validIdea({ title: typed.title, description: typed.description, location, contact });

    // One idea is asked, replied to and answered; the other, placed by its address alone, is withdrawn with a reason.
    const answered = (await t.http.post('/ideas').send(body).expect(201)).body;
    const withdrawn = (
      await t.http
        .post('/ideas')
        .send({ ...body, location: { address: typed.address } })
        .expect(201)
    ).body;
    const staff = await t.staff({ sub: 'lead-lars', roles: ['department-lead', 'dispatcher', 'handler'], departments: ['TMF'] });
    const act = async (id: string, path: string, change: object) => {
      const current = await t.http.get(`/ideas/${id}`).set(staff).expect(200);
      await t.http.post(`/ideas/${id}${path}`).set(staff).set('If-Match', current.headers.etag).send(change).expect(200);
    };
    if (answered.department !== 'TMF') await act(answered.id, '/route', { department: 'TMF', reason: 'Trafik hører under TMF' });
    await act(answered.id, '/questions', { question: 'Hvor præcis skal bumpet ligge?' });
    await t.http.post(`/track/${answered.trackingToken}/replies`).send({ answer: typed.reply }).expect(200);
    await act(answered.id, '/answer', { decision: 'accepted', publicAnswer: 'Vi lægger et fartbump i foråret 2027.' });
    await t.http.post(`/track/${withdrawn.trackingToken}/withdraw`).send({ reason: typed.withdrawal }).expect(200);
    await eventually(
      () => publicPage(answered.publicCode),
      (response) => response.status === 200 && response.body.status === 'answered',
    );
    await projectionsCaughtUp();

    // Before erasure: never in clear in an event, yet staff and the citizen read what was typed.
    expect(plantedIn(await eventsText())).toEqual([]);
    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin', 'manager'] });
    const before = (await t.http.get(`/ideas/${answered.id}`).set(admin).expect(200)).body;
    expect(before.state).toMatchObject({ title: typed.title, description: typed.description, location, contact });
    expect(before.timeline.find((e: { type: string }) => e.type === 'CitizenInformationProvided').data.answer).toBe(typed.reply);
    expect(JSON.stringify(before)).not.toMatch(/sealed|ciphertext/);
    const withdrawnBefore = (await t.http.get(`/ideas/${withdrawn.id}`).set(admin).expect(200)).body;
    expect(withdrawnBefore.timeline.find((e: { type: string }) => e.type === 'IdeaWithdrawn').data.reason).toBe(typed.withdrawal);
    expect(withdrawnBefore.state.location).toEqual({ address: typed.address });
    const tracked = (await t.http.get(`/track/${answered.trackingToken}`).expect(200)).body;
    expect(tracked).toMatchObject({ title: typed.title, description: typed.description });
    expect(tracked.timeline).toContainEqual(expect.objectContaining({ step: 'reply', text: typed.reply }));
    expect((await publicPage(answered.publicCode).expect(200)).body).toMatchObject({ title: masked.title, description: masked.description });

    await t.http.post(`/ideas/${answered.id}/personal-data/erase`).set(admin).expect(200);
    await t.http.post(`/track/${withdrawn.trackingToken}/personal-data/erase`).expect(200);
    await projectionsCaughtUp();

    // After: staff and the citizen see the masked copies, the public page the masked idea and its answer.
    const after = (await t.http.get(`/ideas/${answered.id}`).set(admin).expect(200)).body;
    expect(after.state).toMatchObject({ title: masked.title, description: masked.description, location: { lat: 55.67, lon: 12.6 } });
    expect(after.state.location.address).toBeUndefined();
    expect(after.timeline.find((e: { type: string }) => e.type === 'CitizenInformationProvided').data.answer).toBe(masked.reply);
    const withdrawnAfter = (await t.http.get(`/ideas/${withdrawn.id}`).set(admin).expect(200)).body;
    expect(withdrawnAfter.timeline.find((e: { type: string }) => e.type === 'IdeaWithdrawn').data.reason).toBe(masked.withdrawal);
    expect(withdrawnAfter.state.location).toBeNull();
    expect((await t.http.get(`/track/${answered.trackingToken}`).expect(200)).body).toMatchObject({ title: masked.title, description: masked.description });
    expect((await publicPage(answered.publicCode).expect(200)).body).toMatchObject({
      title: masked.title,
      description: masked.description,
      status: 'answered',
      decision: 'accepted',
      publicAnswer: 'Vi lægger et fartbump i foråret 2027.',
    });
    expect((await publicPage(withdrawn.publicCode).expect(200)).body).toMatchObject({ title: masked.title, status: 'withdrawn' });
    for (const view of [after, withdrawnAfter, (await t.http.get(`/track/${answered.trackingToken}`).expect(200)).body]) {
      expect(plantedIn(JSON.stringify(view))).toEqual([]);
    }

    // The whole database as pg_dump writes it (the dump does hold the ideas: their masked copies are in it).
    const dump = spawnSync(PG_DUMP, ['--data-only', '--no-owner', '--dbname', t.database.url], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(dump.status).toBe(0);
    expect(dump.stdout).toContain(masked.description);
    expect(dump.stdout).toContain(masked.reply);
    expect(plantedIn(dump.stdout)).toEqual([]);

    // The Redis keys under this app's queue and rate-limit prefix, values included, and every other key too.
    const ownKeys = await redisText(redis, `*${t.database.name}*`);
    expect(ownKeys.keys.length).toBeGreaterThan(0);
    expect(plantedIn(ownKeys.text)).toEqual([]);
    expect(plantedIn((await redisText(redis)).text)).toEqual([]);

    new Logger('ErasureTest').warn('free-text log capture check');
    expect(output.text()).toContain('free-text log capture check');
    expect(plantedIn(output.text())).toEqual([]);
  });

  it('keeps a reply typed after erasure as a masked copy only, and never brings the deleted key back', async () => {
    const idea = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: CONTACT }))
        .expect(201)
    ).body;
    const staff = await t.staff({ sub: 'lead-lars', roles: ['department-lead', 'dispatcher', 'handler'], departments: ['TMF'] });
    const current = await t.http.get(`/ideas/${idea.id}`).set(staff).expect(200);
    await t.http.post(`/ideas/${idea.id}/questions`).set(staff).set('If-Match', current.headers.etag).send({ question: 'Hvor?' }).expect(200);
    await t.http.post(`/track/${idea.trackingToken}/personal-data/erase`).expect(200);
    await t.http.post(`/track/${idea.trackingToken}/replies`).send({ answer: 'Ring 98 76 54 32 om det' }).expect(200);
    const { rows } = await t.db.query(`SELECT data FROM events WHERE type = 'CitizenInformationProvided' AND data->>'ideaId' = $1`, [idea.id]);
    expect(rows[0].data.answer).toBe('Ring [telefonnummer fjernet] om det');
    expect(rows[0].data.sealedAnswer).toBeUndefined();
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(0);
  });

  it('finishes an erasure whose key deletion did not happen: asking again deletes the key', async () => {
    const idea = (
      await t.http
        .post('/ideas')
        .send(validIdea({ contact: { email: 'half-done@example.org' } }))
        .expect(201)
    ).body;
    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin'] });
    await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(admin).expect(200);
    // As if the process had died between the append and the delete: put a key back.
    await t.db.query(`INSERT INTO submitter_data_keys (key_id, wrapped_key) VALUES ($1, '\\x00')`, [idea.id]);
    const events = await t.eventCount();
    await t.http.post(`/track/${idea.trackingToken}/personal-data/erase`).expect(200);
    expect(await t.eventCount()).toBe(events);
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(0);
  });

  it('answers 404 for an unknown idea or tracking link, 401 without a token, 403 for anyone but an admin, and changes nothing', async () => {
    const idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    const events = await t.eventCount();
    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin'] });
    const problem = await t.http.post('/ideas/7d9f4f5e-3c1a-4b8e-9a57-0d1c2b3a4f50/personal-data/erase').set(admin).expect(404);
    expect(problem.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.post(`/track/${idea.trackingToken.slice(0, -2)}xx/personal-data/erase`).expect(404);
    await t.http.post('/track/not-a-token/personal-data/erase').expect(404);
    await t.http.post(`/ideas/${idea.id}/personal-data/erase`).expect(401);
    const manager = await t.staff({ sub: 'manager-mia', roles: ['manager', 'handler', 'department-lead', 'dispatcher'], departments: ['TMF'] });
    await t.http.post(`/ideas/${idea.id}/personal-data/erase`).set(manager).expect(403);
    expect(await t.eventCount()).toBe(events);
    expect((await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount).toBe(1);
  });
});
