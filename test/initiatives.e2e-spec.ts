import { InitiativeDataRetention } from '@civic/casework';
import { NORWAY_MUNICIPALITY } from '@civic/initiatives';
import { startTestApp, type TestApp } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * Citizen initiatives end to end: the real API, the projection, the reactor,
 * BullMQ on the real Redis and a real SMTP server on loopback. Norway's rule
 * over 150 residents asks for 3 signatures; the test clock moves to the day
 * the third one is confirmed (31 August 2027), so the council's six months
 * end on the last day of February 2028 (a leap year: the 29th).
 */
const COUNCIL = 'byraad@kk.test';
const ESCALATION = 'direktion@kk.test';

describe('Citizen initiatives', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let dispatcher: Record<string, string>;
  let manager: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('initiatives', { projections: true, initiatives: { thresholdRule: NORWAY_MUNICIPALITY } });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { initiatives: { councilEmail: COUNCIL, escalationEmail: ESCALATION } } });
    // Ten districts of 15 residents: 2 % of 150 is 3 signatures (below the cap of 300).
    await t.db.query('UPDATE districts SET residents = 15');
    dispatcher = await t.staff({ sub: 'dispatch-dorte', roles: ['dispatcher'] });
    manager = await t.staff({ sub: 'manager-mads', roles: ['manager'] });
    admin = await t.staff({ sub: 'admin-alma', roles: ['admin'] });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const moveClockTo = (instant: string) => t.clock.advance(Date.parse(instant) - t.clock.now().getTime());
  const mailsTo = (address: string, count = 1) =>
    eventually(
      async () => smtp.to(address),
      (mails) => mails.length >= count,
    );
  const publicView = (id: string, until: (view: Record<string, unknown>) => boolean) =>
    eventually(async () => (await t.http.get(`/initiatives/${id}`)).body, until);
  const streamOf = async (id: string) =>
    (await t.db.query(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_revision`, [`initiative-${id}`])).rows as {
      type: string;
      data: Record<string, unknown>;
    }[];

  async function startInitiative(overrides: Record<string, unknown> = {}) {
    const { body } = await t.http
      .post('/initiatives')
      .send({
        title: 'Bilfri Istedgade',
        text: 'Luk Istedgade for biler mellem Halmtorvet og Enghave Plads.',
        language: 'da',
        initiator: { name: 'Karen Hansen', email: 'karen@example.dk' },
        coInitiators: [{ name: 'Per Holm', email: 'per@example.dk' }],
        ...overrides,
      })
      .expect(201);
    return body as { id: string; publicCode: string; initiatorToken: string; revision: number };
  }

  async function sign(id: string, email: string, overrides: Record<string, unknown> = {}) {
    await t.http
      .post(`/initiatives/${id}/signatures`)
      .send({ name: `Signer ${email}`, email, district: 'vesterbro-kongens-enghave', residence: true, ...overrides })
      .expect(202);
  }

  /** Follows the link in the newest confirmation mail to `email`. */
  async function confirmFromMail(id: string, email: string, mailCount = 1) {
    const mails = await mailsTo(email, mailCount);
    const link = /\/initiatives\/([0-9a-f-]{36})\/confirm\/(\S+)/.exec(mails[mailCount - 1].text);
    expect(link?.[1]).toBe(id);
    await t.http.post(`/initiatives/${id}/signatures/confirmation`).send({ token: link![2] }).expect(200);
  }

  let expiring: { id: string };
  let main: { id: string; publicCode: string; initiatorToken: string };

  it('a citizen starts an initiative; names and addresses are sealed; staff return it for changes, the initiator revises it, staff approve it', async () => {
    main = await startInitiative();
    const started = (await streamOf(main.id))[0];
    expect(JSON.stringify(started.data)).not.toMatch(/Karen|karen@|Per Holm|per@/);
    expect(started.data).toMatchObject({ title: 'Bilfri Istedgade', collectionMonths: 12, coInitiatorCount: 1 });

    // Not public while it is screened; the screening list shows it to dispatchers only.
    await t.http.get(`/initiatives/${main.id}`).expect(404);
    await t.http
      .get('/initiatives/screening')
      .set(await t.staff({ sub: 'hanne', roles: ['handler'] }))
      .expect(403);
    await eventually(
      async () => (await t.http.get('/initiatives/screening').set(dispatcher).expect(200)).body.items.map((item: { id: string }) => item.id),
      (ids) => ids.includes(main.id),
    );
    await t.http
      .post(`/initiatives/${main.id}/approve`)
      .set(await t.staff({ sub: 'hanne', roles: ['handler'] }))
      .set('If-Match', '"0"')
      .expect(403);
    await t.http.post(`/initiatives/${main.id}/return`).set(dispatcher).set('If-Match', '"0"').send({ reason: 'Skriv hvilke tider.' }).expect(200);
    // Staff cannot approve what is with the initiator.
    await t.http.post(`/initiatives/${main.id}/approve`).set(dispatcher).set('If-Match', '"1"').expect(409);
    const returned = await eventually(
      async () => (await t.http.get(`/initiator/${main.initiatorToken}`).expect(200)).body,
      (view) => view.status === 'returned',
    );
    expect(returned.returnReason).toBe('Skriv hvilke tider.');
    await t.http
      .post(`/initiator/${main.initiatorToken}/revision`)
      .send({ title: 'Bilfri Istedgade om dagen', text: 'Luk Istedgade for biler kl. 10–18.', collectionMonths: 12 })
      .expect(200);
    await t.http.post(`/initiatives/${main.id}/approve`).set(dispatcher).set('If-Match', '"1"').expect(412);
    await t.http.post(`/initiatives/${main.id}/approve`).set(dispatcher).set('If-Match', '"2"').expect(200);
    const collecting = await publicView(main.id, (view) => view.status === 'collecting');
    expect(collecting).toMatchObject({
      title: 'Bilfri Istedgade om dagen',
      requiredSignatures: 3,
      thresholdRule: 'percent:2:cap:300',
      collectionLastDay: '2027-11-24',
    });
    await t.http.get(`/initiatives/${main.publicCode}`).expect(200);
  });

  it('a second initiative with a one-month collection is approved too (it will expire below its threshold)', async () => {
    expiring = await startInitiative({ title: 'Flere bænke ved søerne', collectionMonths: 1 });
    await t.http.post(`/initiatives/${expiring.id}/approve`).set(manager).set('If-Match', '"0"').expect(200);
    await publicView(expiring.id, (view) => view.status === 'collecting');
    await sign(expiring.id, 'baenk@example.dk');
    await confirmFromMail(expiring.id, 'baenk@example.dk');
  });

  it('refuses a signature without the statement of residence or with an unknown district, changing nothing', async () => {
    const before = await t.eventCount();
    await t.http.post(`/initiatives/${main.id}/signatures`).send({ name: 'Ole', email: 'ole@example.dk', district: 'valby', residence: false }).expect(422);
    await t.http.post(`/initiatives/${main.id}/signatures`).send({ name: 'Ole', email: 'ole@example.dk', district: 'atlantis', residence: true }).expect(422);
    expect(await t.eventCount()).toBe(before);
  });

  it('counts a signature only once confirmed, and the same signer twice once; at exactly three it is referred to the council with 29 February 2028', async () => {
    // The expiring initiative's collection ended on 24 December 2026: its timer closes it as the clock passes.
    moveClockTo('2027-08-31T08:00:00.000Z');
    await jobs.promoteTimers();
    await publicView(expiring.id, (view) => view.status === 'expired');
    expect((await streamOf(expiring.id)).map((event) => event.type)).toContain('InitiativeCollectionExpired');

    await sign(main.id, 'anne@example.dk', { publishName: true });
    await sign(main.id, 'bo@example.dk');
    await confirmFromMail(main.id, 'anne@example.dk');
    // The same person again (the address in other case): no second signature, no second mail.
    await sign(main.id, 'Anne@Example.DK');
    await confirmFromMail(main.id, 'bo@example.dk');
    const two = await publicView(main.id, (view) => view.confirmedSignatures === 2);
    expect(two.status).toBe('collecting');
    // Unconfirmed signatures do not count.
    await sign(main.id, 'cai@example.dk');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await t.http.get(`/initiatives/${main.id}`).expect(200)).body).toMatchObject({ status: 'collecting', confirmedSignatures: 2 });
    expect(smtp.to('anne@example.dk')).toHaveLength(1);

    await confirmFromMail(main.id, 'cai@example.dk');
    const referred = await publicView(main.id, (view) => view.status === 'referred');
    expect(referred).toMatchObject({
      confirmedSignatures: 3,
      decideBy: '2028-02-29',
      signersByDistrict: [{ district: 'vesterbro-kongens-enghave', signers: 3 }],
    });
    expect(referred.publishedSigners).toEqual(['Signer anne@example.dk']);
    const events = await streamOf(main.id);
    expect(events.filter((event) => event.type === 'InitiativeThresholdReached')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ confirmedSignatures: 3, requiredSignatures: 3 }) }),
    ]);
    // Referred, it collects no more: a fourth signature is refused (and nothing of it is kept); the threshold is a fact once.
    await t.http.post(`/initiatives/${main.id}/signatures`).send({ name: 'Dan', email: 'dan@example.dk', district: 'valby', residence: true }).expect(409);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await streamOf(main.id)).filter((event) => event.type === 'InitiativeReferredToCouncil')).toHaveLength(1);
  });

  it('reminds the council a month ahead, escalates when the deadline passes, then records and publishes its decision', async () => {
    moveClockTo('2028-01-29T08:00:00.000Z');
    await jobs.promoteTimers();
    const [reminder] = await mailsTo(COUNCIL);
    expect(reminder.subject).toContain(main.publicCode);
    expect(reminder.text).toContain('29. februar 2028');
    expect(reminder.text).toContain(`${TEST_PUBLIC_BASE_URL}/initiatives/${main.publicCode}`);
    expect(smtp.to(ESCALATION)).toHaveLength(0);

    // Still before the end of 29 February, Copenhagen time: nothing missed yet.
    moveClockTo('2028-02-29T22:00:00.000Z');
    await jobs.promoteTimers();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await streamOf(main.id)).map((event) => event.type)).not.toContain('CouncilDecisionDeadlineMissed');
    moveClockTo('2028-02-29T23:00:00.000Z');
    await jobs.promoteTimers();
    const [escalation] = await mailsTo(ESCALATION);
    expect(escalation.cc).toEqual([COUNCIL]);
    expect(escalation.text).toContain('29. februar 2028');
    const missed = await publicView(main.id, (view) => view.councilDeadlineMissed === true);

    await t.http
      .post(`/initiatives/${main.id}/council-decision`)
      .set(dispatcher)
      .set('If-Match', `"${missed.revision}"`)
      .send({ decision: 'adopted', statement: 'Istedgade bliver bilfri fra maj.', decidedOn: '2028-03-08' })
      .expect(403);
    await t.http
      .post(`/initiatives/${main.id}/council-decision`)
      .set(manager)
      .set('If-Match', `"${missed.revision}"`)
      .send({ decision: 'adopted', statement: 'Istedgade bliver bilfri fra maj.', decidedOn: '2028-03-08' })
      .expect(200);
    const decided = await publicView(main.id, (view) => view.status === 'decided');
    expect(decided).toMatchObject({ decision: 'adopted', decisionStatement: 'Istedgade bliver bilfri fra maj.', decidedOn: '2028-03-08' });
    const list = (await t.http.get('/initiatives').expect(200)).body.items as { id: string; status: string }[];
    expect(list.map((item) => [item.id, item.status])).toEqual(
      expect.arrayContaining([
        [main.id, 'decided'],
        [expiring.id, 'expired'],
      ]),
    );
    // Only one reminder and one escalation, whatever the replays.
    expect(smtp.to(COUNCIL).filter((mail) => mail.to.includes(COUNCIL))).toHaveLength(1);
  });

  it('erases a signer’s name and address by the same rules as a submitter’s: the key is gone, the signature still counts', async () => {
    const { rows: before } = await t.db.query(`SELECT key_id FROM submitter_data_keys WHERE key_id LIKE $1`, [`signature-${main.id}.%`]);
    expect(before).toHaveLength(3);
    await t.http.post(`/initiatives/${main.id}/signatures/personal-data/erase`).set(manager).send({ email: 'anne@example.dk' }).expect(403);
    await t.http.post(`/initiatives/${main.id}/signatures/personal-data/erase`).set(admin).send({ email: 'ANNE@example.dk' }).expect(200);
    const { rows: after } = await t.db.query(`SELECT key_id FROM submitter_data_keys WHERE key_id LIKE $1`, [`signature-${main.id}.%`]);
    expect(after).toHaveLength(2);
    const view = await publicView(main.id, (current) => (current.publishedSigners as string[]).length === 0);
    expect(view.confirmedSignatures).toBe(3);
    const { rows } = await t.db.query(`SELECT type FROM events WHERE type = 'SignerDataErased' AND data->>'initiativeId' = $1`, [main.id]);
    expect(rows).toHaveLength(1);
    await t.http.post(`/initiatives/${main.id}/signatures/personal-data/erase`).set(admin).send({ email: 'nobody@example.dk' }).expect(404);
  });

  it('erases initiators’ and signers’ data by the retention rule: 24 months after the initiative closed, and not before', async () => {
    const keysOf = async (id: string) =>
      (await t.db.query(`SELECT key_id FROM submitter_data_keys WHERE key_id = $1 OR key_id LIKE $2`, [`initiative-${id}`, `signature-${id}.%`])).rows.length;
    const retention = jobs.context.get(InitiativeDataRetention);
    // Now (March 2028): the expired one was closed when the clock passed its end (31 August 2027), the decided one just now.
    expect(await keysOf(expiring.id)).toBe(2);
    await retention.run();
    expect(await keysOf(expiring.id)).toBe(2);
    expect(await keysOf(main.id)).toBe(3);
    moveClockTo('2029-09-01T00:00:00.000Z');
    expect(await retention.run()).toEqual({ due: 2, erased: 2, failed: 0 });
    expect(await keysOf(expiring.id)).toBe(0);
    expect(await keysOf(main.id)).toBe(3);
    moveClockTo('2030-03-02T00:00:00.000Z');
    expect(await retention.run()).toEqual({ due: 3, erased: 3, failed: 0 });
    expect(await keysOf(main.id)).toBe(0);
    expect(await retention.run()).toEqual({ due: 0, erased: 0, failed: 0 });
    const { rows } = await t.db.query(`SELECT type, count(*)::int AS n FROM events WHERE metadata->>'actor' = 'system:retention' GROUP BY type ORDER BY type`);
    expect(rows).toEqual([
      { type: 'InitiatorDataErased', n: 2 },
      { type: 'SignerDataErased', n: 3 },
    ]);
  });
});
