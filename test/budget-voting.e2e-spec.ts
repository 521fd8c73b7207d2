import { startTestApp, type TestApp } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { eventually } from './support/eventually';

/**
 * Online voting in a budget round, end to end: the real API, the ballots' read model, the reactor, BullMQ on the real
 * Redis and a real SMTP server on loopback. Voters vote by e-mail, confirm by the link, change their minds; paper ballots
 * are entered; voting closes and the count takes every confirmed ballot (the newest of each voter) and the paper ones.
 */
describe('budget rounds: online voting', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let staff: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('budget_voting', { projections: true });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    staff = await t.staff({ sub: 'manager-maja', roles: ['manager'], departments: [] });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const mailsTo = (address: string, count = 1) =>
    eventually(
      async () => smtp.to(address),
      (mails) => mails.length >= count,
    );

  /** A round in its voting phase: park 60, library 50, playground 30 on the ballot, and a helipad found not feasible. */
  async function roundInVoting(overrides: Record<string, unknown> = {}) {
    const opened = await t.http
      .post('/budget-rounds')
      .set(staff)
      .send({
        title: 'Hele byen 2027',
        amount: 120,
        currency: 'DKK',
        ballot: 'approval',
        maxChoices: 2,
        rule: 'equal-shares',
        completion: 'add1',
        minimumAge: 15,
        schedule: {
          proposals: { from: '2027-03-01', to: '2027-03-31' },
          review: { from: '2027-04-01', to: '2027-04-30' },
          voting: { from: '2027-05-01', to: '2027-05-14' },
          results: { from: '2027-05-15', to: '2027-05-31' },
          implementation: { from: '2027-06-01', to: '2028-12-31' },
        },
        ...overrides,
      })
      .expect(201);
    const id: string = opened.body.roundId;
    let revision: number = opened.body.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    const p: Record<string, string> = {};
    for (const title of ['Park', 'Library', 'Playground', 'Helipad']) {
      const response = await t.http
        .post(`/budget-rounds/${id}/proposals`)
        .send({ title, summary: `A ${title.toLowerCase()}.` })
        .expect(201);
      p[title] = response.body.proposalId;
      revision = response.body.revision;
    }
    await step('/phase', { to: 'review' });
    // not yet voting
    await t.http
      .post(`/budget-rounds/${id}/ballots`)
      .send({ choices: [p.Park], email: 'early@example.dk', residence: true, ageConfirmed: true })
      .expect(409);
    await step(`/proposals/${p.Park}/feasibility`, { feasible: true, costEstimate: 60 });
    await step(`/proposals/${p.Library}/feasibility`, { feasible: true, costEstimate: 50 });
    await step(`/proposals/${p.Playground}/feasibility`, { feasible: true, costEstimate: 30 });
    await step(`/proposals/${p.Helipad}/feasibility`, { feasible: false, reason: 'No room.' });
    await step('/phase', { to: 'voting' });
    return { id, p, revision: () => revision };
  }

  const vote = (id: string, email: string, choices: string[], extra: Record<string, unknown> = {}) =>
    t.http.post(`/budget-rounds/${id}/ballots`).send({ choices, email, residence: true, ageConfirmed: true, language: 'en', ...extra });

  /** The token of the newest confirmation mail to `email` (the count-th). */
  async function tokenFromMail(id: string, email: string, count = 1): Promise<string> {
    const mails = await mailsTo(email, count);
    const mail = mails[count - 1];
    expect(mail.subject).toBe('Confirm your vote: Hele byen 2027');
    const link = new RegExp(`/budget-rounds/${id}/ballots/confirm/(\\S+)`).exec(mail.text);
    expect(link).not.toBeNull();
    return link![1];
  }

  it('votes by e-mail, confirms, changes the ballot, and the count takes the newest confirmed ballot and the paper ones', async () => {
    const { id, p, revision } = await roundInVoting();
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM submitter_data_keys WHERE key_id LIKE $1`, [`budget-voter:${id}:%`])).rows[0].n)).toBe(0);
    // Anna and Bo vote for park and library, Cai for the playground; Dan never confirms.
    for (const email of ['anna@example.dk', 'bo@example.dk']) {
      expect((await vote(id, email, [p.Park, p.Library]).expect(202)).body).toEqual({ status: 'confirmation-sent' });
    }
    await vote(id, 'cai@example.dk', [p.Park]).expect(202);
    await vote(id, 'dan@example.dk', [p.Park]).expect(202);
    for (const email of ['anna@example.dk', 'bo@example.dk', 'cai@example.dk']) {
      const token = await tokenFromMail(id, email);
      expect((await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token }).expect(200)).body).toEqual({ status: 'confirmed', roundId: id });
      // a link followed twice changes nothing
      await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token }).expect(200);
    }
    // Cai changes their mind: the old ballot counts until the new one is confirmed; the old link no longer confirms.
    const oldToken = await tokenFromMail(id, 'cai@example.dk');
    await vote(id, 'Cai@Example.DK', [p.Playground]).expect(202);
    const newToken = await tokenFromMail(id, 'cai@example.dk', 2);
    await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token: oldToken }).expect(404);
    await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token: newToken }).expect(200);
    await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token: 'forged.0.token' }).expect(404);
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(staff)
      .send({ choices: [p.Park, p.Library], votingPlace: 'Main library' })
      .expect(201);
    // Each online voter's address is sealed under a data key of their ballot's own (Dan's unconfirmed one too).
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM submitter_data_keys WHERE key_id LIKE $1`, [`budget-voter:${id}:%`])).rows[0].n)).toBe(4);

    // The ballot events carry no address; the address is sealed.
    const { rows } = await t.db.query(`SELECT type, data::text AS data FROM events WHERE stream_id LIKE $1`, [`budget-ballot-${id}.%`]);
    expect(rows.map((row: { type: string }) => row.type).sort()).toEqual(
      [
        'BallotCast',
        'BallotCast',
        'BallotCast',
        'BallotCast',
        'BallotChanged',
        'BallotRequested',
        'BallotRequested',
        'BallotRequested',
        'BallotRequested',
        'BallotRequested',
      ].sort(),
    );
    expect(rows.some((row: { data: string }) => row.data.includes('example.dk'))).toBe(false);

    const closed = await eventually(
      () => t.http.post(`/budget-rounds/${id}/close-voting`).set(staff).set('If-Match', `"${revision()}"`).send({}),
      (response) => response.body.code !== 'ballots-not-counted-yet',
    );
    expect(closed.status).toBe(200);
    const round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    // Anna, Bo and the paper sheet: park + library; Cai: playground (changed); Dan's unconfirmed ballot does not count.
    expect(round.results).toMatchObject({ ballots: 4, winners: [p.Library, p.Playground], totalCost: 80 });
    const votes = Object.fromEntries(
      round.proposals.map((proposal: { id: string; result: { votes: number } | null }) => [proposal.id, proposal.result?.votes]),
    );
    expect(votes).toMatchObject({ [p.Park]: 3, [p.Library]: 3, [p.Playground]: 1 });

    // Once counted, the voters' sealed addresses are erased (their data keys deleted); the ballots still count.
    const keysOfRound = async () =>
      Number((await t.db.query(`SELECT count(*) AS n FROM submitter_data_keys WHERE key_id LIKE $1`, [`budget-voter:${id}:%`])).rows[0].n);
    await eventually(keysOfRound, (n) => n === 0);

    // After the close: voting and confirming are refused.
    await vote(id, 'eve@example.dk', [p.Park]).expect(409);
    const dansToken = await tokenFromMail(id, 'dan@example.dk');
    await t.http.post(`/budget-rounds/${id}/ballots/confirmation`).send({ token: dansToken }).expect(409);

    // An administrator erases a voter's address (found by its keyed hash); the ballot still counts.
    const admin = await t.staff({ sub: 'admin-alma', roles: ['admin'] });
    await t.http.post(`/budget-rounds/${id}/ballots/personal-data/erase`).set(staff).send({ email: 'anna@example.dk' }).expect(403);
    expect((await t.http.post(`/budget-rounds/${id}/ballots/personal-data/erase`).set(admin).send({ email: 'Anna@example.dk' }).expect(200)).body).toEqual({
      erased: true,
    });
    await t.http.post(`/budget-rounds/${id}/ballots/personal-data/erase`).set(admin).send({ email: 'nobody@example.dk' }).expect(404);
    const erased = await t.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE $1 AND type = 'VoterDataErased'`, [`budget-ballot-${id}.%`]);
    expect(erased.rows[0].n).toBe(1);
    expect((await t.http.get(`/budget-rounds/${id}`).expect(200)).body.results.ballots).toBe(4);
  });

  it('refuses a ballot that breaks the round’s method or a voter outside its scope, with problem+json, recording nothing', async () => {
    const { id, p } = await roundInVoting({ ballot: 'knapsack', maxChoices: undefined, district: 'noerrebro' });
    const before = await t.eventCount();
    const refused = await vote(id, 'ole@example.dk', [p.Park, p.Library, p.Playground]).expect(422); // 140 > 120
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 422, code: 'invalid-ballot' });
    await vote(id, 'ole@example.dk', [p.Helipad]).expect(422); // not feasible: not on the ballot
    await vote(id, 'ole@example.dk', [p.Park, p.Park]).expect(422);
    await vote(id, 'ole@example.dk', []).expect(422);
    await vote(id, 'ole@example.dk', [p.Park], { residence: false }).expect(422);
    await vote(id, 'ole@example.dk', [p.Park], { ageConfirmed: false }).expect(422);
    await vote(id, 'not-an-address', [p.Park]).expect(422);
    await t.http
      .post('/budget-rounds/00000000-0000-4000-8000-000000000000/ballots')
      .send({ choices: ['x'], email: 'a@b.dk', residence: true })
      .expect(404);
    expect(await t.eventCount()).toBe(before);
    await vote(id, 'ole@example.dk', [p.Park, p.Library]).expect(202); // 110 ≤ 120
  });
});
