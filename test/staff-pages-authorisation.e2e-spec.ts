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
  'POST /staff/ideas/:id/hide': ['403 / 403', '303 / 403', '303 / 303', '403 / 403', '403 / 403'],
  'POST /staff/ideas/:id/restore': ['403 / 403', '303 / 403', '303 / 303', '403 / 403', '403 / 403'],
  'GET /staff/moderation': ['403', '200', '200', '200', '403'],
  'GET /staff/inbox?queue=:code (offered)': ['yes / no', 'yes / no', 'no / no', 'yes / yes', 'no / no'],
  'GET /staff/inbox?queue=triage (offered)': ['no', 'no', 'yes', 'yes', 'no'],
  'GET /staff/dashboard': ['403', '403', '403', '200', '403'],
  'GET /staff/dashboard/throughput.csv': ['403', '403', '403', '200', '403'],
  'GET /staff/admin': ['403', '403', '403', '403', '200'],
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
    hide: () => ({ reason: 'offensive' }),
    restore: () => ({}),
  };

  async function cell(row: string, role: TestRole, department: string | null): Promise<string> {
    const { cookie, csrf } = sessions.get(role)!;
    const form = /^POST \/staff\/ideas\/:id\/(\w+)$/.exec(row);
    if (row === 'GET /staff/ideas/:id') {
      const idea = await ideaFor('read', department!);
      return String((await t.http.get(`/staff/ideas/${idea.id}`).set('Cookie', cookie)).status);
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
    const path = row.slice('GET '.length);
    return String((await t.http.get(path).set('Cookie', cookie)).status);
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
