import { PostgresEventStore } from '@civic/event-store';
import { winnerIdeaId } from '@civic/casework';
import { budgetBallotsProjection, publicStatusProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { BudgetWinnerIdeasHandler } from '../apps/worker/src/budgets/budget-winner-ideas.handler';
import type { JobContext } from '../apps/worker/src/jobs/job-handler';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';

/**
 * A counted round's winners carry on as ideas (the worker's reactor and job on the real Redis and PostgreSQL): one
 * idea per winner, routed and accepted, never two however often the job runs; staff report progress and completion on
 * the idea, and the round's page counts it as carried out and links to it.
 */
describe('budget winners become ideas', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let store: PostgresEventStore;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('budget_winner_ideas');
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { staffMailLanguage: 'en' } });
    store = new PostgresEventStore(t.db);
    manager = await t.staff({ sub: 'manager-maja', roles: ['manager'], departments: [] });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  const ideaEvents = async (ideaId: string) =>
    (await t.db.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_revision', [`idea-${ideaId}`])).rows.map(
      (row) => row.type,
    );

  it('carries each winner on as one accepted idea, which staff carry out; the round counts it', async () => {
    const opened = await t.http
      .post('/budget-rounds')
      .set(manager)
      .send({
        title: 'Nørrebro 2027',
        district: 'noerrebro',
        amount: 100,
        currency: 'DKK',
        ballot: 'approval',
        maxChoices: 2,
        rule: 'greedy',
        schedule: {
          proposals: { from: '2027-03-01', to: '2027-03-31' },
          review: { from: '2027-04-01', to: '2027-04-30' },
          voting: { from: '2027-05-01', to: '2027-05-14' },
          results: { from: '2027-05-15', to: '2027-05-31' },
          implementation: { from: '2027-06-01', to: '2028-12-31' },
        },
      })
      .expect(201);
    const id: string = opened.body.roundId;
    let revision: number = opened.body.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(manager).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    const proposals: Record<string, string> = {};
    for (const [title, summary] of [
      ['Library garden', 'A reading garden behind the library.'],
      ['Playground', 'Swings and a sandpit in the square.'],
      ['Fountain', 'A fountain by the lake.'],
    ]) {
      // Staff may say what a proposal is about and where: the garden's idea is filed so; the others fall back.
      const place = title === 'Library garden' ? { category: 'culture-leisure', district: 'noerrebro' } : {};
      const response = await t.http
        .post(`/budget-rounds/${id}/proposals`)
        .send({ title, summary, ...place })
        .expect(201);
      proposals[title] = response.body.proposalId;
      revision = response.body.revision;
    }
    // An unknown category or district, or a district outside the round's, is refused and records nothing.
    for (const [place, field] of [
      [{ category: 'no-such-category' }, 'category'],
      [{ district: 'no-such-district' }, 'district'],
      [{ district: 'valby' }, 'district'],
    ] as const) {
      const refused = await t.http
        .post(`/budget-rounds/${id}/proposals`)
        .send({ title: 'Bench', summary: 'A bench.', ...place })
        .expect(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    expect((await t.http.get(`/budget-rounds/${id}`).expect(200)).body.revision).toBe(revision);
    await step('/phase', { to: 'review' });
    await step(`/proposals/${proposals['Library garden']}/feasibility`, { feasible: true, costEstimate: 50 });
    await step(`/proposals/${proposals.Playground}/feasibility`, { feasible: true, costEstimate: 40 });
    await step(`/proposals/${proposals.Fountain}/feasibility`, { feasible: true, costEstimate: 60 });
    await step('/phase', { to: 'voting' });
    for (const choices of [[proposals['Library garden'], proposals.Playground], [proposals['Library garden']], [proposals.Fountain]]) {
      await t.http.post(`/budget-rounds/${id}/paper-ballots`).set(manager).send({ choices, votingPlace: 'Nørrebro library' }).expect(201);
    }
    await catchUpToNewest(t.db, store, budgetBallotsProjection());
    await step('/close-voting', {});

    // The reactor sees the count and the job carries the two winners on; the fountain did not fit and stays a proposal.
    const library = winnerIdeaId(id, proposals['Library garden']);
    const playground = winnerIdeaId(id, proposals.Playground);
    await eventually(
      async () => [...(await ideaEvents(library)), ...(await ideaEvents(playground))].filter((type) => type === 'IdeaAnswered').length,
      (answered) => answered === 2,
    );
    expect(await ideaEvents(winnerIdeaId(id, proposals.Fountain))).toEqual([]);
    // "library" is a routing rule's keyword (KFF); nothing matches the playground, which goes to the first department.
    expect(await ideaEvents(library)).toEqual(['IdeaSubmitted', 'IdeaRouted', 'IdeaAnswered']);
    const libraryIdea = (await t.http.get(`/ideas/${library}`).set(manager).expect(200)).body.state;
    expect(libraryIdea).toMatchObject({
      status: 'answered',
      department: 'KFF',
      decision: 'accepted',
      publicAnswer: expect.stringContaining('Funded by the participatory budget "Nørrebro 2027"'),
      title: 'Library garden',
      category: 'culture-leisure',
      district: 'noerrebro',
      budgetRound: { roundId: id, proposalId: proposals['Library garden'] },
    });
    const { rows: submitted } = await t.db.query<{ data: Record<string, unknown> }>("SELECT data FROM events WHERE stream_id = $1 AND type = 'IdeaSubmitted'", [
      `idea-${playground}`,
    ]);
    expect(submitted[0].data).toMatchObject({
      title: 'Playground',
      description: 'Swings and a sandpit in the square.',
      category: 'other',
      district: 'noerrebro',
      contact: null,
      budgetRound: { roundId: id, proposalId: proposals.Playground },
    });

    // A replayed job (twice, at once) finds both ideas and writes nothing.
    const before = await t.eventCount();
    const handler = jobs.context.get(BudgetWinnerIdeasHandler);
    const job = { id: 'replay', attempt: 1, correlationId: 'replay', log: async () => undefined } as unknown as JobContext;
    const computed = (await store.readStream(`budget-round-${id}`)).find((event) => event.type === 'RoundResultsComputed')!;
    const data = { roundId: id, eventId: computed.id, revision: computed.streamRevision };
    await Promise.all([handler.handle(data, job), handler.handle(data, job)]);
    expect(await t.eventCount()).toBe(before);
    const { rows: ideas } = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE type = 'IdeaSubmitted' AND data->'budgetRound'->>'roundId' = $1",
      [id],
    );
    expect(ideas[0].n).toBe(2);

    // Staff of the department carry the idea out on the idea itself.
    const kff = await t.staff({ sub: 'handler-kim', roles: ['handler'], departments: ['KFF'] });
    const ideaStep = async (path: string, body: object) => {
      const current = await t.http.get(`/ideas/${library}`).set(kff).expect(200);
      await t.http.post(`/ideas/${library}${path}`).set(kff).set('If-Match', current.headers.etag).send(body).expect(200);
    };
    await ideaStep('/implementation', { note: 'Beds planted.', percentComplete: 60 });
    await ideaStep('/implementation/complete', { note: 'Opened to readers.' });

    // The round's own endpoints act on the winner's idea now: the round records nothing, the idea has the progress.
    await step('/phase', { to: 'implementation' });
    const roundRevision = revision;
    await step(`/winners/${proposals.Playground}/progress`, { note: 'Sandpit dug.', percentComplete: 40 });
    expect(revision).toBe(roundRevision);
    await step(`/winners/${proposals.Playground}/completion`, { note: 'Children playing.' });
    await t.http
      .post(`/budget-rounds/${id}/winners/${proposals.Playground}/completion`)
      .set(manager)
      .set('If-Match', `"${revision}"`)
      .send({ note: 'Again.' })
      .expect(409);
    await t.http
      .post(`/budget-rounds/${id}/winners/${proposals.Fountain}/progress`)
      .set(manager)
      .set('If-Match', `"${revision}"`)
      .send({ note: 'Not funded.' })
      .expect(409);
    expect((await ideaEvents(playground)).slice(3)).toEqual(['IdeaImplementationProgressed', 'IdeaImplemented']);
    expect((await store.readStream(`budget-round-${id}`)).map((event) => event.type)).not.toContain('WinnerProgressRecorded');

    await catchUpToNewest(t.db, store, publicStatusProjection());
    const round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(round.results).toMatchObject({ winners: [proposals['Library garden'], proposals.Playground], implemented: 2 });
    const byTitle = Object.fromEntries(round.proposals.map((proposal: { title: string }) => [proposal.title, proposal]));
    expect(byTitle['Library garden']).toMatchObject({
      implementedAt: expect.any(String),
      idea: { id: library, publicCode: libraryIdea.publicCode, status: 'implemented', percentComplete: 100 },
    });
    expect(byTitle.Playground).toMatchObject({ implementedAt: expect.any(String), idea: { id: playground, status: 'implemented' } });
    expect(byTitle.Fountain.idea).toBeNull();

    const page = await t.http.get(`/pages/budget-rounds/${id}?lang=en`).expect(200);
    expect(page.text).toContain(`<a href="/public/ideas/${libraryIdea.publicCode}">Library garden</a>`);
    expect(page.text).toContain('2 projects are funded, costing 90 DKK together; 2 have been carried out.');
  });

  it('files a municipality-wide round’s winner under the district staff gave, or shows "the whole municipality" for none', async () => {
    const opened = await t.http
      .post('/budget-rounds')
      .set(manager)
      .send({
        title: 'Copenhagen 2027',
        district: null,
        amount: 100,
        currency: 'DKK',
        ballot: 'approval',
        maxChoices: 2,
        rule: 'greedy',
        schedule: {
          proposals: { from: '2027-03-01', to: '2027-03-31' },
          review: { from: '2027-04-01', to: '2027-04-30' },
          voting: { from: '2027-05-01', to: '2027-05-14' },
          results: { from: '2027-05-15', to: '2027-05-31' },
          implementation: { from: '2027-06-01', to: '2028-12-31' },
        },
      })
      .expect(201);
    const id: string = opened.body.roundId;
    const inValby = (await t.http.post(`/budget-rounds/${id}/proposals`).send({ title: 'Valby skatepark', summary: 'Ramps.', district: 'valby' }).expect(201))
      .body;
    const citywide = (await t.http.post(`/budget-rounds/${id}/proposals`).send({ title: 'Harbour bath', summary: 'A bath.' }).expect(201)).body;
    let revision: number = citywide.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(manager).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    await step('/phase', { to: 'review' });
    await step(`/proposals/${inValby.proposalId}/feasibility`, { feasible: true, costEstimate: 40 });
    await step(`/proposals/${citywide.proposalId}/feasibility`, { feasible: true, costEstimate: 50 });
    await step('/phase', { to: 'voting' });
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(manager)
      .send({ choices: [inValby.proposalId, citywide.proposalId], votingPlace: 'City hall' })
      .expect(201);
    await catchUpToNewest(t.db, store, budgetBallotsProjection());
    await step('/close-voting', {});
    const skatepark = winnerIdeaId(id, inValby.proposalId);
    const bath = winnerIdeaId(id, citywide.proposalId);
    await eventually(
      async () => [...(await ideaEvents(skatepark)), ...(await ideaEvents(bath))].filter((type) => type === 'IdeaAnswered').length,
      (answered) => answered === 2,
    );
    expect((await t.http.get(`/ideas/${skatepark}`).set(manager).expect(200)).body.state).toMatchObject({ district: 'valby', category: 'other' });
    const bathIdea = (await t.http.get(`/ideas/${bath}`).set(manager).expect(200)).body.state;
    expect(bathIdea).toMatchObject({ district: 'municipality', category: 'other' });
    // No district table holds "municipality": the idea's public page says what it means instead of the code.
    await catchUpToNewest(t.db, store, publicStatusProjection());
    const page = await t.http.get(`/public/ideas/${bathIdea.publicCode}?lang=en`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain(`<p class="meta">${bathIdea.publicCode} · Andet · The whole municipality</p>`);
  });
});
