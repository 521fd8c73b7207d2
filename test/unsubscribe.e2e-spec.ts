import { startTestApp, validIdea, type TestApp } from './support/test-app';

/** RFC 8058 one-click unsubscribing from the citizen's e-mails: the link shows a page, only a POST stops the mails. */
describe('Unsubscribe link (/track/:token/unsubscribe)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('unsubscribe');
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = async (overrides: Record<string, unknown> = {}): Promise<{ id: string; trackingToken: string }> =>
    (await t.http.post('/ideas').send(validIdea(overrides)).expect(201)).body;
  const stoppedEvents = async (ideaId: string) =>
    (await t.db.query(`SELECT data, metadata FROM events WHERE stream_id LIKE '%' || $1 AND type = 'CitizenNotificationsStopped'`, [ideaId])).rows;

  it('shows a page with one button on GET, in the idea’s language, and changes nothing', async () => {
    const idea = await submit({ language: 'en' });
    const before = await t.eventCount();
    const page = await t.http.get(`/track/${idea.trackingToken}/unsubscribe`).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toMatch(
      /<form method="post">[\s\S]*<input type="hidden" name="List-Unsubscribe" value="One-Click">[\s\S]*<button type="submit">Stop e-mails<\/button>/,
    );
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).not.toContain(idea.trackingToken);
    expect(await t.eventCount()).toBe(before);
  });

  it.each([
    ['da', 'Vil du stoppe e-mails om dit forslag?', 'Stop e-mails'],
    ['sv', 'Vill du sluta få e-post om ditt förslag?', 'Stoppa e-post'],
  ])('speaks %s', async (language, question, button) => {
    const idea = await submit({ language });
    const page = await t.http.get(`/track/${idea.trackingToken}/unsubscribe`).expect(200);
    expect(page.text).toContain(`<html lang="${language}">`);
    expect(page.text).toContain(question);
    expect(page.text).toContain(`<button type="submit">${button}</button>`);
  });

  it('stops the e-mails on a JSON POST; again (JSON, one-click form, empty) is 200 with the same time and appends nothing', async () => {
    const idea = await submit();
    const first = await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).send({}).expect(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.body).toEqual({ unsubscribed: true, at: t.clock.now().toISOString() });
    const after = await t.eventCount();

    t.clock.advance(60_000);
    const again = [
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).send({}),
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).type('form').send('List-Unsubscribe=One-Click'),
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe`),
    ];
    for (const response of again) expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: first.body });
    expect(await t.eventCount()).toBe(after);
    const events = await stoppedEvents(idea.id);
    expect(events).toHaveLength(1);
    expect(events[0].metadata.actor).toBe('citizen');
  });

  it('takes a mail client’s one-click POST (a form body, any Accept) and answers JSON', async () => {
    const idea = await submit();
    const response = await t.http
      .post(`/track/${idea.trackingToken}/unsubscribe`)
      .set('Accept', '*/*')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(response.body).toEqual({ unsubscribed: true, at: expect.any(String) });
    expect(await stoppedEvents(idea.id)).toHaveLength(1);
  });

  it('answers the page’s own button (a form, from a browser) with a page, and the link then says it is done', async () => {
    const idea = await submit({ language: 'sv' });
    const confirmed = await t.http
      .post(`/track/${idea.trackingToken}/unsubscribe`)
      .set('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(confirmed.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(confirmed.text).toContain('Du får inte längre e-post om ditt förslag.');
    expect(await stoppedEvents(idea.id)).toHaveLength(1);

    const page = await t.http.get(`/track/${idea.trackingToken}/unsubscribe`).expect(200);
    expect(page.text).toContain('Du får inte längre e-post om ditt förslag.');
    expect(page.text).not.toContain('<form');
  });

  it('refuses a body that is not a one-click request with 422, and changes nothing', async () => {
    const idea = await submit();
    const before = await t.eventCount();
    for (const response of [
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).type('form').send('List-Unsubscribe=Maybe'),
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).send({ email: 'karen@example.dk' }),
    ]) {
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('answers a bad token with the same 404 as every tracking route', async () => {
    const idea = await submit();
    const forged = `${idea.trackingToken.slice(0, 22)}${'B'.repeat(32)}`;
    const before = await t.eventCount();
    const reference = await t.http.get(`/track/${forged}`).expect(404);
    const { instance: _, ...expected } = reference.body;
    for (const token of [forged, 'A'.repeat(54), 'abc']) {
      for (const response of [
        await t.http.get(`/track/${token}/unsubscribe`).set('Accept', 'text/html'),
        await t.http.post(`/track/${token}/unsubscribe`).send({}),
        await t.http.post(`/track/${token}/unsubscribe`).type('form').send('List-Unsubscribe=One-Click'),
      ]) {
        expect(response.status).toBe(404);
        expect(response.headers['content-type']).toBe(reference.headers['content-type']);
        expect(response.body).toEqual({ ...expected, instance: '/track/{token}/unsubscribe' });
      }
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('still refuses forms everywhere else with 415', async () => {
    const idea = await submit();
    const before = await t.eventCount();
    for (const response of [
      await t.http.post(`/track/${idea.trackingToken}/replies`).type('form').send('answer=Hello'),
      await t.http.post(`/track/${idea.trackingToken}/withdraw`).type('form').send('List-Unsubscribe=One-Click'),
      await t.http.post('/ideas').type('form').send('List-Unsubscribe=One-Click'),
      await t.http.post(`/track/${idea.trackingToken}/unsubscribe/extra`).type('form').send('List-Unsubscribe=One-Click'),
    ]) {
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ code: 'unsupported-media-type' });
    }
    // The one route takes forms, and still nothing but forms and JSON.
    expect((await t.http.post(`/track/${idea.trackingToken}/unsubscribe`).set('Content-Type', 'text/plain').send('List-Unsubscribe=One-Click')).status).toBe(
      415,
    );
    expect(await t.eventCount()).toBe(before);
  });

  it('counts against the tracking rate limit like every tracking route', async () => {
    const limited = await startTestApp('unsubscribe_rate_limit', { http: { rateLimits: { submitPerMinute: 0, trackPerMinute: 2 } } });
    try {
      const { body: idea } = await limited.http.post('/ideas').send(validIdea()).expect(201);
      await limited.http.get(`/track/${idea.trackingToken}/unsubscribe`).expect(200);
      await limited.http.post(`/track/${idea.trackingToken}/unsubscribe`).send({}).expect(200);
      const refused = await limited.http.post(`/track/${idea.trackingToken}/unsubscribe`).type('form').send('List-Unsubscribe=One-Click');
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await limited.close();
    }
  });
});
