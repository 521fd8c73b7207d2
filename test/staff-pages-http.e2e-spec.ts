import { eventually } from './support/eventually';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** The staff pages over plain HTTP: the development sign-in, the inbox's queues and filters, and looking an idea up by its public code. */
describe('Staff pages over HTTP', () => {
  let t: TestApp;
  let idea: { id: string; publicCode: string };
  let handler: string;

  beforeAll(async () => {
    t = await startTestApp('staff-pages-http', { projections: true });
    idea = (await t.http.post('/ideas').send(validIdea()).expect(201)).body; // the text sends it to TMF by a rule
    await eventually(
      async () => (await t.db.query('SELECT count(*)::int AS n FROM department_inbox WHERE public_code = $1', [idea.publicCode])).rows[0].n,
      (n) => n === 1,
      10_000,
    );
    await eventually(
      async () => (await t.db.query('SELECT count(*)::int AS n FROM public_status WHERE public_code = $1', [idea.publicCode])).rows[0].n,
      (n) => n === 1,
      10_000,
    );
    handler = await signInAsStaff(t, { subject: 'hanna', roles: ['handler'], departments: ['TMF'] });
  });
  afterAll(() => t.close());

  it('a staff page without a session sends the browser to sign in, and back afterwards', async () => {
    await t.http.get('/staff/inbox?queue=TMF').expect(303).expect('Location', '/staff/sign-in?next=%2Fstaff%2Finbox%3Fqueue%3DTMF');
    await t.http.get('/staff').expect(303).expect('Location', '/staff/inbox');
  });

  it('the development sign-in refuses a form without its CSRF token, and one without a role', async () => {
    await t.http.post('/staff/sign-in').type('form').send('subject=mallory&roles=admin').expect(403);
    const form = await t.http.get('/staff/sign-in').expect(200);
    const cookie = String(form.headers['set-cookie']).split(';')[0];
    const noRole = await t.http
      .post('/staff/sign-in')
      .set('Cookie', cookie)
      .type('form')
      .send(`_csrf=${encodeURIComponent(csrfOf(form.text))}&subject=bo`)
      .expect(422);
    expect(noRole.text).toContain('error-summary');
    expect(noRole.text).toContain('value="bo"'); // what was typed is kept
  });

  it("a handler's inbox lists their department's ideas, soonest deadline first, with the page's security headers", async () => {
    const page = await t.http.get('/staff/inbox').set('Cookie', handler).expect(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.text).toContain(idea.publicCode);
    expect(page.text).toContain(`/staff/ideas/${idea.id}`);
    expect(page.text).not.toContain('queue=triage'); // not a dispatcher
  });

  it('filters: by status, question open, my cases; an unknown filter value is ignored, not an error', async () => {
    expect((await t.http.get('/staff/inbox?queue=TMF&status=routed').set('Cookie', handler).expect(200)).text).toContain(idea.publicCode);
    expect((await t.http.get('/staff/inbox?queue=TMF&status=answered').set('Cookie', handler).expect(200)).text).not.toContain(idea.publicCode);
    expect((await t.http.get('/staff/inbox?queue=TMF&question=open').set('Cookie', handler).expect(200)).text).not.toContain(idea.publicCode);
    expect((await t.http.get('/staff/inbox?queue=TMF&mine=1').set('Cookie', handler).expect(200)).text).not.toContain(idea.publicCode);
    expect((await t.http.get('/staff/inbox?queue=TMF&status=nonsense&district=nowhere').set('Cookie', handler).expect(200)).text).toContain(idea.publicCode);
  });

  it('another department’s queue is not offered, and asking for it shows the own one', async () => {
    const page = await t.http.get('/staff/inbox?queue=BUF').set('Cookie', handler).expect(200);
    expect(page.text).toContain(idea.publicCode);
  });

  it('a dispatcher sees the triage queue; a manager every queue', async () => {
    const dispatcher = await signInAsStaff(t, { subject: 'dina', roles: ['dispatcher'] });
    expect((await t.http.get('/staff/inbox').set('Cookie', dispatcher).expect(200)).text).toContain('queue=triage');
    const manager = await signInAsStaff(t, { subject: 'mads', roles: ['manager'] });
    const all = await t.http.get('/staff/inbox').set('Cookie', manager).expect(200);
    expect(all.text).toContain('queue=triage');
    expect(all.text).toContain('queue=BUF');
  });

  it('searching for a public code opens the idea', async () => {
    await t.http.get(`/staff/inbox?q=${idea.publicCode.toLowerCase()}`).set('Cookie', handler).expect(303).expect('Location', `/staff/ideas/${idea.id}`);
  });

  it('GET /ideas/<public code> over the API, as GET /ideas/<id>; a malformed one is a clear 400, an unknown one a 404', async () => {
    const headers = await t.staff({ roles: ['handler'], departments: ['TMF'] });
    const byCode = await t.http.get(`/ideas/${idea.publicCode}`).set(headers).expect(200);
    expect(byCode.body.id).toBe(idea.id);
    expect(byCode.headers.etag).toBeDefined();
    const bad = await t.http.get('/ideas/not-a-code').set(headers).expect(400);
    expect(bad.body).toMatchObject({ code: 'bad-idea-id', errors: [{ field: 'id' }] });
    expect(bad.body.type).not.toBe('about:blank');
    await t.http.get('/ideas/K-2026-999999').set(headers).expect(404);
    await t.http
      .get(`/ideas/${idea.publicCode}`)
      .set(await t.staff({ roles: ['handler'], departments: ['BUF'] }))
      .expect(403);
  });

  it('the admin edits a department’s name and deadline; a bad deadline is an error beside the field; others are refused', async () => {
    const admin = await signInAsStaff(t, { subject: 'ada', roles: ['admin'] });
    const page = await t.http.get('/staff/admin').set('Cookie', admin).expect(200);
    expect(page.text).toContain('id="days-TMF"');
    expect(page.text).toContain('href="/admin/queues"');
    const send = (fields: string) =>
      t.http
        .post('/staff/admin/departments/TMF')
        .set('Cookie', admin)
        .type('form')
        .send(`_csrf=${encodeURIComponent(csrfOf(page.text))}&${fields}`);
    const invalid = await send('name=Teknik&responseWorkingDays=99').expect(422);
    expect(invalid.text).toContain("id='days-TMF-error'");
    expect(invalid.text).toContain('value="99"');
    await send(`name=${encodeURIComponent('Teknik- og Miljøforvaltningen')}&responseWorkingDays=12`)
      .expect(303)
      .expect('Location', '/staff/admin?done=TMF');
    const { rows } = await t.db.query('SELECT name, response_working_days FROM departments WHERE code = $1', ['TMF']);
    expect(rows[0]).toEqual({ name: 'Teknik- og Miljøforvaltningen', response_working_days: 12 });
    await t.http.get('/staff/admin').set('Cookie', handler).expect(403);
  });

  it('the queue dashboard opens from an admin’s staff session; a handler’s session and none are refused', async () => {
    const admin = await signInAsStaff(t, { subject: 'ada2', roles: ['admin'] });
    await t.http.get('/admin/queues').set('Cookie', admin).expect(200);
    await t.http.get('/admin/queues').set('Cookie', handler).expect(403);
    await t.http.get('/admin/queues').expect(401);
  });
});
