import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** Category "other" has no routing rule: these wait for a dispatcher in the triage inbox. */
const other = (title: string, description: string) => validIdea({ title, description, category: 'other', district: 'valby' });
/** An href or attribute as the browser reads it (Handlebars escapes =). */
const unescaped = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

/** The models on the staff pages: the routing suggestion in the triage inbox and on the case page, the likely duplicates on the case page, each one click. */
describe('Staff pages: routing suggestions and likely duplicates', () => {
  let t: TestApp;
  let dispatcher: string;
  let handler: string;
  let as: Record<string, Record<string, string>>;

  const submit = async (idea: object) => (await t.http.post('/ideas').send(idea).expect(201)).body as { id: string; publicCode: string };

  beforeAll(async () => {
    t = await startTestApp('staff_pages_suggestions', { projections: true });
    as = await headersBySubject(t, ['dispatcher-dorte']);
    for (let i = 0; i < 3; i++) {
      const { id } = await submit(other(`Offentlige toiletter ${i}`, 'Der mangler toiletter ved legepladsen og skiltning.'));
      await t.http.post(`/ideas/${id}/route`).set(as['dispatcher-dorte']).set('If-Match', '"0"').send({ department: 'TMF', reason: 'By hand' }).expect(200);
    }
    for (let i = 0; i < 2; i++) {
      const { id } = await submit(other(`Koncerter i parken ${i}`, 'Gratis koncerter og kultur om sommeren.'));
      await t.http.post(`/ideas/${id}/route`).set(as['dispatcher-dorte']).set('If-Match', '"0"').send({ department: 'KFF', reason: 'By hand' }).expect(200);
    }
    dispatcher = await signInAsStaff(t, { subject: 'dorte', roles: ['dispatcher'] });
    handler = await signInAsStaff(t, { subject: 'hanna', roles: ['handler'], departments: ['TMF'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a dispatcher accepts the suggestion from the triage inbox in one click, recorded as a routing by hand that followed it', async () => {
    const fresh = await submit(other('Toiletter ved stranden', 'Vi mangler toiletter, især om sommeren ved legepladsen.'));
    const inbox = await eventually(
      () => t.http.get('/staff/inbox?queue=triage&lang=en').set('Cookie', dispatcher),
      (r) => r.status === 200 && unescaped(r.text).includes(`action="/staff/ideas/${fresh.id}/acceptSuggestion"`),
      15_000,
    );
    const html = unescaped(inbox.text);
    expect(html).toContain('Teknik- og Miljøforvaltningen, ');
    expect(html).toMatch(/toiletter/);
    const form = new RegExp(`action="/staff/ideas/${fresh.id}/acceptSuggestion"[\\s\\S]*?</form>`).exec(html)![0];
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)![1];
    const body = new URLSearchParams({ _csrf: csrfOf(html), revision: field('revision'), department: field('department'), back: field('back') });
    const accepted = await t.http.post(`/staff/ideas/${fresh.id}/acceptSuggestion`).set('Cookie', dispatcher).type('form').send(body.toString()).expect(303);
    expect(accepted.headers.location).toBe('/staff/inbox?queue=triage&done=acceptSuggestion');

    const { body: view } = await t.http.get(`/ideas/${fresh.id}`).set(as['dispatcher-dorte']).expect(200);
    expect(view.state.department).toBe('TMF');
    const routed = view.timeline.find((entry: { type: string }) => entry.type === 'IdeaRouted');
    expect(routed).toMatchObject({ actor: 'dorte' });
    const { rows } = await t.db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'IdeaRouted'`, [`idea-${fresh.id}`]);
    expect(rows[0].data).toMatchObject({ department: 'TMF', routedBy: 'hand', followedSuggestion: { confidence: expect.any(Number) } });
  });

  it('refuses an accepted suggestion the model no longer makes, and says so on the case page', async () => {
    const fresh = await submit(other('Toiletter i Valby', 'Flere toiletter ved legepladsen, tak.'));
    const page = await eventually(
      () => t.http.get(`/staff/ideas/${fresh.id}?lang=en`).set('Cookie', dispatcher),
      (r) => r.status === 200 && r.text.includes('/acceptSuggestion"'),
      15_000,
    );
    const body = new URLSearchParams({ _csrf: csrfOf(page.text), revision: '0', department: 'KFF' });
    const refused = await t.http.post(`/staff/ideas/${fresh.id}/acceptSuggestion`).set('Cookie', dispatcher).type('form').send(body.toString()).expect(409);
    expect(refused.text).toContain('Modellen foreslår nu en anden forvaltning'); // the page's default language
    const { body: view } = await t.http.get(`/ideas/${fresh.id}`).set(as['dispatcher-dorte']).expect(200);
    expect(view.state.department).toBeNull();
  });

  it('lists the likely duplicates on the case page and marks one in a click', async () => {
    const first = await submit(validIdea({ title: 'Cykelsti langs Valby Langgade', description: 'En sikker cykelsti langs Valby Langgade til skolen.' }));
    const again = await submit(
      validIdea({ title: 'Cykelsti på Valby Langgade', description: 'Vi ønsker en cykelsti langs Valby Langgade, så børn kan cykle sikkert.' }),
    );
    const page = await eventually(
      () => t.http.get(`/staff/ideas/${again.id}?lang=en`).set('Cookie', handler),
      (r) => r.status === 200 && r.text.includes(`value="${first.publicCode}"`),
      15_000,
    );
    expect(page.text).toContain('Likely duplicates');
    expect(page.text).toContain(`Mark as a duplicate of ${first.publicCode}`);
    const form = new RegExp(`<form[^>]*action="/staff/ideas/${again.id}/duplicate"[^>]*>(?:(?!</form>)[\\s\\S])*value="${first.publicCode}"`).exec(
      page.text,
    )![0];
    const revision = /name="revision" value="(\d+)"/.exec(form)![1];
    const body = new URLSearchParams({ _csrf: csrfOf(page.text), revision, duplicateOf: first.publicCode });
    await t.http.post(`/staff/ideas/${again.id}/duplicate`).set('Cookie', handler).type('form').send(body.toString()).expect(303);
    const { body: view } = await t.http.get(`/ideas/${again.id}`).set(as['dispatcher-dorte']).expect(200);
    expect(view.state).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
  });
});
