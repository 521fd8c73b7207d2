import { eventually } from './support/eventually';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** The case page over HTTP: the forms each role gets, a case worked from routed to implemented, a stale revision, a duplicate by public code. */
describe('Staff case page', () => {
  let t: TestApp;
  let handler: string;
  let lead: string;

  async function submitted(overrides: Record<string, unknown> = {}): Promise<{ id: string; publicCode: string }> {
    const idea = (await t.http.post('/ideas').send(validIdea(overrides)).expect(201)).body;
    await eventually(
      async () => (await t.db.query('SELECT count(*)::int AS n FROM public_status WHERE public_code = $1', [idea.publicCode])).rows[0].n,
      (n) => n === 1,
      10_000,
    );
    return idea;
  }

  const page = (cookie: string, id: string) => t.http.get(`/staff/ideas/${id}`).set('Cookie', cookie);

  /** Sends one of the page's forms as the browser would: its CSRF token and the revision the page showed. */
  async function send(cookie: string, id: string, action: string, fields: Record<string, string>, status = 303, revision?: number) {
    const shown = await page(cookie, id).expect(200);
    const shownRevision = Number(/name="revision" value="(\d+)"/.exec(shown.text)?.[1]);
    const body = new URLSearchParams({ _csrf: csrfOf(shown.text), revision: String(revision ?? shownRevision), ...fields });
    return t.http.post(`/staff/ideas/${id}/${action}`).set('Cookie', cookie).type('form').send(body.toString()).expect(status);
  }

  beforeAll(async () => {
    t = await startTestApp('staff-case-page', { projections: true });
    handler = await signInAsStaff(t, { subject: 'hanna', roles: ['handler'], departments: ['TMF'] });
    lead = await signInAsStaff(t, { subject: 'lars', roles: ['department-lead'], departments: ['TMF'] });
  });
  afterAll(() => t.close());

  it('a lead assigns from the staff who signed in, the handler works the case to implemented, each step a form', async () => {
    const idea = await submitted();
    const shown = (await page(lead, idea.id).expect(200)).text;
    expect(shown).toContain('<option value="hanna">hanna</option>');
    expect(shown).toContain('karen@example.dk'); // a lead of the department sees the contact
    expect((await send(lead, idea.id, 'assign', { assignee: 'hanna' })).headers.location).toBe(`/staff/ideas/${idea.id}?done=assign`);

    const handlerPage = (await page(handler, idea.id).expect(200)).text;
    expect(handlerPage).not.toContain('action="/staff/ideas/' + idea.id + '/assign"'); // assigning is the lead's
    expect(handlerPage).not.toContain('action="/staff/ideas/' + idea.id + '/route"');
    await send(handler, idea.id, 'diagnose', { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Vejen er kommunal' });
    await send(handler, idea.id, 'ask', { question: 'Hvilken strækning mener du?' });
    await send(handler, idea.id, 'answer', { decision: 'accepted', publicAnswer: 'Vi laver cykelstien i 2027.' });
    await send(handler, idea.id, 'progress', { note: 'Projektering i gang', percentComplete: '40' });
    await send(handler, idea.id, 'complete', { note: 'Cykelstien er åbnet' });

    const { body } = await t.http
      .get(`/ideas/${idea.id}`)
      .set(await t.staff())
      .expect(200);
    expect(body.state).toMatchObject({ status: 'implemented', assignee: 'hanna', decision: 'accepted', publicAnswer: 'Vi laver cykelstien i 2027.' });
    expect(body.timeline.map((entry: { type: string; actor: string }) => `${entry.type}:${entry.actor}`)).toEqual(
      expect.arrayContaining(['IdeaAssigned:lars', 'IdeaDiagnosed:hanna', 'IdeaAnswered:hanna', 'IdeaImplemented:hanna']),
    );
    const done = (await page(handler, idea.id).expect(200)).text;
    expect(done).toContain('IdeaImplemented');
    expect(done).not.toContain(`action="/staff/ideas/${idea.id}/answer"`);
  });

  it('a stale revision changes nothing, says who did what since, shows the idea as it is and keeps what was typed', async () => {
    const idea = await submitted();
    const read = (await page(handler, idea.id).expect(200)).text;
    const readRevision = Number(/name="revision" value="(\d+)"/.exec(read)?.[1]);
    await send(lead, idea.id, 'assign', { assignee: 'hanna' }); // meanwhile
    const before = await t.eventCount();
    const stale = await send(handler, idea.id, 'answer', { decision: 'declined', publicAnswer: 'Det tekst jeg skrev med omhu' }, 409, readRevision);
    expect(await t.eventCount()).toBe(before);
    expect(stale.text).toContain('IdeaAssigned');
    expect(stale.text).toContain('lars');
    expect(stale.text).toContain('Det tekst jeg skrev med omhu');
    expect(stale.text).toContain(`name="revision" value="${readRevision + 1}"`);
  });

  it('a form with a field missing is a 422 with the error beside it and the rest kept', async () => {
    const idea = await submitted();
    const invalid = await send(handler, idea.id, 'answer', { decision: '', publicAnswer: 'Halvt svar' }, 422);
    expect(invalid.text).toContain("id='decision-error'");
    expect(invalid.text).toContain('Halvt svar');
  });

  it('marks a duplicate by the other idea’s public code; an unknown code is an error on the field', async () => {
    const first = await submitted();
    const repeat = await submitted();
    const unknown = await send(handler, repeat.id, 'duplicate', { duplicateOf: 'K-1999-000001' }, 422);
    expect(unknown.text).toContain("id='duplicateOf-error'");
    await send(handler, repeat.id, 'duplicate', { duplicateOf: first.publicCode.toLowerCase() });
    const { body } = await t.http
      .get(`/ideas/${repeat.id}`)
      .set(await t.staff())
      .expect(200);
    expect(body.state).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
  });

  it('another department’s handler is refused with a page that says so; a manager reads without forms; a form without its token is refused', async () => {
    const idea = await submitted();
    const other = await signInAsStaff(t, { subject: 'bo', roles: ['handler'], departments: ['BUF'] });
    const refused = await page(other, idea.id).expect(403);
    expect(refused.text).toContain('Dine roller giver ikke adgang');
    const manager = await signInAsStaff(t, { subject: 'mads', roles: ['manager'] });
    const read = (await page(manager, idea.id).expect(200)).text;
    expect(read).not.toMatch(/action="\/staff\/ideas\/[^"]+\/(answer|assign|route|diagnose)"/);
    await t.http.post(`/staff/ideas/${idea.id}/answer`).set('Cookie', handler).type('form').send('revision=1&decision=accepted&publicAnswer=x').expect(403);
  });

  it('an admin erases the citizen’s personal data after a confirmation step, and the case shows it in its timeline', async () => {
    const idea = await submitted({ title: 'Bænke ved Karens hus', contact: { name: 'Karen Hansen', email: 'karen@example.dk', phone: '+45 12 34 56 78' } });
    // An admin who also reads cases (a manager) sees the form on the case page; it leads to the confirmation step.
    const admin = await signInAsStaff(t, { subject: 'ada', roles: ['admin', 'manager'] });
    const shown = (await page(admin, idea.id).expect(200)).text;
    expect(shown).toContain('karen@example.dk');
    expect(shown).toContain(`<form method="get" action="/staff/ideas/${idea.id}/erase"`);
    expect((await page(handler, idea.id).expect(200)).text).not.toContain(`/staff/ideas/${idea.id}/erase`); // the admin's alone

    const confirm = await t.http.get(`/staff/ideas/${idea.id}/erase`).set('Cookie', admin).expect(200);
    expect(confirm.text).toContain(idea.publicCode);
    expect(confirm.text).toContain('name="confirm" value="yes"');
    expect(confirm.text).not.toContain('karen@example.dk'); // the step shows which idea, never the data
    const erase = (fields: Record<string, string>, cookie = admin, csrf = csrfOf(confirm.text)) =>
      t.http
        .post(`/staff/ideas/${idea.id}/erase`)
        .set('Cookie', cookie)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrf, ...fields }).toString());

    // Not confirmed, no CSRF token, or not an admin: nothing is erased.
    const before = await t.eventCount();
    const unconfirmed = await erase({}).expect(422);
    expect(unconfirmed.text).toContain("id='erase-confirm-error'");
    await t.http.post(`/staff/ideas/${idea.id}/erase`).set('Cookie', admin).type('form').send('confirm=yes').expect(403);
    for (const cookie of [handler, lead]) {
      const own = csrfOf((await page(cookie, idea.id).expect(200)).text);
      await t.http.get(`/staff/ideas/${idea.id}/erase`).set('Cookie', cookie).expect(403);
      await erase({ confirm: 'yes' }, cookie, own).expect(403);
    }
    expect(await t.eventCount()).toBe(before);

    await erase({ confirm: 'yes' }).expect(303).expect('Location', `/staff/ideas/${idea.id}?done=erase`);
    const after = (await page(admin, idea.id).expect(200)).text;
    expect(after).not.toContain('karen@example.dk');
    expect(after).not.toContain('Karen Hansen');
    expect(after).toMatch(/SubmitterDataErased <span class="meta">\(ada,/); // in the timeline, by whom
    expect(after).not.toContain(`action="/staff/ideas/${idea.id}/erase"`); // nothing left to erase
    expect((await t.http.get(`/staff/ideas/${idea.id}/erase`).set('Cookie', admin).expect(200)).text).not.toContain('name="confirm"');
    const { body } = await t.http
      .get(`/ideas/${idea.id}`)
      .set(await t.staff())
      .expect(200);
    expect(body.timeline.at(-1)).toMatchObject({ type: 'SubmitterDataErased', actor: 'ada' });

    // An admin who may not read cases erases from the confirmation step alone, and stays there.
    const other = await submitted();
    const adminOnly = await signInAsStaff(t, { subject: 'ada2', roles: ['admin'] });
    await page(adminOnly, other.id).expect(403);
    const step = await t.http.get(`/staff/ideas/${other.id}/erase`).set('Cookie', adminOnly).expect(200);
    expect(step.text).not.toContain(`href="/staff/ideas/${other.id}"`);
    await t.http
      .post(`/staff/ideas/${other.id}/erase`)
      .set('Cookie', adminOnly)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(step.text), confirm: 'yes' }).toString())
      .expect(303)
      .expect('Location', `/staff/ideas/${other.id}/erase?done=1`);
    expect((await t.http.get(`/staff/ideas/${other.id}/erase?done=1`).set('Cookie', adminOnly).expect(200)).text).toContain('notice success');
    await t.http.get('/staff/ideas/00000000-0000-4000-8000-000000000000/erase').set('Cookie', adminOnly).expect(404);
  });
});
