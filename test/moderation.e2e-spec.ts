import { PostgresEventStore } from '@civic/event-store';
import { moderationQueueProjection, publicStatusProjection, similarIdeasProjection } from '@civic/projections';
import { catchUpToNewest } from '@civic/projections/testing';
import { eventually } from './support/eventually';
import { csrfOf, signInAsStaff } from './support/staff-session';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * Moderation over HTTP: citizens report a public idea (rate-limited), the
 * reports queue it for review and never hide it by themselves; staff hide
 * the text with a reason (the public page and JSON then say why, the case
 * stays public), restore it, or dismiss the reports.
 */
describe('Moderation', () => {
  let t: TestApp;
  let dispatcher: Record<string, string>;
  let handler: Record<string, string>;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('moderation');
    dispatcher = await t.staff({ sub: 'dora', roles: ['dispatcher'], departments: [] });
    handler = await t.staff({ sub: 'hans', roles: ['handler'], departments: ['TMF'] });
    manager = await t.staff({ sub: 'mona', roles: ['manager'], departments: [] });
  }, 60_000);
  afterAll(() => t?.close());

  /** This app runs no projections: the test brings the read models it reads up to the newest event. */
  const catchUp = async () => {
    const store = new PostgresEventStore(t.db);
    try {
      for (const projection of [publicStatusProjection(), similarIdeasProjection(), moderationQueueProjection()])
        await catchUpToNewest(t.db, store, projection);
    } finally {
      await store.close();
    }
  };
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const { body } = await t.http.post('/ideas').send(validIdea(overrides)).expect(201);
    await catchUp();
    return body as { id: string; publicCode: string; revision: number; trackingToken: string };
  };
  const revisionOf = async (id: string) => (await t.http.get(`/ideas/${id}`).set(dispatcher).expect(200)).body.revision as number;
  const queue = async () => {
    await catchUp();
    return (await t.http.get('/moderation/queue').set(dispatcher).expect(200)).body.items as {
      ideaId: string;
      openReports: number;
      recentReports: { reason: string }[];
    }[];
  };
  const publicIdea = async (code: string) => (await t.http.get(`/public/ideas/${code}`).set('Accept', 'application/json').expect(200)).body;

  it('reports queue an idea for review and never hide it, however many there are', async () => {
    const idea = await submit({ title: 'Bænke ved søerne', description: 'Flere bænke langs søerne til ældre.' });
    const revision = await revisionOf(idea.id);
    for (const reason of ['offensive', 'spam', 'offensive', 'other', 'personal-data', 'offensive'])
      await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason, note: 'Look at it' }).expect(201);
    // Not one event in the idea's own stream: a crowd of reports does not touch the case.
    expect(await revisionOf(idea.id)).toBe(revision);
    const item = (await queue()).find((entry) => entry.ideaId === idea.id);
    expect(item).toMatchObject({ openReports: 6 });
    expect(item?.recentReports.map((report) => report.reason)).toEqual(['offensive', 'personal-data', 'other', 'offensive', 'spam']);
    const shown = await publicIdea(idea.publicCode);
    expect(shown).toMatchObject({ title: 'Bænke ved søerne', description: 'Flere bænke langs søerne til ældre.', hiddenText: null });
  });

  it('report → queue → hide → the public page and JSON say why → restore', async () => {
    const idea = await submit({ title: 'Grimme ord om naboen', description: 'Naboen er en idiot og bør flytte.' });
    await t.http.post(`/public/ideas/${idea.publicCode.toLowerCase()}/reports`).send({ reason: 'offensive' }).expect(201);
    expect((await queue()).some((entry) => entry.ideaId === idea.id)).toBe(true);

    // A handler may not moderate; a dispatcher may, with the revision read.
    await t.http
      .post(`/ideas/${idea.id}/hide`)
      .set(handler)
      .set('If-Match', `"${await revisionOf(idea.id)}"`)
      .send({ reason: 'offensive' })
      .expect(403);
    await t.http.post(`/ideas/${idea.id}/hide`).set(dispatcher).send({ reason: 'offensive' }).expect(428);
    const hidden = await t.http
      .post(`/ideas/${idea.id}/hide`)
      .set(dispatcher)
      .set('If-Match', `"${await revisionOf(idea.id)}"`)
      .send({ reason: 'offensive', note: 'Insults a neighbour' })
      .expect(200);
    expect((await queue()).some((entry) => entry.ideaId === idea.id)).toBe(false);

    const json = await publicIdea(idea.publicCode);
    expect(json).toMatchObject({ publicCode: idea.publicCode, status: 'routed', hiddenText: { reason: 'offensive' } });
    expect(json.title).toBe('Teksten er skjult af kommunen, fordi den var krænkende.');
    expect(json.description).toBe(json.title);
    expect(JSON.stringify(json)).not.toMatch(/idiot|naboen/i);
    const page = await t.http.get(`/public/ideas/${idea.publicCode}`).set('Accept', BROWSER).expect(200);
    expect(page.text).toContain('Teksten er skjult af kommunen, fordi: den var krænkende.');
    expect(page.text).toContain(idea.publicCode);
    expect(page.text).not.toMatch(/idiot|Grimme ord/);
    const listPage = await t.http.get('/public/ideas').set('Accept', BROWSER).expect(200);
    expect(listPage.text).not.toMatch(/idiot|Grimme ord/);
    // Neither the list's search nor the similar-ideas search finds or shows the hidden text.
    const listed = await t.http.get('/public/ideas').query({ q: 'idiot' }).set('Accept', 'application/json').expect(200);
    expect(listed.body.items).toEqual([]);
    const similar = await t.http.get('/public/ideas/similar').query({ text: 'grimme ord om naboen idiot' }).set('Accept', 'application/json').expect(200);
    expect(JSON.stringify(similar.body)).not.toContain(idea.publicCode);

    // The citizen's own tracking page still shows their text, and says that it is hidden from the public page, and why (never by whom).
    const tracked = await t.http.get(`/track/${idea.trackingToken}`).set('Accept', 'application/json').expect(200);
    expect(tracked.body).toMatchObject({ title: 'Grimme ord om naboen', hiddenText: { reason: 'offensive', hiddenAt: expect.any(String) } });
    expect(JSON.stringify(tracked.body)).not.toMatch(/dora|Insults/);
    const trackingPage = await t.http.get(`/track/${idea.trackingToken}`).set('Accept', BROWSER).expect(200);
    expect(trackingPage.text).toContain('Grimme ord om naboen');
    expect(trackingPage.text).toMatch(/skjulte kommunen din titel og beskrivelse på idéens offentlige side, fordi den var krænkende\./);
    const inEnglish = await t.http.get(`/track/${idea.trackingToken}`).query({ lang: 'en' }).set('Accept', BROWSER).expect(200);
    expect(inEnglish.text).toContain('Hidden from the public page');
    expect(inEnglish.text).toContain('because it was offensive.');

    // Hiding twice is a conflict; the audit trail says who hid it and why.
    await t.http.post(`/ideas/${idea.id}/hide`).set(dispatcher).set('If-Match', `"${hidden.body.revision}"`).send({ reason: 'spam' }).expect(409);
    const audit = (await t.http.get(`/ideas/${idea.id}`).set(dispatcher).expect(200)).body;
    expect(audit.state.hiddenText).toMatchObject({ reason: 'offensive', by: 'dora' });

    await t.http.post(`/ideas/${idea.id}/restore`).set(manager).set('If-Match', `"${hidden.body.revision}"`).expect(403);
    const restored = await t.http.post(`/ideas/${idea.id}/restore`).set(dispatcher).set('If-Match', `"${hidden.body.revision}"`).expect(200);
    await catchUp();
    expect(await publicIdea(idea.publicCode)).toMatchObject({ title: 'Grimme ord om naboen', hiddenText: null });
    expect((await t.http.get(`/track/${idea.trackingToken}`).set('Accept', 'application/json').expect(200)).body.hiddenText).toBeNull();
    expect((await t.http.get(`/track/${idea.trackingToken}`).set('Accept', BROWSER).expect(200)).text).not.toContain('skjulte kommunen');
    await t.http.post(`/ideas/${idea.id}/restore`).set(dispatcher).set('If-Match', `"${restored.body.revision}"`).expect(409);
  });

  it('dismisses the open reports (reviewed, kept visible); a later report opens it again', async () => {
    const idea = await submit({ title: 'Hundeskov i parken' });
    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'spam' }).expect(201);
    await queue();
    const dismissed = await t.http
      .post(`/ideas/${idea.id}/reports/dismiss`)
      .set(dispatcher)
      .set('If-Match', `"${await revisionOf(idea.id)}"`)
      .expect(200);
    expect((await queue()).some((entry) => entry.ideaId === idea.id)).toBe(false);
    expect((await publicIdea(idea.publicCode)).title).toBe('Hundeskov i parken');
    const again = await t.http.post(`/ideas/${idea.id}/reports/dismiss`).set(dispatcher).set('If-Match', `"${dismissed.body.revision}"`).expect(409);
    expect(again.body.type).toContain('no-open-reports');
    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'other' }).expect(201);
    expect((await queue()).find((entry) => entry.ideaId === idea.id)?.openReports).toBe(1);
  });

  it('the idea page’s report form: CSRF-protected, works without JavaScript, errors beside the fields, a thank-you page', async () => {
    const idea = await submit({ title: 'Lys på stien' });
    const page = await t.http.get(`/public/ideas/${idea.publicCode}`).set('Accept', BROWSER).expect(200);
    expect(page.text).toContain(`action="/pages/public/ideas/${idea.publicCode}/report"`);
    const cookie = (page.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const reports = async () => Number((await t.db.query(`SELECT count(*) AS n FROM events WHERE type = 'IdeaReported'`)).rows[0].n);
    const before = await reports();
    const path = `/pages/public/ideas/${idea.publicCode}/report`;
    await t.http.post(path).type('form').send({ reason: 'spam', _csrf: 'made-up' }).expect(403);
    const invalid = await t.http.post(path).set('Cookie', cookie).type('form').send({ _csrf: csrf, note: 'Hmm' }).expect(422);
    expect(invalid.text).toMatch(/id=['"]report-reason-error['"]/);
    expect(invalid.text).toContain('>Hmm</textarea>');
    expect(await reports()).toBe(before);
    const sent = await t.http.post(path).set('Cookie', cookie).type('form').send({ _csrf: csrf, reason: 'offensive', note: '' }).expect(303);
    expect(sent.headers.location).toBe(`/pages/public/ideas/${idea.publicCode}/reported`);
    const thanks = await t.http.get(sent.headers.location).set('Cookie', 'lang=en').expect(200);
    expect(thanks.text).toMatch(/Thank you|Tak/);
    expect(await reports()).toBe(before + 1);
  });

  it('the staff pages: the queue lists the reported idea; the case page hides, restores and dismisses by its forms', async () => {
    const idea = await submit({ title: 'Skilte ved skolen' });
    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'personal-data', note: 'Navn på et barn' }).expect(201);
    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'spam' }).expect(201);
    await t.http
      .post(`/public/ideas/${idea.publicCode}/reports`)
      .send({ reason: 'other', note: 'Skriv til mig på rapportør@example.dk eller 12 34 56 78' })
      .expect(201);
    // Nobody could erase an anonymous reporter's data later: the event never holds it.
    const notes = (await t.db.query(`SELECT data->>'note' AS note FROM events WHERE type = 'IdeaReported' AND data->>'reason' = 'other'`)).rows.map(
      (r) => r.note,
    );
    expect(notes.join(' ')).not.toMatch(/example\.dk|12 34 56 78/);
    expect(notes.some((note) => note?.startsWith('Skriv til mig på'))).toBe(true);
    await catchUp();
    const cookie = await signInAsStaff(t, { subject: 'dora', roles: ['dispatcher'], departments: [] });
    const queuePage = await t.http.get('/staff/moderation').set('Cookie', cookie).expect(200);
    expect(queuePage.text).toContain(`href="/staff/ideas/${idea.id}"`);
    expect(queuePage.text).toContain('Navn på et barn');
    const handlerCookie = await signInAsStaff(t, { subject: 'hans', roles: ['handler'], departments: ['TMF'] });
    await t.http.get('/staff/moderation').set('Cookie', handlerCookie).expect(403);

    const form = async () => {
      const page = await t.http.get(`/staff/ideas/${idea.id}`).set('Cookie', cookie).expect(200);
      return { page, csrf: csrfOf(page.text), revision: /name="revision" value="(\d+)"/.exec(page.text)![1] };
    };
    let { page, csrf, revision } = await form();
    expect(page.text).toContain(`action="/staff/ideas/${idea.id}/dismissReports"`);
    const noReason = await t.http.post(`/staff/ideas/${idea.id}/hide`).set('Cookie', cookie).type('form').send({ _csrf: csrf, revision }).expect(422);
    expect(noReason.text).toContain('aria-describedby="hide-reason-error"');
    await t.http.post(`/staff/ideas/${idea.id}/hide`).set('Cookie', cookie).type('form').send({ _csrf: csrf, revision, reason: 'personal-data' }).expect(303);
    await catchUp();
    expect(await publicIdea(idea.publicCode)).toMatchObject({ hiddenText: { reason: 'personal-data' } });
    expect((await t.http.get('/staff/moderation').set('Cookie', cookie).expect(200)).text).not.toContain(idea.publicCode);
    ({ page, csrf, revision } = await form());
    expect(page.text).not.toContain(`/staff/ideas/${idea.id}/dismissReports`);
    await t.http.post(`/staff/ideas/${idea.id}/restore`).set('Cookie', cookie).type('form').send({ _csrf: csrf, revision }).expect(303);
    await catchUp();
    expect(await publicIdea(idea.publicCode)).toMatchObject({ title: 'Skilte ved skolen', hiddenText: null });

    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'offensive' }).expect(201);
    await catchUp();
    ({ csrf, revision } = await form());
    await t.http.post(`/staff/ideas/${idea.id}/dismissReports`).set('Cookie', cookie).type('form').send({ _csrf: csrf, revision }).expect(303);
    expect((await queue()).some((entry) => entry.ideaId === idea.id)).toBe(false);
  });

  it('answers bad reports with problems, never a 500', async () => {
    const idea = await submit();
    const bad = await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'dislike' }).expect(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await t.http
      .post(`/public/ideas/${idea.publicCode}/reports`)
      .send({ reason: 'other', note: 'x'.repeat(501) })
      .expect(422);
    await t.http.post('/public/ideas/K-2026-999999/reports').send({ reason: 'spam' }).expect(404);
    await t.http.post('/public/ideas/not-a-code/reports').send({ reason: 'spam' }).expect(404);
    await t.http.post(`/ideas/${idea.id}/hide`).set(dispatcher).set('If-Match', `"${idea.revision}"`).send({ reason: 'boring' }).expect(422);
    await t.http.get('/moderation/queue').set(handler).expect(403);
    await t.http.get('/moderation/queue').set(manager).expect(200);
  });
});

describe('Moderation rate limit', () => {
  it('counts reports with the other public posts per address, refusing past the limit with 429', async () => {
    const t = await startTestApp('moderation_limit', { http: { rateLimits: { submitPerMinute: 2, trackPerMinute: 2 } } });
    try {
      const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
      const store = new PostgresEventStore(t.db);
      await catchUpToNewest(t.db, store, publicStatusProjection()).finally(() => store.close());
      await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'spam' }).expect(201);
      const refused = await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'spam' }).expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
    } finally {
      await t.close();
    }
  });
});

describe('Moderation with the worker’s projections running', () => {
  let t: TestApp;
  let dispatcher: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('moderation_live', { projections: true });
    dispatcher = await t.staff({ sub: 'dora', roles: ['dispatcher'], departments: [] });
  }, 60_000);
  afterAll(() => t?.close());

  it('dismisses a report made a moment ago, before the queue shows it, and refuses once none is open', async () => {
    const { body: idea } = await t.http
      .post('/ideas')
      .send(validIdea({ title: 'Affald ved legepladsen' }))
      .expect(201);
    // The public page (which takes reports) once its read model has the idea.
    await eventually(
      () => t.http.get(`/public/ideas/${idea.publicCode}`).set('Accept', 'application/json'),
      (response) => response.status === 200,
    );
    const revision = (await t.http.get(`/ideas/${idea.id}`).set(dispatcher).expect(200)).body.revision as number;
    await t.http.post(`/public/ideas/${idea.publicCode}/reports`).send({ reason: 'spam' }).expect(201);
    // At once: the moderation queue follows $all a moment behind, and the dismissal waits for it to hold the report.
    const dismissed = await t.http.post(`/ideas/${idea.id}/reports/dismiss`).set(dispatcher).set('If-Match', `"${revision}"`).expect(200);
    const events = await t.db.query(`SELECT data FROM events WHERE type = 'IdeaReportsDismissed' AND stream_id = $1`, [`idea-${idea.id}`]);
    expect(events.rows.map((row) => row.data.reports)).toEqual([1]);
    const again = await t.http.post(`/ideas/${idea.id}/reports/dismiss`).set(dispatcher).set('If-Match', `"${dismissed.body.revision}"`).expect(409);
    expect(again.body.type).toContain('no-open-reports');
  });
});
