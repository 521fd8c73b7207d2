import { eventually } from './support/eventually';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';
import { ALL_ROLES, type TestRole } from './support/test-auth';

/**
 * The authorisation matrix holds for the pages as for the API: every staff
 * page and form × every role × an idea or queue of the member's own
 * department (TMF) or another (BUF). EXPECTED is written by hand and mirrors
 * the README's API matrix row by row (a form that is let through answers
 * 303 where the API answers 200); refusals change nothing.
 */
const OWN = 'TMF';
const OTHER = 'BUF';
const NEUTRAL = 'Et forslag til kommunen.';
/** The version the rule page's forms carry (RoutingRulesService's). */
const MATRIX_RULE_VERSION =
  'SELECT md5(row(r.id, r.department, r.category, r.district, r.keywords, r.priority, extract(epoch FROM r.updated_at))::text) AS version FROM routing_rules r WHERE id = $1';

//                                          handler      department-lead  dispatcher   manager      admin
const EXPECTED: Record<string, readonly string[]> = {
  'GET /staff/ideas/:id': ['200 / 403', '200 / 403', '200 / 200', '200 / 200', '403 / 403'],
  'POST /staff/ideas/:id/route': ['403 / 403', '303 / 403', '303 / 303', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/assign': ['403 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/diagnose': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/ask': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/answer': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/progress': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/complete': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/duplicate': ['303 / 403', '303 / 403', '403 / 403', '403 / 403', '403 / 403'],
  'GET /staff/ideas/:id/erase': ['403 / 403', '403 / 403', '403 / 403', '403 / 403', '200 / 200'],
  'POST /staff/ideas/:id/erase': ['403 / 403', '403 / 403', '403 / 403', '403 / 403', '303 / 303'],
  'POST /staff/ideas/:id/hide': ['403 / 403', '303 / 403', '303 / 303', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/restore': ['403 / 403', '303 / 403', '303 / 303', '403 / 403', '403 / 403'],
  'GET /staff/moderation': ['403', '200', '200', '200', '403'],
  'GET /staff/inbox?queue=:code (offered)': ['yes / no', 'yes / no', 'no / no', 'yes / yes', 'no / no'],
  'GET /staff/inbox?queue=triage (offered)': ['no', 'no', 'yes', 'yes', 'no'],
  'GET /staff/dashboard': ['403', '403', '403', '200', '403'],
  'GET /staff/dashboard/throughput.csv': ['403', '403', '403', '200', '403'],
  'GET /staff/admin': ['403', '403', '403', '403', '200'],
  'GET /staff/budget-rounds': ['403', '403', '403', '200', '200'],
  'POST /staff/budget-rounds': ['403', '403', '403', '303', '303'],
  'GET /staff/budget-rounds/:id': ['403', '403', '403', '200', '200'],
  'POST /staff/budget-rounds/:id/phase': ['403', '403', '403', '303', '303'],
  'POST /staff/budget-rounds/:id/paperBallot': ['403', '403', '403', '303', '303'],
  'GET /staff/admin/routing-rules': ['403', '403', '403', '403', '200'],
  'GET /staff/admin/routing-rules/traffic': ['403', '403', '403', '403', '200'],
  'POST /staff/admin/routing-rules': ['403', '403', '403', '403', '303'],
  'POST /staff/admin/routing-rules/:id': ['403', '403', '403', '403', '303'],
  'POST /staff/admin/routing-rules/:id/remove': ['403', '403', '403', '403', '303'],
};

describe('Staff pages: the authorisation matrix', () => {
  let t: TestApp;
  let all: Record<string, string>;
  const sessions = new Map<TestRole, { cookie: string; csrf: string }>();

  beforeAll(async () => {
    t = await startTestApp('staff-pages-matrix', { projections: true }); // the duplicate form finds the other idea by its public code in a read model
    all = await t.staff();
    for (const role of ALL_ROLES) {
      const cookie = await signInAsStaff(t, { subject: `matrix-${role}`, roles: [role], departments: [OWN] });
      sessions.set(role, { cookie, csrf: csrfOf((await t.http.get('/staff/inbox').set('Cookie', cookie).expect(200)).text) });
    }
  });
  afterAll(() => t.close());

  /** A fresh idea in the department, moved (by an all-powerful token) to where the action makes sense. */
  async function ideaFor(action: string, department: string): Promise<{ id: string; revision: number; other: string }> {
    const category = department === OWN ? 'traffic' : 'schools-childcare';
    const submit = async () =>
      (
        await t.http
          .post('/ideas')
          .send(validIdea({ title: 'Et forslag', description: NEUTRAL, category }))
          .expect(201)
      ).body;
    const idea = await submit();
    const change = async (path: string, body: object) => {
      const read = await t.http.get(`/ideas/${idea.id}`).set(all).expect(200);
      await t.http.post(`/ideas/${idea.id}${path}`).set(all).set('If-Match', read.headers.etag).send(body).expect(200);
    };
    if (action === 'progress' || action === 'complete') await change('/answer', { decision: 'accepted', publicAnswer: 'Ja' });
    if (action === 'restore') await change('/hide', { reason: 'spam' });
    const other = action === 'duplicate' ? ((await submit()).publicCode as string) : '';
    if (other)
      await eventually(
        async () => (await t.db.query('SELECT count(*)::int AS n FROM public_status WHERE public_code = $1', [other])).rows[0].n,
        (n) => n === 1,
        10_000,
      );
    const read = await t.http.get(`/ideas/${idea.id}`).set(all).expect(200);
    expect(read.body.state.department).toBe(department);
    return { id: idea.id, revision: read.body.revision, other };
  }

  const FIELDS: Record<string, (other: string, department: string) => Record<string, string>> = {
    route: (_other, department) => ({ department: department === OWN ? OTHER : OWN, reason: 'Hører til der' }),
    assign: () => ({ assignee: 'matrix-handler' }),
    diagnose: () => ({ feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: '' }),
    ask: () => ({ question: 'Hvor?' }),
    answer: () => ({ decision: 'declined', publicAnswer: 'Nej tak' }),
    progress: () => ({ note: 'I gang', percentComplete: '10' }),
    complete: () => ({ note: 'Færdig' }),
    duplicate: (other) => ({ duplicateOf: other }),
    erase: () => ({ confirm: 'yes' }),
    hide: () => ({ reason: 'offensive' }),
    restore: () => ({}),
  };

  const SCHEDULE = {
    proposals: { from: '2027-03-01', to: '2027-03-31' },
    review: { from: '2027-04-01', to: '2027-04-30' },
    voting: { from: '2027-05-01', to: '2027-05-14' },
    results: { from: '2027-05-15', to: '2027-05-31' },
    implementation: { from: '2027-06-01', to: '2028-12-31' },
  };
  const ROUND_FORM = {
    title: 'Matrix',
    amount: '100',
    currency: 'DKK',
    ballot: 'knapsack',
    rule: 'greedy',
    ...Object.fromEntries(
      Object.entries(SCHEDULE).flatMap(([phase, dates]) => [
        [`${phase}From`, dates.from],
        [`${phase}To`, dates.to],
      ]),
    ),
  };

  /** A fresh round (opened over the API by an all-powerful token), moved to voting for a paper ballot; its revision and the proposal on the ballot. */
  async function roundFor(voting: boolean): Promise<{ id: string; revision: number; proposal: string }> {
    const body = { title: 'Matrix', amount: 100, currency: 'DKK', ballot: 'knapsack', rule: 'greedy', schedule: SCHEDULE };
    const { roundId: id } = (await t.http.post('/budget-rounds').set(all).send(body).expect(201)).body;
    const { proposalId: proposal, revision } = (await t.http.post(`/budget-rounds/${id}/proposals`).send({ title: 'Bænke', summary: 'Ti bænke' }).expect(201))
      .body;
    if (!voting) return { id, revision, proposal };
    let at: number = revision;
    const step = async (path: string, change: object) => {
      at = (await t.http.post(`/budget-rounds/${id}${path}`).set(all).set('If-Match', `"${at}"`).send(change).expect(200)).body.revision;
    };
    await step('/phase', { to: 'review' });
    await step(`/proposals/${proposal}/feasibility`, { feasible: true, costEstimate: 50 });
    await step('/phase', { to: 'voting' });
    return { id, revision: at, proposal };
  }

  async function cell(row: string, role: TestRole, department: string | null): Promise<string> {
    const { cookie, csrf } = sessions.get(role)!;
    const budget = /^(GET|POST) \/staff\/budget-rounds(\/:id)?(?:\/(\w+))?$/.exec(row);
    if (budget) {
      const round = budget[2] ? await roundFor(budget[3] === 'paperBallot') : null;
      const path = `/staff/budget-rounds${round ? `/${round.id}` : ''}${budget[3] ? `/${budget[3]}` : ''}`;
      if (budget[1] === 'GET') return String((await t.http.get(path).set('Cookie', cookie)).status);
      const fields: Record<string, string> = !round
        ? ROUND_FORM
        : budget[3] === 'phase'
          ? { revision: String(round.revision), to: 'review' }
          : { votingPlace: 'Rådhuset', choices: round.proposal };
      const before = await t.eventCount();
      const { status } = await t.http
        .post(path)
        .set('Cookie', cookie)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrf, ...fields }).toString());
      if (status === 403) expect({ row, role, events: await t.eventCount() }).toEqual({ row, role, events: before });
      return String(status);
    }
    const form = /^POST \/staff\/ideas\/:id\/(\w+)$/.exec(row);
    if (row === 'GET /staff/ideas/:id' || row === 'GET /staff/ideas/:id/erase') {
      const idea = await ideaFor('read', department!);
      return String((await t.http.get(`/staff/ideas/${idea.id}${row.endsWith('/erase') ? '/erase' : ''}`).set('Cookie', cookie)).status);
    }
    if (form) {
      const idea = await ideaFor(form[1], department!);
      const before = await t.eventCount();
      const body = new URLSearchParams({ _csrf: csrf, revision: String(idea.revision), ...FIELDS[form[1]](idea.other, department!) });
      const { status } = await t.http.post(`/staff/ideas/${idea.id}/${form[1]}`).set('Cookie', cookie).type('form').send(body.toString());
      if (status === 403) expect({ row, role, events: await t.eventCount() }).toEqual({ row, role, events: before });
      return String(status);
    }
    if (row.startsWith('GET /staff/inbox?queue=:code')) {
      const page = await t.http.get(`/staff/inbox?queue=${department}`).set('Cookie', cookie).expect(200);
      return page.text.includes(`href="/staff/inbox?queue=${department}" aria-current="page"`) ? 'yes' : 'no';
    }
    if (row.startsWith('GET /staff/inbox?queue=triage')) {
      const page = await t.http.get('/staff/inbox?queue=triage').set('Cookie', cookie).expect(200);
      return page.text.includes('href="/staff/inbox?queue=triage" aria-current="page"') ? 'yes' : 'no';
    }
    const rules = /^POST \/staff\/admin\/routing-rules(\/:id)?(\/remove)?$/.exec(row);
    if (rules) return ruleFormCell(role, cookie, csrf, rules[1] !== undefined, rules[2] !== undefined);
    const path = row.slice('GET '.length);
    return String((await t.http.get(path).set('Cookie', cookie)).status);
  }

  /** A rule of the role's own to add, change or remove, with the version it was read at; a refusal changes nothing. */
  async function ruleFormCell(role: TestRole, cookie: string, csrf: string, existing: boolean, remove: boolean): Promise<string> {
    const id = `matrix-${role}-${existing ? (remove ? 'remove' : 'change') : 'add'}`;
    if (existing)
      await t.http
        .post('/routing-rules')
        .set(all)
        .send({ id, department: OWN, keywords: ['matrix'] })
        .expect(201);
    const [before] = (await t.db.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM routing_rules')).rows;
    const version = existing ? (await t.db.query(MATRIX_RULE_VERSION, [id])).rows[0].version : '';
    const path = existing ? `/staff/admin/routing-rules/${id}${remove ? '/remove' : ''}` : '/staff/admin/routing-rules';
    const fields = { _csrf: csrf, version, ...(existing ? {} : { id }), department: OTHER, keywords: 'matrix' };
    const { status } = await t.http.post(path).set('Cookie', cookie).type('form').send(new URLSearchParams(fields).toString());
    if (status === 403) expect((await t.db.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM routing_rules')).rows[0]).toEqual(before);
    return String(status);
  }

  it.each(Object.keys(EXPECTED))('%s', async (row) => {
    const byDepartment = EXPECTED[row][0].includes('/');
    const actual: string[] = [];
    for (const role of ALL_ROLES) {
      actual.push(byDepartment ? `${await cell(row, role, OWN)} / ${await cell(row, role, OTHER)}` : await cell(row, role, null));
    }
    expect({ row, actual }).toEqual({ row, actual: EXPECTED[row] });
  });
});
