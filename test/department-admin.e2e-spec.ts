import { eventually } from './support/eventually';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

describe('PATCH /departments/:code: an admin sets names and response deadlines', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('department_admin', { projections: true });
    admin = await t.staff({ sub: 'admin-anne', roles: ['admin'], departments: [] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const departmentRows = async () => (await t.db.query('SELECT * FROM departments ORDER BY code')).rows;

  it('changes the deadline at once for GET /departments and for ideas routed from then on', async () => {
    const { body } = await t.http.patch('/departments/TMF').set(admin).send({ responseWorkingDays: 5 }).expect(200);
    expect(body).toEqual({ code: 'TMF', name: expect.any(String), responseWorkingDays: 5, leadEmail: null });
    const { body: departments } = await t.http.get('/departments').expect(200);
    expect(departments.find((d: { code: string }) => d.code === 'TMF')).toEqual({ code: 'TMF', name: body.name, responseWorkingDays: 5 });

    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const handler = await t.staff({ sub: 'handler-anna', roles: ['handler'], departments: ['TMF'] });
    const read = async () =>
      (await t.http.get('/departments/TMF/inbox').set(handler).expect(200)).body.items.find((item: { id: string }) => item.id === idea.id);
    // Tuesday 24 November + 5 working days, to Copenhagen midnight.
    expect(await eventually(read, (item) => item !== undefined)).toMatchObject({ dueAt: '2026-12-01T23:00:00.000Z' });
  });

  it('keeps a deadline already promised when the rule changes again or the idea moves to another department', async () => {
    await t.http.patch('/departments/TMF').set(admin).send({ responseWorkingDays: 5 }).expect(200);
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    expect(idea).toMatchObject({ department: 'TMF', revision: 1 });
    await t.http.patch('/departments/TMF').set(admin).send({ responseWorkingDays: 20 }).expect(200);
    await t.http.patch('/departments/KFF').set(admin).send({ responseWorkingDays: 3 }).expect(200);
    const staff = await t.staff();
    await t.http.post(`/ideas/${idea.id}/route`).set(staff).set('If-Match', '"1"').send({ department: 'KFF', reason: 'Belongs with culture' }).expect(200);
    const read = async () => (await t.http.get('/departments/KFF/inbox').set(staff).expect(200)).body.items.find((item: { id: string }) => item.id === idea.id);
    // Still TMF's 5 working days from Tuesday 24 November, as promised at the first routing.
    expect(await eventually(read, (item) => item !== undefined)).toMatchObject({ dueAt: '2026-12-01T23:00:00.000Z' });
  });

  it('renames, trimming the name', async () => {
    const { body } = await t.http.patch('/departments/KFF').set(admin).send({ name: '  Kultur og Fritid  ' }).expect(200);
    expect(body).toMatchObject({ code: 'KFF', name: 'Kultur og Fritid' });
  });

  it('sets the lead’s e-mail address, shows it to the admin only, and clears it with null', async () => {
    const { body } = await t.http.patch('/departments/BUF').set(admin).send({ leadEmail: 'buf-ledelse@kk.dk' }).expect(200);
    expect(body).toMatchObject({ code: 'BUF', leadEmail: 'buf-ledelse@kk.dk' });
    expect((await t.db.query(`SELECT lead_email FROM departments WHERE code = 'BUF'`)).rows[0].lead_email).toBe('buf-ledelse@kk.dk');

    const { body: departments } = await t.http.get('/departments').expect(200);
    for (const department of departments) expect(Object.keys(department).sort()).toEqual(['code', 'name', 'responseWorkingDays']);
    expect(JSON.stringify(departments)).not.toContain('buf-ledelse');

    // Changing something else leaves the address as it is.
    expect((await t.http.patch('/departments/BUF').set(admin).send({ responseWorkingDays: 8 }).expect(200)).body.leadEmail).toBe('buf-ledelse@kk.dk');
    expect((await t.http.patch('/departments/BUF').set(admin).send({ leadEmail: null }).expect(200)).body.leadEmail).toBeNull();
    expect((await t.db.query(`SELECT lead_email FROM departments WHERE code = 'BUF'`)).rows[0].lead_email).toBeNull();
  });

  it('is 404 for an unknown department', async () => {
    const response = await t.http.patch('/departments/NOPE').set(admin).send({ responseWorkingDays: 5 }).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['a deadline of 0 days', { responseWorkingDays: 0 }],
    ['more than 60 days', { responseWorkingDays: 61 }],
    ['a fraction', { responseWorkingDays: 2.5 }],
    ['text for a number', { responseWorkingDays: '10' }],
    ['a blank name', { name: '   ' }],
    ['an unknown field', { code: 'XYZ' }],
    ['nothing to change', {}],
    ['a lead e-mail that is not an address', { leadEmail: 'not an address' }],
    ['a lead e-mail with a display name', { leadEmail: 'Lead <lead@kk.dk>' }],
    ['two lead e-mails', { leadEmail: 'a@kk.dk, b@kk.dk' }],
    ['a lead e-mail that is not text', { leadEmail: 42 }],
    ['an empty lead e-mail', { leadEmail: '' }],
  ])('refuses %s with 422 and changes nothing', async (_, input) => {
    const before = await departmentRows();
    const response = await t.http.patch('/departments/SUF').set(admin).send(input).expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await departmentRows()).toEqual(before);
  });
});
