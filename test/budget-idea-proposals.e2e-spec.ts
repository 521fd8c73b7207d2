import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@civic/event-store';
import { winnerIdeaId } from '@civic/casework';
import { budgetBallotsProjection, budgetRoundsProjection, listBudgetRounds, publicStatusProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { BudgetIdeaProposalHandler } from '../apps/worker/src/budgets/budget-idea-proposal.handler';
import type { JobContext } from '../apps/worker/src/jobs/job-handler';
import { eventually } from './support/eventually';
import { signInAsStaff } from './support/staff-session';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, TEST_PUBLIC_BASE_URL, type TestJobs } from './support/test-jobs';

/**
 * Proposals are ideas sent into a round (the real API, the worker's reactor and jobs on the real Redis and PostgreSQL,
 * mail to an SMTP sink): the idea gets its receipt and tracking link as any idea, the worker records it on the round
 * once, the proposer reads the staff's review through the tracking link, and a funded one goes on as the same idea.
 */
describe('budget proposals sent in as ideas', () => {
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;
  let store: PostgresEventStore;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('budget_idea_proposals');
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

  const settings = (title: string, district: string | null) => ({
    title,
    district,
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
  });
  const ideaEvents = async (ideaId: string) =>
    (await t.db.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_revision', [`idea-${ideaId}`])).rows.map(
      (row) => row.type,
    );
  const catchUp = async () => {
    await catchUpToNewest(t.db, store, budgetRoundsProjection());
    await catchUpToNewest(t.db, store, publicStatusProjection());
  };
  /** The tracking link as the receipt mail gives it to the proposer. */
  const trackingLinkMailedTo = async (address: string) => {
    const [receipt] = await eventually(
      async () => smtp.to(address),
      (mails) => mails.length >= 1,
    );
    const link = receipt.text.match(new RegExp(`${TEST_PUBLIC_BASE_URL}(/track/[A-Za-z0-9_-]+)`));
    expect(link).not.toBeNull();
    return link![1];
  };

  it('takes an idea into a round, records it once on the round, shows the proposer the review, and carries the winner on as the same idea', async () => {
    const opened = await t.http.post('/budget-rounds').set(manager).send(settings('Nørrebro 2027', 'noerrebro')).expect(201);
    const id: string = opened.body.roundId;
    await catchUp();

    // The form offers the round; the API refuses a round that is unknown or for another district.
    const form = await t.http.get('/submit?lang=en').set('Accept', 'text/html').expect(200);
    expect(form.text).toContain(`<option value="${id}">Nørrebro 2027 (Nørrebro)</option>`);
    const proposal = (title: string, email: string, roundId = id, district = 'noerrebro') =>
      validIdea({
        title,
        description: `${title}: a proposal for the participatory budget.`,
        category: 'other',
        district,
        language: 'en',
        location: { address: 'Nørrebrogade 1' },
        contact: { name: 'Karen Hansen', email },
        budgetRound: { roundId },
      });
    const unknown = await t.http
      .post('/ideas')
      .send(proposal('Bench', 'x@example.dk', randomUUID()))
      .expect(422);
    expect(unknown.body).toMatchObject({ code: 'validation-failed', errors: [{ field: 'budgetRound.roundId' }] });
    const elsewhere = await t.http
      .post('/ideas')
      .send(proposal('Bench', 'x@example.dk', id, 'valby'))
      .expect(422);
    expect(elsewhere.body.errors[0].message).toContain('noerrebro');
    await t.http
      .post('/ideas')
      .send({ ...proposal('Bench', 'x@example.dk'), budgetRound: { roundId: 'not-a-uuid' } })
      .expect(422);

    // Three ideas sent into the round, two by the API and one through the form: ordinary ideas (receipt, routing),
    // and the worker records each as a proposal.
    const helipad = (await t.http.post('/ideas').send(proposal('Helipad on the roof', 'helipad@example.dk')).expect(201)).body;
    const garden = (await t.http.post('/ideas').send(proposal('Library garden', 'garden@example.dk')).expect(201)).body;
    const sendForm = async (title: string) => {
      const page = await t.http.get('/submit?lang=en').set('Accept', 'text/html').expect(200);
      const cookie = (page.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page.text)![1];
      return t.http
        .post('/submit')
        .set('Cookie', cookie)
        .type('form')
        .send({
          _csrf: hidden('_csrf'),
          idempotencyKey: hidden('idempotencyKey'),
          similarChecked: '1',
          language: 'en',
          title,
          description: `${title} for everyone.`,
          category: 'other',
          district: 'noerrebro',
          budgetRound: id,
          email: 'bench@example.dk',
        });
    };
    const sent = await sendForm('Bench by the lake');
    expect(sent.status).toBe(303);
    const benchTracking = await trackingLinkMailedTo('bench@example.dk');
    expect(sent.headers.location).toBe(`${benchTracking}/receipt`);
    await eventually(
      async () => (await t.http.get(`/budget-rounds/${id}`).expect(200)).body.proposals.map((p: { id: string }) => p.id),
      (ids) => ids.length === 3,
    );
    let round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(round.proposals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: helipad.id, title: 'Helipad on the roof', review: 'pending', fromIdea: true }),
        expect.objectContaining({ id: garden.id, title: 'Library garden', review: 'pending', fromIdea: true }),
        expect.objectContaining({ title: 'Bench by the lake', review: 'pending', fromIdea: true }),
      ]),
    );
    const bench = round.proposals.find((p: { title: string }) => p.title === 'Bench by the lake');
    const submitted = (await store.readStream(`idea-${garden.id}`)).find((event) => event.type === 'IdeaSubmitted')!;
    expect(submitted.data).toMatchObject({ budgetRound: { roundId: id, proposalId: garden.id, kind: 'proposal' } });
    const recorded = (await store.readStream(`budget-round-${id}`)).find(
      (event) => event.type === 'ProposalSubmitted' && (event.data as { ideaId: string }).ideaId === garden.id,
    )!;
    expect(recorded.data).toMatchObject({ district: 'noerrebro', category: 'other', submittedAt: (submitted.data as { at: string }).at });

    // Staff reviewing the round reach the idea's case from it.
    const staffCookie = `${await signInAsStaff(t, { subject: 'maja', roles: ['manager'] })}; lang=en`;
    const staffPage = await t.http.get(`/staff/budget-rounds/${id}`).set('Cookie', staffCookie).expect(200);
    expect(staffPage.text).toContain(`<a href="/staff/ideas/${garden.id}">Sent in as an idea: its case</a>`);

    // The job run again, twice at once (a replay, a retried job), records nothing more.
    const before = await t.eventCount();
    const handler = jobs.context.get(BudgetIdeaProposalHandler);
    const job = { id: 'replay', attempt: 1, correlationId: 'replay', log: async () => undefined } as unknown as JobContext;
    const data = { roundId: id, ideaId: garden.id, eventId: submitted.id };
    await Promise.all([handler.handle(data, job), handler.handle(data, job)]);
    expect(await t.eventCount()).toBe(before);

    // The proposer follows it through the link in the receipt.
    const helipadTracking = await trackingLinkMailedTo('helipad@example.dk');
    await catchUp();
    expect((await t.http.get(helipadTracking).set('Accept', 'application/json').expect(200)).body.budgetRound).toMatchObject({
      roundId: id,
      roundTitle: 'Nørrebro 2027',
      status: 'pending',
    });

    // Staff review: the helipad is not feasible, with a reason the proposer reads; the garden is.
    let revision: number = round.revision;
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(manager).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    await step('/phase', { to: 'review' });
    // Proposals are closed: an idea sent into the round now is refused as a conflict.
    const late = await t.http.post('/ideas').send(proposal('Late fountain', 'late@example.dk')).expect(409);
    expect(late.body.code).toBe('budget-round-not-taking-proposals');
    // The form, once its list has caught up, no longer offers the round; one sent with it still is told why.
    await catchUp();
    const lateForm = await sendForm('Late fountain');
    expect(lateForm.status).toBe(409);
    expect(lateForm.text).toContain('This budget round no longer takes proposals: choose another, or none');
    expect(lateForm.text).not.toContain(`<option value="${id}"`);
    expect(lateForm.text).toContain('<select id="budgetRound" name="budgetRound" aria-describedby="budgetRound-hint budgetRound-error" aria-invalid="true">');
    await step(`/proposals/${helipad.id}/feasibility`, { feasible: false, reason: 'The library roof cannot carry a helicopter.' });
    await step(`/proposals/${garden.id}/feasibility`, { feasible: true, costEstimate: 60 });
    await step(`/proposals/${bench.id}/feasibility`, { feasible: true, costEstimate: 30 });
    await catchUp();
    const tracked = (await t.http.get(helipadTracking).set('Accept', 'application/json').expect(200)).body;
    expect(tracked.budgetRound).toMatchObject({
      status: 'not-feasible',
      notFeasibleReason: 'The library roof cannot carry a helicopter.',
      explanation: 'Not feasible: The library roof cannot carry a helicopter.',
    });
    const page = await t.http.get(`${helipadTracking}?lang=en`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('Not feasible. The reason from the staff who reviewed it:');
    expect(page.text).toContain('The library roof cannot carry a helicopter.');
    expect(page.text).toContain(`<a href="/budget-rounds/${id}">Nørrebro 2027</a>`);
    const danish = await t.http.get(`${helipadTracking}?lang=da`).set('Accept', 'text/html').expect(200);
    expect(danish.text).toContain('Kan ikke lade sig gøre.');

    // Voting and the count: the garden wins and goes on as the same idea, routed and accepted; no second idea is made.
    await step('/phase', { to: 'voting' });
    // Staff hide the bench idea's public text (moderation) while it is on the ballot: the voting page names it by the
    // idea's code with the hidden notice, as the round's page does.
    const dev = await t.staff();
    const benchIdea = await t.http.get(`/ideas/${bench.id}`).set(dev).expect(200);
    const benchCode: string = benchIdea.body.state.publicCode;
    await t.http.post(`/ideas/${bench.id}/hide`).set(dev).set('If-Match', benchIdea.headers.etag).send({ reason: 'offensive' }).expect(200);
    await catchUp();
    const votePage = await t.http.get(`/budget-rounds/${id}/vote?lang=en`).set('Accept', 'text/html').expect(200);
    expect(votePage.text).toContain(`<label for="choice-${bench.id}">${benchCode}</label>`);
    expect(votePage.text).toContain('This text was hidden by the municipality because: it was offensive.');
    expect(votePage.text).not.toContain('Bench by the lake');
    expect(votePage.text).toContain(`<label for="choice-${garden.id}">Library garden</label>`);
    const gardenTracking = await trackingLinkMailedTo('garden@example.dk');
    await catchUp();
    expect((await t.http.get(gardenTracking).set('Accept', 'application/json').expect(200)).body.budgetRound).toMatchObject({
      status: 'on-ballot',
      costEstimate: 60,
      currency: 'DKK',
    });
    await t.http
      .post(`/budget-rounds/${id}/paper-ballots`)
      .set(manager)
      .send({ choices: [garden.id], votingPlace: 'Nørrebro library' })
      .expect(201);
    await catchUpToNewest(t.db, store, budgetBallotsProjection());
    await step('/close-voting', {});
    await eventually(
      () => ideaEvents(garden.id),
      (types) => types.includes('IdeaAnswered'),
    );
    expect(await ideaEvents(winnerIdeaId(id, garden.id))).toEqual([]);
    const gardenIdea = (await t.http.get(`/ideas/${garden.id}`).set(manager).expect(200)).body.state;
    expect(gardenIdea).toMatchObject({ status: 'answered', decision: 'accepted', publicAnswer: expect.stringContaining('Nørrebro 2027') });
    await catchUp();
    expect((await t.http.get(gardenTracking).set('Accept', 'application/json').expect(200)).body.budgetRound).toMatchObject({ status: 'funded' });
    expect((await t.http.get(benchTracking).set('Accept', 'application/json').expect(200)).body.budgetRound).toMatchObject({
      status: 'not-funded',
      notFundedReason: 'no-supporters',
      votes: 0,
    });
    expect((await t.http.get(`${benchTracking}?lang=sv`).set('Accept', 'text/html').expect(200)).text).toContain('Inte finansierat.');

    // Carried out on the idea: the round's page links to it and counts it, and so does the staff's list.
    const kff = await t.staff({ sub: 'handler-kim', roles: ['handler'], departments: [gardenIdea.department] });
    const current = await t.http.get(`/ideas/${garden.id}`).set(kff).expect(200);
    await t.http.post(`/ideas/${garden.id}/implementation/complete`).set(kff).set('If-Match', current.headers.etag).send({ note: 'Opened.' }).expect(200);
    await catchUp();
    round = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(round.results).toMatchObject({ winners: [garden.id], implemented: 1 });
    const byId = Object.fromEntries(round.proposals.map((p: { id: string }) => [p.id, p]));
    expect(byId[garden.id]).toMatchObject({ idea: { id: garden.id, publicCode: garden.publicCode, status: 'implemented' } });
    expect(byId[helipad.id]).toMatchObject({ idea: { id: helipad.id, publicCode: helipad.publicCode }, implementedAt: null });
    const roundPage = await t.http.get(`/pages/budget-rounds/${id}?lang=en`).expect(200);
    expect(roundPage.text).toContain(`<a href="/public/ideas/${garden.publicCode}">Library garden</a>`);
    expect(roundPage.text).toContain(`<a href="/public/ideas/${helipad.publicCode}">Helipad on the roof</a>`);
    expect(roundPage.text).toContain('1 projects are funded, costing 60 DKK together; 1 have been carried out.');
    expect((await listBudgetRounds(t.db)).find((listed) => listed.id === id)).toMatchObject({ proposals: 3, winners: 1, implemented: 1 });

    // The published .pb file names the hidden bench by its idea's code too (public data), the garden by its title.
    const pb = (await t.http.get(`/budget-rounds/${id}/pabulib`).expect(200)).text;
    expect(pb).toContain(`${bench.id};30;0;${benchCode};0`);
    expect(pb).toContain(`${garden.id};60;1;Library garden;1`);
    expect(pb).not.toContain('Bench by the lake');

    // Staff hide the helipad idea's public text (moderation): the round's page does not show it either.
    const helipadNow = await t.http.get(`/ideas/${helipad.id}`).set(dev).expect(200);
    await t.http.post(`/ideas/${helipad.id}/hide`).set(dev).set('If-Match', helipadNow.headers.etag).send({ reason: 'offensive' }).expect(200);
    await catchUp();
    const hiddenRound = (await t.http.get(`/budget-rounds/${id}`).expect(200)).body;
    expect(hiddenRound.proposals.find((p: { id: string }) => p.id === helipad.id)).toMatchObject({
      title: helipad.publicCode,
      summary: '',
      textHiddenReason: 'offensive',
    });
    const hiddenPage = await t.http.get(`/pages/budget-rounds/${id}?lang=en`).expect(200);
    expect(hiddenPage.text).not.toContain('Helipad on the roof');
  });
});
