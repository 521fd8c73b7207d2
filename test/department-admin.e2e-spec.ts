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
    expect(body).toEqual({ code: 'TMF', name: expect.any(String), responseWorkingDays: 5 });
    const { body: departments } = await t.http.get('/departments').expect(200);
    expect(departments.find((d: { code: string }) => d.code === 'TMF')).toEqual(body);

    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    const handler = await t.staff({ sub: 'handler-anna', roles: ['handler'], departments: ['TMF'] });
    const read = async () => (await t.http.get('/departments/TMF/inbox').set(handler).expect(200)).body.items.find((item: { id: string }) => item.id === idea.id);
    // Tuesday 24 November + 5 working days, to Copenhagen midnight.
    expect(await eventually(read, (item) => item !== undefined)).toMatchObject({ dueAt: '2026-12-01T23:00:00.000Z' });
  });

  it('renames, trimming the name', async () => {
    const { body } = await t.http.patch('/departments/KFF').set(admin).send({ name: '  Kultur og Fritid  ' }).expect(200);
    expect(body).toMatchObject({ code: 'KFF', name: 'Kultur og Fritid' });
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
  ])('refuses %s with 422 and changes nothing', async (_, input) => {
    const before = await departmentRows();
    const response = await t.http.patch('/departments/SUF').set(admin).send(input).expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await departmentRows()).toEqual(before);
  });
});
