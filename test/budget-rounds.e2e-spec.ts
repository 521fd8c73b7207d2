import { electionFromPb, equalShares, parsePb } from '@civic/budgets';
import { IdeaRepository, WINNER_IDEA_CATEGORY, winnerIdeaId } from '@civic/casework';
import { NO_NAME_SPANS } from '@civic/ideas';
import { eventually } from '@civic/platform/testing';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A participatory-budget round over HTTP with real PostgreSQL and the projections running: staff open it, citizens
 * propose, staff review and merge, paper ballots are entered, voting closes and is counted by equal shares (add1), the
 * winners are carried out. The ballots here are paper; online voting is test/budget-voting*.e2e-spec.ts.
 */
describe('budget rounds', () => {
  let t: TestApp;
  let staff: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('budget_rounds', { projections: true });
    staff = await t.staff({ sub: 'manager-maja', roles: ['manager'], departments: [] });
  });
  afterAll(() => t?.close());

  const settings = (overrides: Record<string, unknown> = {}) => ({
    title: 'Hele byen 2027',
    amount: 120,
    currency: 'DKK',
    ballot: 'approval',
    maxChoices: 2,
    rule: 'equal-shares',
    completion: 'add1',
    schedule: {
      proposals: { from: '2027-03-01', to: '2027-03-31' },
      review: { from: '2027-04-01', to: '2027-04-30' },
      voting: { from: '2027-05-01', to: '2027-05-14' },
      results: { from: '2027-05-15', to: '2027-05-31' },
      implementation: { from: '2027-06-01', to: '2028-12-31' },
    },
    ...overrides,
  });

  it('runs a round from proposals to funded projects carried out, by equal shares, with the reasons', async () => {
    const opened = await t.http.post('/budget-rounds').set(staff).send(settings()).expect(201);
    const id: string = opened.body.roundId;
    let revision: number = opened.body.revision;
    const step = async (path: string, body: object, status = 200) => {
      const response = await t.http.post(`/budget-rounds/${id}${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(status);
      if (status === 200) revision = response.body.revision;
      return response;
    };

    const proposals: Record<string, string> = {};
    for (const title of ['Park', 'Library', 'Playground', 'Helipad', 'Another park']) {
      const response = await t.http
        .post(`/budget-rounds/${id}/proposals`)
        .send({ title, summary: `A ${title.toLowerCase()} for everyone.` })
        .expect(201);
      proposals[title] = response.body.proposalId;
      revision = response.body.revision;
    }
    await step('/phase', { to: 'voting' }, 409); // not before review
    await step('/phase', { to: 'review' });
    await t.http.post(`/budget-rounds/${id}/proposals`).send({ title: 'Late', summary: 'Too late.' }).expect(409);
    await step(`/proposals/${proposals.Park}/feasibility`, { feasible: true, costEstimate: 60 });
    await step(`/proposals/${proposals.Library}/feasibility`, { feasible: true, costEstimate: 50 });
    await step(`/proposals/${proposals.Playground}/feasibility`, { feasible: true, costEstimate: 30 });
    await step(`/proposals/${proposals.Helipad}/feasibility`, { feasible: false }, 422); // a reason is required
    await step(`/proposals/${proposals.Helipad}/feasibility`, { feasible: false, reason: 'There is no room for a helipad.' });
    await step('/merges', { into: proposals.Park, proposalIds: [proposals['Another park']] });
    // a stale revision is refused and changes nothing
    await t.http
      .post(`/budget-rounds/${id}/phase`)
      .set(staff)
      .set('If-Match', `"${revision - 1}"`)
      .send({ to: 'voting' })
      .expect(412);
    await step('/phase', { to: 'voting' });

    const sheets = [[proposals.Park, proposals.Library], [proposals.Park, proposals.Library], [proposals.Park, proposals.Library], [proposals.Playground]];
    for (const choices of sheets) {
      await t.http.post(`/budget-rounds/${id}/paper-ballots`).set(staff).send({ choices, votingPlace: 'Main library' }).expect(201);
    }
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(staff)
      .send({ choices: [proposals.Park, proposals.Library, proposals.Playground], votingPlace: 'Main library' })
      .expect(422); // at most 2
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(staff)
      .send({ choices: [proposals.Helipad], votingPlace: 'Main library' })
      .expect(422);

    const closed = await eventually(
      () => t.http.post(`/budget-rounds/${id}/close-voting`).set(staff).set('If-Match', `"${revision}"`).send({}),
      (response) => response.body.code !== 'ballots-not-counted-yet',
    );
    expect(closed.status).toBe(200);
    revision = closed.body.revision;

    const round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(round.phase).toBe('results');
    expect(round.results).toEqual({ ballots: 4, winners: [proposals.Library, proposals.Playground], totalCost: 80, implemented: 0 });
    const byTitle = Object.fromEntries(round.proposals.map((proposal: { title: string }) => [proposal.title, proposal]));
    expect(byTitle.Park).toMatchObject({ review: 'feasible', cost: 60, result: { votes: 3, funded: false, explanation: "its supporters' shares ran out" } });
    expect(byTitle.Library).toMatchObject({ result: { votes: 3, funded: true, fundedAs: 1 } });
    expect(byTitle.Helipad).toMatchObject({ review: 'not-feasible', notFeasibleReason: 'There is no room for a helipad.', result: null });
    expect(byTitle['Another park']).toMatchObject({ review: 'merged', mergedInto: proposals.Park });
    expect(round.phases.find((phase: { current: boolean }) => phase.current)).toMatchObject({ phase: 'results', from: '2027-05-15' });

    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(staff)
      .send({ choices: [proposals.Park], votingPlace: 'Main library' })
      .expect(409);
    const pb = await t.http.get(`/budget-rounds/${id}/pabulib`).expect(200);
    expect(pb.headers['content-type']).toMatch(/^text\/plain/);
    expect(equalShares(electionFromPb(parsePb(pb.text)), { completion: 'add1' }).winners).toEqual([proposals.Library, proposals.Playground]);
    await step('/phase', { to: 'implementation' });
    await step(`/winners/${proposals.Library}/progress`, { note: 'Architect chosen.', percentComplete: 30 });
    await step(`/winners/${proposals.Park}/progress`, { note: 'Not funded.' }, 409);
    await step(`/winners/${proposals.Library}/completion`, { note: 'Opened to the public.' });
    const done = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(done.results.implemented).toBe(1);
    expect(done.proposals.find((proposal: { id: string }) => proposal.id === proposals.Library).progress).toEqual([
      { note: 'Architect chosen.', percentComplete: 30, at: expect.any(String) },
    ]);
  });

  it('answers 409 winner-idea-not-ready to progress and completion while the worker is still setting the winner up as an idea', async () => {
    const opened = await t.http
      .post('/budget-rounds')
      .set(staff)
      .send(settings({ rule: 'greedy' }))
      .expect(201);
    const id: string = opened.body.roundId;
    let revision: number = opened.body.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    const proposed = await t.http.post(`/budget-rounds/${id}/proposals`).send({ title: 'Bench', summary: 'A bench by the lake.' }).expect(201);
    const bench: string = proposed.body.proposalId;
    revision = proposed.body.revision;
    await step('/phase', { to: 'review' });
    await step(`/proposals/${bench}/feasibility`, { feasible: true, costEstimate: 10 });
    await step('/phase', { to: 'voting' });
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(staff)
      .send({ choices: [bench], votingPlace: 'Main library' })
      .expect(201);
    const closed = await eventually(
      () => t.http.post(`/budget-rounds/${id}/close-voting`).set(staff).set('If-Match', `"${revision}"`).send({}),
      (response) => response.body.code !== 'ballots-not-counted-yet',
    );
    expect(closed.status).toBe(200);
    revision = closed.body.revision;
    await step('/phase', { to: 'implementation' });

    // No worker runs here: the winner's idea is submitted, as the worker's first step does, and not yet accepted.
    const ideas = t.app.get(IdeaRepository);
    const ideaId = winnerIdeaId(id, bench);
    await ideas.decideAndAppend(
      await ideas.load(ideaId),
      {
        type: 'SubmitIdea',
        ideaId,
        at: new Date().toISOString(),
        publicCode: 'BENCH-0001',
        trackingTokenHash: 'not-a-real-token-hash',
        title: 'Bench',
        description: 'A bench by the lake.',
        category: WINNER_IDEA_CATEGORY,
        district: 'noerrebro',
        location: null,
        contact: null,
        submitterNameSpans: NO_NAME_SPANS,
        language: 'en',
        channel: 'web',
        autoRoute: null,
        budgetRound: { roundId: id, proposalId: bench },
      },
      { actor: 'system:budget-winners', correlationId: 'winner-idea-not-ready-test' },
    );
    const before = await t.eventCount();
    for (const [path, body] of [
      ['progress', { note: 'Ordered.', percentComplete: 10 }],
      ['completion', { note: 'In place.' }],
    ] as const) {
      const refused = await t.http.post(`/budget-rounds/${id}/winners/${bench}/${path}`).set(staff).set('If-Match', `"${revision}"`).send(body).expect(409);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'winner-idea-not-ready', status: 409 });
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('counts greedily when the round says so', async () => {
    const opened = await t.http
      .post('/budget-rounds')
      .set(staff)
      .send(settings({ rule: 'greedy', district: 'noerrebro' }))
      .expect(201);
    const round = (await t.http.get(`/budget-rounds/${opened.body.roundId}`).expect(200)).body;
    expect(round).toMatchObject({ rule: 'greedy', completion: null, district: 'noerrebro', phase: 'proposals' });
  });

  it('refuses bad settings, unknown rounds and citizens without a staff token, changing nothing', async () => {
    const before = await t.eventCount();
    await t.http
      .post('/budget-rounds')
      .set(staff)
      .send(settings({ maxChoices: undefined }))
      .expect(422);
    await t.http
      .post('/budget-rounds')
      .set(staff)
      .send(settings({ amount: -1 }))
      .expect(422);
    await t.http.post('/budget-rounds').send(settings()).expect(401);
    const handler = await t.staff({ sub: 'handler-hans', roles: ['handler'], departments: ['TMF'] });
    await t.http.post('/budget-rounds').set(handler).send(settings()).expect(403);
    await t.http.get('/budget-rounds/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/budget-rounds/not-a-uuid').expect(400);
    await t.http.post('/budget-rounds').set(staff).set('Content-Type', 'application/json').send('{"title":').expect(400);
    expect(await t.eventCount()).toBe(before);
    const fresh = (await t.http.post('/budget-rounds').set(staff).send(settings()).expect(201)).body.roundId;
    await t.http.get(`/budget-rounds/${fresh}/pabulib`).expect(409); // not counted yet
  });
});
