import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/**
 * The admin's routing rules page over HTTP: add, change and remove a rule by
 * plain forms (CSRF-protected), each edit carrying the version it read, so a
 * concurrent change is a conflict that keeps what was typed; the next idea
 * follows the rules of the moment; other roles are refused and change nothing.
 */
describe('Staff pages: routing rules (admin)', () => {
  let t: TestApp;
  let admin: string;
  let api: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('staff-routing-rules-page');
    admin = await signInAsStaff(t, { subject: 'ada', roles: ['admin'] });
    api = await t.staff({ sub: 'api-admin', roles: ['admin'] });
  });
  afterAll(() => t.close());

  const rule = async (id: string) =>
    (await t.db.query('SELECT department, category, district, keywords, priority FROM routing_rules WHERE id = $1', [id])).rows[0];
  const post = (cookie: string, path: string, fields: Record<string, string>) =>
    t.http.post(path).set('Cookie', cookie).type('form').send(new URLSearchParams(fields).toString());
  const page = (cookie: string, path: string) => t.http.get(path).set('Cookie', cookie);
  const versionOf = (html: string) => /name="version" value="([0-9a-f]{32})"/.exec(html)![1];
  const aboutTrees = () =>
    t.http
      .post('/ideas')
      .send(
        validIdea({ category: 'other', district: 'valby', title: 'Plant flere træer på Toftegårds Plads', description: 'Pladsen er bar og varm om sommeren.' }),
      )
      .expect(201);

  it('lists the rules with a link to edit each, and an add form; reached from the admin page', async () => {
    expect((await page(admin, '/staff/admin').expect(200)).text).toContain('href="/staff/admin/routing-rules"');
    const list = await page(admin, '/staff/admin/routing-rules').expect(200);
    expect(list.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(list.text).toContain('href="/staff/admin/routing-rules/keywords-cycling"');
    expect(list.text).toContain('cykelsti, cykel');
    expect(list.text).toContain('action="/staff/admin/routing-rules"');
    expect(list.text).toContain('id="new-department"');
  });

  it('adds a rule that routes the very next idea, keeps what was typed beside the errors, and refuses an id in use', async () => {
    expect((await aboutTrees().then((r) => r.body)).department).toBeNull();
    const csrf = csrfOf((await page(admin, '/staff/admin/routing-rules').expect(200)).text);
    const invalid = await post(admin, '/staff/admin/routing-rules', {
      _csrf: csrf,
      id: 'Træer!',
      department: '',
      category: 'nope',
      district: '',
      keywords: 'træer',
      priority: '5000',
    }).expect(422);
    expect(invalid.text).toContain('error-summary');
    for (const field of ['new-id', 'new-department', 'new-category', 'new-priority']) expect(invalid.text).toContain(`id='${field}-error'`);
    expect(invalid.text).not.toContain("id='new-keywords-error'");
    expect(invalid.text).toContain('value="Træer!"');
    expect(invalid.text).toContain('value="5000"');
    expect(await rule('Træer!')).toBeUndefined();

    const fields = { _csrf: csrf, id: 'trees-valby', department: 'KFF', category: '', district: 'valby', keywords: 'træer, træ , ', priority: '20' };
    await post(admin, '/staff/admin/routing-rules', fields).expect(303).expect('Location', '/staff/admin/routing-rules?done=created&rule=trees-valby');
    expect(await rule('trees-valby')).toEqual({ department: 'KFF', category: null, district: 'valby', keywords: ['træer', 'træ'], priority: 20 });
    // Seen at once by the API that routes submissions (not only after the reference data's few seconds).
    expect((await aboutTrees()).body).toMatchObject({ status: 'routed', department: 'KFF' });
    expect((await page(admin, '/staff/admin/routing-rules?done=created&rule=trees-valby').expect(200)).text).toContain('trees-valby');

    const again = await post(admin, '/staff/admin/routing-rules', { ...fields, department: 'TMF' }).expect(409);
    expect(again.text).toContain("id='new-id-error'");
    expect(again.text).toMatch(/<option value="TMF" selected>/);
    expect((await rule('trees-valby')).department).toBe('KFF');
  });

  it('saves a change made from the rule’s page; a change by someone else since is a conflict that shows the rule now and keeps what was typed', async () => {
    await t.http
      .post('/routing-rules')
      .set(api)
      .send({ id: 'benches', department: 'TMF', keywords: ['bænk'], priority: 3 })
      .expect(201);
    const form = await page(admin, '/staff/admin/routing-rules/benches').expect(200);
    const read = versionOf(form.text);
    expect(form.text).toContain('value="bænk"');
    expect(form.text).toContain('action="/staff/admin/routing-rules/benches/remove"');

    // Someone changes it over the API while the admin types.
    await t.http
      .put('/routing-rules/benches')
      .set(api)
      .send({ department: 'KFF', keywords: ['bænk', 'bænke'], priority: 4 })
      .expect(200);
    const typed = { _csrf: csrfOf(form.text), version: read, department: 'SUF', category: '', district: 'oesterbro', keywords: 'bænk, hvil', priority: '7' };
    const stale = await post(admin, '/staff/admin/routing-rules/benches', typed).expect(409);
    expect(stale.text).toContain('id="stale-title"');
    expect(stale.text).toContain('Kultur- og Fritidsforvaltningen'); // the rule as it is now
    expect(stale.text).toContain('bænk, bænke');
    expect(stale.text).toMatch(/<option value="SUF" selected>/); // what was typed
    expect(stale.text).toContain('value="bænk, hvil"');
    expect(await rule('benches')).toEqual({ department: 'KFF', category: null, district: null, keywords: ['bænk', 'bænke'], priority: 4 });

    // Sent again from the conflict page, it carries the version now shown, and is saved.
    const now = versionOf(stale.text);
    expect(now).not.toBe(read);
    await post(admin, '/staff/admin/routing-rules/benches', { ...typed, version: now })
      .expect(303)
      .expect('Location', '/staff/admin/routing-rules?done=saved&rule=benches');
    expect(await rule('benches')).toEqual({ department: 'SUF', category: null, district: 'oesterbro', keywords: ['bænk', 'hvil'], priority: 7 });
    // A bad field is an error beside it, and nothing is saved.
    const invalid = await post(admin, '/staff/admin/routing-rules/benches', {
      ...typed,
      version: versionOf((await page(admin, '/staff/admin/routing-rules/benches')).text),
      priority: '1.5',
    }).expect(422);
    expect(invalid.text).toContain("id='rule-priority-error'");
    expect((await rule('benches')).priority).toBe(7);
  });

  it('removes a rule by the version it read; a rule changed since is not removed; one removed meanwhile can be added again from what was typed', async () => {
    await t.http
      .post('/routing-rules')
      .set(api)
      .send({ id: 'lamps', department: 'TMF', keywords: ['lygte'] })
      .expect(201);
    const form = await page(admin, '/staff/admin/routing-rules/lamps').expect(200);
    await t.http
      .put('/routing-rules/lamps')
      .set(api)
      .send({ department: 'TMF', keywords: ['lygte', 'lys'] })
      .expect(200);
    const stale = await post(admin, '/staff/admin/routing-rules/lamps/remove', { _csrf: csrfOf(form.text), version: versionOf(form.text) }).expect(409);
    expect(stale.text).toContain('id="stale-title"');
    expect(stale.text).toContain('lygte, lys');
    expect(await rule('lamps')).toBeDefined();
    await post(admin, '/staff/admin/routing-rules/lamps/remove', { _csrf: csrfOf(stale.text), version: versionOf(stale.text) })
      .expect(303)
      .expect('Location', '/staff/admin/routing-rules?done=removed&rule=lamps');
    expect(await rule('lamps')).toBeUndefined();
    await page(admin, '/staff/admin/routing-rules/lamps').expect(404);

    await t.http
      .post('/routing-rules')
      .set(api)
      .send({ id: 'signs', department: 'TMF', keywords: ['skilt'] })
      .expect(201);
    const editing = await page(admin, '/staff/admin/routing-rules/signs').expect(200);
    await t.http.delete('/routing-rules/signs').set(api).expect(204);
    const typed = {
      _csrf: csrfOf(editing.text),
      version: versionOf(editing.text),
      department: 'TMF',
      category: '',
      district: '',
      keywords: 'skilt, skilte',
      priority: '2',
    };
    const gone = await post(admin, '/staff/admin/routing-rules/signs', typed).expect(409);
    expect(gone.text).toContain('id="stale-title"');
    expect(gone.text).toContain('action="/staff/admin/routing-rules"'); // the form now adds it again
    expect(gone.text).toContain('value="signs"');
    expect(gone.text).toContain('value="skilt, skilte"');
    await post(admin, '/staff/admin/routing-rules', { ...typed, id: 'signs' }).expect(303);
    expect(await rule('signs')).toEqual({ department: 'TMF', category: null, district: null, keywords: ['skilt', 'skilte'], priority: 2 });
  });

  it('refuses other roles and forms without their CSRF token, changing nothing', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM routing_rules')).rows[0];
    await post(admin, '/staff/admin/routing-rules', { department: 'TMF', keywords: 'x' }).expect(403);
    await post(admin, '/staff/admin/routing-rules/traffic/remove', { version: 'x' }).expect(403);
    for (const role of ['handler', 'department-lead', 'dispatcher', 'manager']) {
      const cookie = await signInAsStaff(t, { subject: `not-admin-${role}`, roles: [role], departments: ['TMF'] });
      const own = csrfOf((await page(cookie, '/staff/inbox').expect(200)).text);
      await page(cookie, '/staff/admin/routing-rules').expect(403);
      await page(cookie, '/staff/admin/routing-rules/traffic').expect(403);
      await post(cookie, '/staff/admin/routing-rules', { _csrf: own, id: `by-${role}`, department: 'TMF', keywords: 'x' }).expect(403);
      await post(cookie, '/staff/admin/routing-rules/traffic', { _csrf: own, version: 'x', department: 'BUF' }).expect(403);
      await post(cookie, '/staff/admin/routing-rules/traffic/remove', { _csrf: own, version: 'x' }).expect(403);
    }
    expect((await t.db.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM routing_rules')).rows[0]).toEqual(before);
    await page(admin, '/staff/admin/routing-rules/no-such-rule').expect(404);
  });
});
