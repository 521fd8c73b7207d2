import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresEventStore } from '@civic/event-store';
import { budgetBallotsProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { startTestApp, type TestApp } from './support/test-app';
import { ALL_ROLES, type TestRole } from './support/test-auth';

/**
 * Every staff endpoint × every role × an idea or inbox of the member's own
 * department (TMF) or another (BUF) → the status in EXPECTED, written here by
 * hand (not computed from the access policy, or a policy bug would pass).
 * Refusals must change nothing. The result is the table in README.md.
 */

const OWN = 'TMF';
const OTHER = 'BUF';

type Scope = 'department' | 'none';

interface PreparedRequest {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly body?: object;
  /** The revision read, sent as If-Match. */
  readonly revision?: number;
}

interface Endpoint {
  /** Method and path template as the router knows it; the README row. */
  readonly name: string;
  /** department: asked once for the own department and once for another; none: the department plays no part. */
  readonly scope: Scope;
  /** A valid request on fresh state (made with an all-powerful token), so only access decides the outcome. */
  prepare(department: string): Promise<PreparedRequest>;
  /** A status other than 2xx that still means access was granted (and, like a refusal, changes nothing). */
  readonly pastAccess?: number;
}

// One cell per role, in ALL_ROLES' order; "own / other" where the department matters.
//                                              handler      department-lead  dispatcher   manager      admin
const EXPECTED: Record<string, readonly string[]> = {
  'GET /ideas/:id': ['200 / 403', '200 / 403', '200 / 200', '200 / 200', '403 / 403'],
  'GET /ideas/:id/audit': ['200 / 403', '200 / 403', '200 / 200', '200 / 200', '403 / 403'],
  'GET /ideas/:id/duplicate-candidates': ['200 / 403', '200 / 403', '200 / 200', '403 / 403', '403 / 403'],
  'GET /ideas/:id/routing-suggestion': ['403 / 403', '200 / 403', '200 / 200', '403 / 403', '403 / 403'],
  // 409 once past access: the fresh idea has no suggestion, since nothing was learnt yet.
  'POST /ideas/:id/routing-suggestion/accept': ['403 / 403', '409 / 403', '409 / 409', '403 / 403', '403 / 403'],
  'POST /ideas/:id/route': ['403 / 403', '200 / 403', '200 / 200', '403 / 403', '403 / 403'],
  'POST /ideas/:id/assign': ['403 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/diagnosis': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/questions': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/answer': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/implementation': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/implementation/complete': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/duplicate': ['200 / 403', '200 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /ideas/:id/personal-data/erase': ['403', '403', '403', '403', '200'],
  'POST /ideas/:id/hide': ['403 / 403', '200 / 403', '200 / 200', '403 / 403', '403 / 403'],
  'POST /ideas/:id/restore': ['403 / 403', '200 / 403', '200 / 200', '403 / 403', '403 / 403'],
  // 409 once past access: this app runs no projections, so the review queue shows no open report to dismiss.
  'POST /ideas/:id/reports/dismiss': ['403 / 403', '409 / 403', '409 / 409', '403 / 403', '403 / 403'],
  'GET /moderation/queue': ['403', '200', '200', '200', '403'],
  'GET /departments/:code/inbox': ['200 / 403', '200 / 403', '403 / 403', '200 / 200', '403 / 403'],
  'GET /triage/inbox': ['403', '403', '200', '200', '403'],
  'GET /reports/response-times': ['403', '403', '403', '200', '403'],
  'GET /reports/throughput': ['403', '403', '403', '200', '403'],
  'GET /reports/satisfaction': ['403', '403', '403', '200', '403'],
  'GET /reports/participation': ['403', '403', '403', '200', '403'],
  'GET /routing-rules': ['403', '403', '200', '200', '200'],
  'GET /routing-rules/:id': ['403', '403', '200', '200', '200'],
  'POST /routing-rules': ['403', '403', '403', '403', '201'],
  'PUT /routing-rules/:id': ['403', '403', '403', '403', '200'],
  'DELETE /routing-rules/:id': ['403', '403', '403', '403', '204'],
  'PATCH /departments/:code': ['403', '403', '403', '403', '200'],
  'POST /open311/api-keys': ['403', '403', '403', '403', '201'],
  'GET /open311/api-keys': ['403', '403', '403', '403', '200'],
  'DELETE /open311/api-keys/:id': ['403', '403', '403', '403', '200'],
  'POST /admin/queues/session': ['403', '403', '403', '403', '204'],
  'GET /admin/queues': ['403', '403', '403', '403', '200'],
  'GET /admin/queues/api/queues': ['403', '403', '403', '403', '200'],
  'PUT /admin/queues/api/queues/:queueName/retry/:queueStatus': ['403', '403', '403', '403', '200'],
  'GET /initiatives/screening': ['403', '403', '200', '200', '403'],
  'POST /initiatives/:id/approve': ['403', '403', '200', '200', '403'],
  'POST /initiatives/:id/return': ['403', '403', '200', '200', '403'],
  'POST /initiatives/:id/council-decision': ['403', '403', '403', '200', '403'],
  'POST /initiatives/:id/signatures/personal-data/erase': ['403', '403', '403', '403', '200'],
  'POST /initiatives/:id/personal-data/erase': ['403', '403', '403', '403', '200'],
  'POST /budget-rounds': ['403', '403', '403', '201', '201'],
  'PUT /budget-rounds/:id/settings': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/phase': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/proposals/:proposalId/feasibility': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/merges': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/paper-ballots': ['403', '403', '403', '201', '201'],
  'POST /budget-rounds/:id/close-voting': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/ballots/personal-data/erase': ['403', '403', '403', '403', '200'],
  'POST /budget-rounds/:id/winners/:proposalId/progress': ['403', '403', '403', '200', '200'],
  'POST /budget-rounds/:id/winners/:proposalId/completion': ['403', '403', '403', '200', '200'],
};

/** Bull Board's routes: an Express app mounted in front of Nest (behind the same token check), so Nest's router does not list them. */
const MOUNTED_ROUTES = ['GET /admin/queues', 'GET /admin/queues/api/queues', 'PUT /admin/queues/api/queues/:queueName/retry/:queueStatus'];

/** Open to anyone, on purpose: citizens, the public, reference data, health and the API docs. */
const PUBLIC_ROUTES = [
  'POST /ideas',
  'GET /track/:token',
  'POST /track/:token/replies',
  'POST /track/:token/withdraw',
  'POST /track/:token/personal-data/erase',
  'GET /track/:token/unsubscribe',
  'POST /track/:token/unsubscribe',
  // Signing out of the queue dashboard only clears a cookie; an expired session must be able to do it.
  'DELETE /admin/queues/session',
  'GET /public/ideas',
  'GET /public/ideas/:publicCode',
  'GET /public/ideas/similar',
  // Supporting an idea needs no account: an address, then the link mailed to it (the link is the supporter's key).
  'POST /public/ideas/:publicCode/supports',
  // Reporting an idea that breaks the rules needs no account either (rate-limited as a submission); it only queues the idea for staff.
  'POST /public/ideas/:publicCode/reports',
  'GET /supports/:token',
  'POST /supports/:token/confirm',
  'POST /supports/:token/withdraw',
  // The follow-up question's answer, through the tracking link.
  'POST /track/:token/satisfaction',
  'GET /departments',
  'GET /districts',
  'GET /categories',
  // Open311 GeoReport v2: public reads, and submissions that carry a client's api_key instead of a staff token.
  'GET /open311/v2/services.:format',
  'GET /open311/v2/services/:code.:format',
  'POST /open311/v2/requests.:format',
  'GET /open311/v2/requests.:format',
  'GET /open311/v2/requests/:id.:format',
  // The open-data export: the public record in bulk.
  'GET /open-data',
  'GET /open-data/:name',
  'GET /health',
  'GET /health/ready',
  // Not a staff role's: METRICS_TOKEN guards it when set, and production without one has no such route (test/metrics.e2e-spec.ts).
  'GET /metrics',
  // The citizen pages (apps/api/src/pages): where browser-pages.ts sends a browser's GET /, /public/ideas, /public/ideas/<code>
  // and /track/<token>; they show what the JSON routes above show anyone, and the tracking link is the citizen's key as it is there.
  'GET /pages/home',
  'GET /pages/public/ideas',
  'GET /pages/public/ideas/:publicCode',
  // The submission form and the tracking page's own forms (CSRF double-submit, the same rate limits as their JSON twins).
  'GET /submit',
  'POST /submit',
  'GET /track/:token/page',
  'GET /track/:token/receipt',
  'POST /track/:token/page/reply',
  'POST /track/:token/page/withdraw',
  'POST /track/:token/page/stop-emails',
  'POST /track/:token/page/erase',
  'GET /track/:token/page/satisfaction',
  'POST /track/:token/page/satisfaction',
  'POST /pages/public/ideas/:publicCode/support',
  // The idea page's report form (CSRF double-submit, rate-limited as POST /public/ideas/:publicCode/reports) and its thank-you page.
  'POST /pages/public/ideas/:publicCode/report',
  'GET /pages/public/ideas/:publicCode/reported',
  'GET /supports/:token/page',
  'POST /supports/:token/page/confirm',
  'POST /supports/:token/page/withdraw',
  'GET /accessibility-statement',
  'GET /was',
  // Development only: the worker's unsent mails when there is no SMTP_URL. In production (or with SMTP_URL) the route is
  // still registered but answers 404: DevelopmentMailController, with no mailbox (libs/platform/src/mail/development-mailbox.spec.ts).
  'GET /development/mails',
  'GET /assets/:name',
  // Citizen initiatives: started, followed through the initiator's private link, signed and confirmed by citizens; read by anyone.
  'POST /initiatives',
  'GET /initiatives',
  'GET /initiatives/:idOrCode',
  'GET /initiator/:token',
  'POST /initiator/:token/revision',
  'POST /initiatives/:id/signatures',
  'POST /initiatives/:id/signatures/confirmation',
  // Participatory budgets: a round's public page in JSON, a citizen's proposal (no sign-in, as an idea), and an online
  // ballot with its e-mailed confirmation (verified as signatures are).
  'GET /budget-rounds/:id',
  'POST /budget-rounds/:id/proposals',
  'POST /budget-rounds/:id/ballots',
  'POST /budget-rounds/:id/ballots/confirmation',
  'GET /pages/budget-rounds/:id',
  // The voting page: the form, the e-mailed link's page and its button (CSRF-protected, as the other citizen forms).
  'GET /budget-rounds/:id/vote',
  'POST /budget-rounds/:id/vote',
  'GET /budget-rounds/:id/ballots/confirm/:token',
  'POST /budget-rounds/:id/ballots/confirm/:token',
  'POST /budget-rounds/:id/vote/identity',
  'GET /budget-rounds/identity/callback',
  'GET /budget-rounds/:id/pabulib',
];

/**
 * The staff pages (apps/api/src/staff-pages): signed in by a session from the identity provider rather than a bearer
 * token, refused or redirected to sign in without one; test/staff-pages-authorisation.e2e-spec.ts holds them to this
 * matrix, page by page and form by form. Signing in and out needs no session.
 */
const STAFF_PAGE_ROUTES = [
  'GET /staff',
  'GET /staff/sign-in',
  'POST /staff/sign-in',
  'GET /staff/callback',
  'POST /staff/sign-out',
  'GET /staff/signed-out',
  'GET /staff/inbox',
  'GET /staff/ideas/:id',
  'POST /staff/ideas/:id/:action',
  'GET /staff/moderation',
  'GET /staff/dashboard',
  'GET /staff/dashboard/:report.csv',
  'GET /staff/admin',
  'POST /staff/admin/departments/:code',
  'GET /staff/admin/routing-rules',
  'POST /staff/admin/routing-rules',
  'GET /staff/admin/routing-rules/:id',
  'POST /staff/admin/routing-rules/:id',
  'POST /staff/admin/routing-rules/:id/remove',
  // An admin's erasure of the submitter's personal data: the confirmation step, then the form.
  'GET /staff/ideas/:id/erase',
  'POST /staff/ideas/:id/erase',
  'GET /staff/budget-rounds',
  'POST /staff/budget-rounds',
  'GET /staff/budget-rounds/:id',
  'POST /staff/budget-rounds/:id/:action',
  // The initiatives' pages: the list and an initiative (where browser-pages.ts sends a browser), the sign form, the confirmation link's page.
  'GET /pages/initiatives',
  'GET /pages/initiatives/:idOrCode',
  'POST /initiatives/:id/sign',
  'GET /initiatives/:id/confirm/:token',
  'POST /initiatives/:id/confirm/:token',
  // Signing with a verified identity: off to the identity provider, and back.
  'POST /initiatives/:id/sign/identity',
  'GET /initiatives/identity/callback',
];

/** Neutral text, so the category's rule decides the department. */
const CATEGORY_OF: Record<string, string> = { [OWN]: 'traffic', [OTHER]: 'schools-childcare' };

describe('Authorisation matrix: every staff endpoint × role × own/other department', () => {
  let t: TestApp;
  let powerful: Record<string, string>;
  const tokens = new Map<TestRole, Record<string, string>>();
  const observed = new Map<string, Map<TestRole, string>>();

  beforeAll(async () => {
    t = await startTestApp('authorisation_matrix');
    powerful = await t.staff({ sub: 'matrix-setup' });
    for (const role of ALL_ROLES) tokens.set(role, await t.staff({ sub: `matrix-${role}`, roles: [role], departments: [OWN] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = async (department: string): Promise<{ id: string; revision: number }> => {
    const { body } = await t.http
      .post('/ideas')
      .send({
        title: 'Et forslag',
        description: 'Et forslag til kommunen.',
        category: CATEGORY_OF[department],
        district: 'valby',
        language: 'da',
        channel: 'web',
        contact: { email: 'borger@example.dk' },
      })
      .expect(201);
    expect(body.department).toBe(department);
    return { id: body.id, revision: body.revision };
  };
  const change = async (id: string, action: string, revision: number, body: object): Promise<number> =>
    (await t.http.post(`/ideas/${id}/${action}`).set(powerful).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
  const acceptedIdea = async (department: string) => {
    const idea = await submit(department);
    return { ...idea, revision: await change(idea.id, 'answer', idea.revision, { decision: 'accepted', publicAnswer: 'Vi gør det.' }) };
  };
  const ideaAction =
    (action: string, body: object, prepare: (department: string) => Promise<{ id: string; revision: number }> = submit) =>
    async (department: string): Promise<PreparedRequest> => {
      const idea = await prepare(department);
      return { method: 'post', path: `/ideas/${idea.id}/${action}`, body, revision: idea.revision };
    };
  const freshRule = async (): Promise<string> =>
    (
      await t.http
        .post('/routing-rules')
        .set(powerful)
        .send({ id: `matrix-${randomUUID().slice(0, 8)}`, department: 'KFF', keywords: ['matrixtest'], priority: 1 })
        .expect(201)
    ).body.id;

  const startInitiative = async (): Promise<{ id: string; revision: number }> => {
    const { body } = await t.http
      .post('/initiatives')
      .send({ title: 'Et borgerforslag', text: 'Til kommunalbestyrelsen.', language: 'da', initiator: { name: 'Karen', email: 'karen@example.dk' } })
      .expect(201);
    return { id: body.id, revision: body.revision };
  };
  const approvedInitiative = async (): Promise<{ id: string; revision: number }> => {
    const { id } = await startInitiative();
    const { body } = await t.http.post(`/initiatives/${id}/approve`).set(powerful).set('If-Match', '"0"').expect(200);
    return { id, revision: body.revision };
  };
  /** Referred by its events, as the worker's threshold check would write them (this app runs no worker). */
  const referredInitiative = async (): Promise<{ id: string; revision: number }> => {
    const { id, revision } = await approvedInitiative();
    const metadata = { correlationId: 'matrix', causationId: null, actor: 'system:initiatives', occurredAt: '2026-11-24T09:00:00.000Z', schemaVersion: 1 };
    const at = '2026-11-24T09:00:00.000Z';
    await new PostgresEventStore(t.db).appendToStream(
      `initiative-${id}`,
      [
        { type: 'InitiativeThresholdReached', data: { initiativeId: id, at, confirmedSignatures: 300, requiredSignatures: 300 }, metadata },
        { type: 'InitiativeReferredToCouncil', data: { initiativeId: id, at, decideBy: '2027-05-24', deadlineAt: '2027-05-24T22:00:00.000Z' }, metadata },
      ],
      { expectedRevision: revision },
    );
    return { id, revision: revision + 2 };
  };

  const BUDGET_SETTINGS = {
    title: 'Matrix round',
    amount: 120,
    currency: 'DKK',
    ballot: 'approval',
    maxChoices: 2,
    rule: 'equal-shares',
    schedule: Object.fromEntries(
      ['proposals', 'review', 'voting', 'results', 'implementation'].map((phase, i) => [phase, { from: `2027-0${i + 1}-01`, to: `2027-0${i + 1}-28` }]),
    ),
  };
  /** A budget round brought (with the all-powerful token) to a phase: two proposals, both feasible from voting on, the first funded from results on. */
  const roundIn = async (phase: 'proposals' | 'review' | 'voting' | 'results' | 'implementation') => {
    const opened = (await t.http.post('/budget-rounds').set(powerful).send(BUDGET_SETTINGS).expect(201)).body;
    const id: string = opened.roundId;
    let revision: number = opened.revision;
    const proposals: string[] = [];
    for (const title of ['Benches', 'Trees']) {
      const proposed = (await t.http.post(`/budget-rounds/${id}/proposals`).send({ title, summary: 'For everyone.' }).expect(201)).body;
      proposals.push(proposed.proposalId);
      revision = proposed.revision;
    }
    const step = async (path: string, body: object) => {
      revision = (await t.http.post(`/budget-rounds/${id}${path}`).set(powerful).set('If-Match', `"${revision}"`).send(body).expect(200)).body.revision;
    };
    const phases = ['proposals', 'review', 'voting', 'results', 'implementation'];
    const reached = (target: string) => phases.indexOf(phase) >= phases.indexOf(target);
    if (reached('review')) await step('/phase', { to: 'review' });
    if (reached('voting')) {
      for (const proposalId of proposals) await step(`/proposals/${proposalId}/feasibility`, { feasible: true, costEstimate: 10 });
      await step('/phase', { to: 'voting' });
      await t.http
        .post(`/budget-rounds/${id}/paper-ballots`)
        .set(powerful)
        .send({ choices: [proposals[0]], votingPlace: 'Town hall' })
        .expect(201);
      await catchUpBallots();
    }
    if (reached('results')) await step('/close-voting', {});
    if (reached('implementation')) await step('/phase', { to: 'implementation' });
    return { id, revision, proposals };
  };
  /** The count reads the ballots read model; this app runs no projections, so the test brings it up to date. */
  const catchUpBallots = async () => {
    const store = new PostgresEventStore(t.db);
    try {
      await catchUpToNewest(t.db, store, budgetBallotsProjection());
    } finally {
      await store.close();
    }
  };

  const ENDPOINTS: Endpoint[] = [
    { name: 'GET /initiatives/screening', scope: 'none', prepare: async () => ({ method: 'get', path: '/initiatives/screening' }) },
    {
      name: 'POST /initiatives/:id/approve',
      scope: 'none',
      prepare: async () => ({ method: 'post', path: `/initiatives/${(await startInitiative()).id}/approve`, revision: 0 }),
    },
    {
      name: 'POST /initiatives/:id/return',
      scope: 'none',
      prepare: async () => ({ method: 'post', path: `/initiatives/${(await startInitiative()).id}/return`, revision: 0, body: { reason: 'Mere præcist.' } }),
    },
    {
      name: 'POST /initiatives/:id/council-decision',
      scope: 'none',
      prepare: async () => {
        const { id, revision } = await referredInitiative();
        return {
          method: 'post',
          path: `/initiatives/${id}/council-decision`,
          revision,
          body: { decision: 'rejected', statement: 'Nej tak.', decidedOn: '2027-01-20' },
        };
      },
    },
    {
      name: 'POST /initiatives/:id/signatures/personal-data/erase',
      scope: 'none',
      prepare: async () => {
        const { id } = await approvedInitiative();
        await t.http.post(`/initiatives/${id}/signatures`).send({ name: 'Ole', email: 'ole@example.dk', district: 'valby', residence: true }).expect(202);
        return { method: 'post', path: `/initiatives/${id}/signatures/personal-data/erase`, body: { email: 'ole@example.dk' } };
      },
    },
    {
      name: 'POST /initiatives/:id/personal-data/erase',
      scope: 'none',
      prepare: async () => ({ method: 'post', path: `/initiatives/${(await startInitiative()).id}/personal-data/erase` }),
    },
    { name: 'GET /ideas/:id', scope: 'department', prepare: async (d) => ({ method: 'get', path: `/ideas/${(await submit(d)).id}` }) },
    { name: 'GET /ideas/:id/audit', scope: 'department', prepare: async (d) => ({ method: 'get', path: `/ideas/${(await submit(d)).id}/audit` }) },
    {
      name: 'GET /ideas/:id/routing-suggestion',
      scope: 'department',
      prepare: async (d) => ({ method: 'get', path: `/ideas/${(await submit(d)).id}/routing-suggestion` }),
    },
    {
      name: 'POST /ideas/:id/routing-suggestion/accept',
      scope: 'department',
      prepare: async (d) => ({ method: 'post', path: `/ideas/${(await submit(d)).id}/routing-suggestion/accept`, revision: 1, body: { department: 'TMF' } }),
      pastAccess: 409,
    },
    {
      name: 'GET /ideas/:id/duplicate-candidates',
      scope: 'department',
      prepare: async (d) => ({ method: 'get', path: `/ideas/${(await submit(d)).id}/duplicate-candidates` }),
    },
    { name: 'POST /ideas/:id/route', scope: 'department', prepare: ideaAction('route', { department: 'KFF', reason: 'Belongs to culture and leisure' }) },
    { name: 'POST /ideas/:id/assign', scope: 'department', prepare: ideaAction('assign', { assignee: 'handler-anna' }) },
    {
      name: 'POST /ideas/:id/diagnosis',
      scope: 'department',
      prepare: ideaAction('diagnosis', { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Cheap and simple.' }),
    },
    { name: 'POST /ideas/:id/questions', scope: 'department', prepare: ideaAction('questions', { question: 'Which stretch do you mean?' }) },
    { name: 'POST /ideas/:id/answer', scope: 'department', prepare: ideaAction('answer', { decision: 'declined', publicAnswer: 'Det passer ikke i planen.' }) },
    {
      name: 'POST /ideas/:id/implementation',
      scope: 'department',
      prepare: ideaAction('implementation', { note: 'Work has started.', percentComplete: 50 }, acceptedIdea),
    },
    { name: 'POST /ideas/:id/implementation/complete', scope: 'department', prepare: ideaAction('implementation/complete', { note: 'Done.' }, acceptedIdea) },
    {
      name: 'POST /ideas/:id/duplicate',
      scope: 'department',
      prepare: async (d) => ({ ...(await ideaAction('duplicate', {})(d)), body: { duplicateOf: (await submit(d)).id } }),
    },
    { name: 'POST /ideas/:id/hide', scope: 'department', prepare: ideaAction('hide', { reason: 'offensive' }) },
    {
      name: 'POST /ideas/:id/restore',
      scope: 'department',
      prepare: ideaAction('restore', {}, async (d) => {
        const idea = await submit(d);
        return { ...idea, revision: await change(idea.id, 'hide', idea.revision, { reason: 'spam' }) };
      }),
    },
    { name: 'POST /ideas/:id/reports/dismiss', scope: 'department', prepare: ideaAction('reports/dismiss', {}), pastAccess: 409 },
    { name: 'GET /moderation/queue', scope: 'none', prepare: async () => ({ method: 'get', path: '/moderation/queue' }) },
    { name: 'GET /departments/:code/inbox', scope: 'department', prepare: async (d) => ({ method: 'get', path: `/departments/${d}/inbox` }) },
    { name: 'GET /triage/inbox', scope: 'none', prepare: async () => ({ method: 'get', path: '/triage/inbox' }) },
    {
      name: 'GET /reports/response-times',
      scope: 'none',
      prepare: async () => ({ method: 'get', path: '/reports/response-times?from=2026-01-01&to=2027-01-01' }),
    },
    { name: 'GET /reports/throughput', scope: 'none', prepare: async () => ({ method: 'get', path: '/reports/throughput?from=2026-01-01&to=2027-01-01' }) },
    {
      name: 'GET /reports/satisfaction',
      scope: 'none',
      prepare: async () => ({ method: 'get', path: '/reports/satisfaction?from=2026-01-01&to=2027-01-01' }),
    },
    {
      name: 'GET /reports/participation',
      scope: 'none',
      prepare: async () => ({ method: 'get', path: '/reports/participation?from=2026-01-01&to=2027-01-01' }),
    },
    { name: 'GET /routing-rules', scope: 'none', prepare: async () => ({ method: 'get', path: '/routing-rules' }) },
    { name: 'GET /routing-rules/:id', scope: 'none', prepare: async () => ({ method: 'get', path: '/routing-rules/traffic' }) },
    {
      name: 'POST /routing-rules',
      scope: 'none',
      prepare: async () => ({
        method: 'post',
        path: '/routing-rules',
        body: { id: `matrix-${randomUUID().slice(0, 8)}`, department: 'SUF', keywords: ['matrixtest'], priority: 2 },
      }),
    },
    {
      name: 'PUT /routing-rules/:id',
      scope: 'none',
      prepare: async () => ({ method: 'put', path: `/routing-rules/${await freshRule()}`, body: { department: 'SOF', keywords: ['changed'], priority: 3 } }),
    },
    { name: 'DELETE /routing-rules/:id', scope: 'none', prepare: async () => ({ method: 'delete', path: `/routing-rules/${await freshRule()}` }) },
    {
      name: 'PATCH /departments/:code',
      scope: 'none',
      prepare: async () => ({ method: 'patch', path: '/departments/SUF', body: { name: `Renamed ${randomUUID().slice(0, 8)}`, responseWorkingDays: 12 } }),
    },
    { name: 'POST /open311/api-keys', scope: 'none', prepare: async () => ({ method: 'post', path: '/open311/api-keys', body: { client: 'Matrix app' } }) },
    { name: 'GET /open311/api-keys', scope: 'none', prepare: async () => ({ method: 'get', path: '/open311/api-keys' }) },
    {
      name: 'DELETE /open311/api-keys/:id',
      scope: 'none',
      prepare: async () => ({
        method: 'delete',
        path: `/open311/api-keys/${(await t.http.post('/open311/api-keys').set(powerful).send({ client: 'Matrix app' }).expect(201)).body.id}`,
      }),
    },
    { name: 'POST /admin/queues/session', scope: 'none', prepare: async () => ({ method: 'post', path: '/admin/queues/session' }) },
    { name: 'GET /admin/queues', scope: 'none', prepare: async () => ({ method: 'get', path: '/admin/queues' }) },
    { name: 'GET /admin/queues/api/queues', scope: 'none', prepare: async () => ({ method: 'get', path: '/admin/queues/api/queues' }) },
    {
      name: 'PUT /admin/queues/api/queues/:queueName/retry/:queueStatus',
      scope: 'none',
      prepare: async () => ({ method: 'put', path: '/admin/queues/api/queues/notifications/retry/failed' }),
    },
    { name: 'POST /budget-rounds', scope: 'none', prepare: async () => ({ method: 'post', path: '/budget-rounds', body: BUDGET_SETTINGS }) },
    {
      name: 'PUT /budget-rounds/:id/settings',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('proposals');
        return { method: 'put', path: `/budget-rounds/${round.id}/settings`, body: { ...BUDGET_SETTINGS, amount: 200 }, revision: round.revision };
      },
    },
    {
      name: 'POST /budget-rounds/:id/phase',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('proposals');
        return { method: 'post', path: `/budget-rounds/${round.id}/phase`, body: { to: 'review' }, revision: round.revision };
      },
    },
    {
      name: 'POST /budget-rounds/:id/proposals/:proposalId/feasibility',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('review');
        return {
          method: 'post',
          path: `/budget-rounds/${round.id}/proposals/${round.proposals[0]}/feasibility`,
          body: { feasible: false, reason: 'No room.' },
          revision: round.revision,
        };
      },
    },
    {
      name: 'POST /budget-rounds/:id/merges',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('review');
        return {
          method: 'post',
          path: `/budget-rounds/${round.id}/merges`,
          body: { into: round.proposals[0], proposalIds: [round.proposals[1]] },
          revision: round.revision,
        };
      },
    },
    {
      name: 'POST /budget-rounds/:id/paper-ballots',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('voting');
        return { method: 'post', path: `/budget-rounds/${round.id}/paper-ballots`, body: { choices: [round.proposals[1]], votingPlace: 'Library' } };
      },
    },
    {
      name: 'POST /budget-rounds/:id/ballots/personal-data/erase',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('voting');
        const email = `voter-${randomUUID()}@example.dk`;
        await t.http
          .post(`/budget-rounds/${round.id}/ballots`)
          .send({ choices: [round.proposals[0]], email, residence: true })
          .expect(202);
        return { method: 'post', path: `/budget-rounds/${round.id}/ballots/personal-data/erase`, body: { email } };
      },
    },
    {
      name: 'POST /budget-rounds/:id/close-voting',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('voting');
        return { method: 'post', path: `/budget-rounds/${round.id}/close-voting`, body: {}, revision: round.revision };
      },
    },
    {
      name: 'POST /budget-rounds/:id/winners/:proposalId/progress',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('implementation');
        return {
          method: 'post',
          path: `/budget-rounds/${round.id}/winners/${round.proposals[0]}/progress`,
          body: { note: 'Ordered.' },
          revision: round.revision,
        };
      },
    },
    {
      name: 'POST /budget-rounds/:id/winners/:proposalId/completion',
      scope: 'none',
      prepare: async () => {
        const round = await roundIn('implementation');
        return {
          method: 'post',
          path: `/budget-rounds/${round.id}/winners/${round.proposals[0]}/completion`,
          body: { note: 'Done.' },
          revision: round.revision,
        };
      },
    },
    // The admin erases whichever department holds the idea: no department check.
    {
      name: 'POST /ideas/:id/personal-data/erase',
      scope: 'none',
      prepare: async () => ({ method: 'post', path: `/ideas/${(await submit(OWN)).id}/personal-data/erase` }),
    },
  ];

  const send = (request: PreparedRequest, headers: Record<string, string>) => {
    let call = t.http[request.method](request.path).set(headers);
    if (request.revision !== undefined) call = call.set('If-Match', `"${request.revision}"`);
    return request.body === undefined ? call : call.send(request.body);
  };
  /** Everything a staff request could change: the events, submitters' data keys, departments and routing rules. */
  const snapshot = async () => ({
    events: await t.eventCount(),
    dataKeys: Number((await t.db.query('SELECT count(*) AS n FROM submitter_data_keys')).rows[0].n),
    departments: (await t.db.query('SELECT * FROM departments ORDER BY code')).rows,
    rules: (await t.db.query('SELECT * FROM routing_rules ORDER BY id')).rows,
    open311Keys: (await t.db.query('SELECT * FROM open311_api_keys ORDER BY id')).rows,
  });

  /** One request as `role`; a refusal must leave everything as it was. */
  const statusAs = async (endpoint: Endpoint, role: TestRole, department: string): Promise<number> => {
    const request = await endpoint.prepare(department);
    const before = await snapshot();
    const response = await send(request, tokens.get(role)!);
    if (response.status === 403 || response.status === endpoint.pastAccess) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await snapshot()).toEqual(before);
    }
    if (response.status >= 400 && response.status !== 403 && response.status !== endpoint.pastAccess)
      throw new Error(`${endpoint.name} as ${role} (${department}): ${response.status} ${JSON.stringify(response.body)}`);
    return response.status;
  };

  it('covers every route the app serves: each is in the matrix or public on purpose', () => {
    const routes = registeredRoutes(t).filter((route) => !/^GET \/docs\b/.test(route));
    const undecided = routes.filter((route) => !(route in EXPECTED) && !PUBLIC_ROUTES.includes(route) && !STAFF_PAGE_ROUTES.includes(route));
    expect(undecided).toEqual([]);
    expect(Object.keys(EXPECTED).filter((name) => !routes.includes(name) && !MOUNTED_ROUTES.includes(name))).toEqual([]);
    expect(ENDPOINTS.map((endpoint) => endpoint.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s without a token is 401, and nothing changes', async (name) => {
    const endpoint = ENDPOINTS.find((e) => e.name === name)!;
    const request = await endpoint.prepare(OWN);
    const before = await snapshot();
    const response = await send(request, {});
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(await snapshot()).toEqual(before);
  });

  const cases = Object.keys(EXPECTED).flatMap((name) => ALL_ROLES.map((role, column) => [name, role, EXPECTED[name][column]] as const));
  it.each(cases)('%s as %s → %s', async (name, role, expected) => {
    const endpoint = ENDPOINTS.find((e) => e.name === name)!;
    const cell =
      endpoint.scope === 'department'
        ? `${await statusAs(endpoint, role, OWN)} / ${await statusAs(endpoint, role, OTHER)}`
        : `${await statusAs(endpoint, role, OWN)}`;
    if (!observed.has(name)) observed.set(name, new Map());
    observed.get(name)!.set(role, cell);
    expect(cell).toBe(expected);
  });

  it('leaves a triage idea (no department yet) to dispatchers to route, and to them and managers to read', async () => {
    const { body: idea } = await t.http
      .post('/ideas')
      .send({ title: 'Et forslag', description: 'Et forslag til kommunen.', category: 'other', district: 'valby', language: 'da', channel: 'web' })
      .expect(201);
    expect(idea.department).toBeNull();
    const lead = await t.staff({ sub: 'lead', roles: ['department-lead', 'handler'], departments: [OWN] });
    const before = await t.eventCount();
    await t.http.get(`/ideas/${idea.id}`).set(lead).expect(403);
    await t.http.post(`/ideas/${idea.id}/route`).set(lead).set('If-Match', '"0"').send({ department: OWN, reason: 'Mine now' }).expect(403);
    expect(await t.eventCount()).toBe(before);
    await t.http.get(`/ideas/${idea.id}`).set(tokens.get('manager')!).expect(200);
    await t.http.get(`/ideas/${idea.id}/audit`).set(tokens.get('dispatcher')!).expect(200);
    await t.http.post(`/ideas/${idea.id}/route`).set(tokens.get('dispatcher')!).set('If-Match', '"0"').send({ department: OWN, reason: 'Traffic' }).expect(200);
    // Routed into the lead's department, it is theirs to work on.
    await t.http.post(`/ideas/${idea.id}/assign`).set(lead).set('If-Match', '"1"').send({ assignee: 'handler-anna' }).expect(200);
  });

  it('is the table in README.md (UPDATE_README_MATRIX=1 writes it there)', () => {
    const table = renderMatrix(Object.keys(EXPECTED).map((name) => [name, ALL_ROLES.map((role) => observed.get(name)?.get(role) ?? '?')]));
    const readmePath = join(__dirname, '..', 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const markers = /(<!-- authorisation-matrix:start -->\n)[\s\S]*?(<!-- authorisation-matrix:end -->)/;
    expect(readme).toMatch(markers);
    if (process.env.UPDATE_README_MATRIX === '1')
      writeFileSync(
        readmePath,
        readme.replace(markers, (_, start: string, end: string) => `${start}${table}${end}`),
      );
    expect(markers.exec(readFileSync(readmePath, 'utf8'))![0]).toBe(`<!-- authorisation-matrix:start -->\n${table}<!-- authorisation-matrix:end -->`);
  });
});

/** `METHOD /path` of every route Express holds, as Nest registered them. */
function registeredRoutes(t: TestApp): string[] {
  const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
  return router.stack.flatMap((layer) =>
    // '{/*splat}' is no endpoint: nestjs-pino's request logging, a middleware Nest mounts on every path and method.
    layer.route && layer.route.path !== '{/*splat}'
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}

function renderMatrix(rows: Array<[string, string[]]>): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  return (
    line(['endpoint', ...ALL_ROLES.map((role) => `\`${role}\``)]) +
    line(['---', ...ALL_ROLES.map(() => '---')]) +
    rows.map(([name, cells]) => line([`\`${name}\``, ...cells])).join('')
  );
}
