import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@civic/event-store';
import { decide, foldIdea, ideaStreamId, isIdeaEvent } from '@civic/ideas';
import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

interface InboxItem {
  id: string;
  status: string;
  assignee: string | null;
  dueAt: string | null;
  overdue: boolean;
  deadlineMissedAt: string | null;
  [field: string]: unknown;
}
interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}

const DAY = 86_400_000;
/** validIdea's text names bikes and schools, which keyword rules send to TMF; this one leaves routing to the category. */
const NEUTRAL = 'Et forslag til kommunen.';

describe('Department and triage inboxes, over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('department_inbox', { projections: true });
    as = await headersBySubject(t, ['handler-anna', 'dispatcher-dorte']);
  });
  afterAll(async () => {
    await t.close();
  });

  const inbox = async (path: string, query: Record<string, string | number | boolean> = {}): Promise<InboxPage> =>
    (await t.http.get(path).query(query).set(as['handler-anna']).expect(200)).body;
  const ids = (page: InboxPage) => page.items.map((item) => item.id);
  /** Read models follow the events a moment later: poll, bounded. */
  const until = (path: string, check: (page: InboxPage) => boolean, query: Record<string, string | number | boolean> = {}) =>
    eventually(() => inbox(path, query), check, 5000);
  const staff = (id: string, path: string, revision: number, body: object) =>
    t.http.post(`/ideas/${id}${path}`).set('If-Match', `"${revision}"`).set(as['dispatcher-dorte']).send(body).expect(200);

  it('shows an idea a rule routed in its department inbox, with the response deadline 10 working days on', async () => {
    const { body } = await t.http
      .post('/ideas')
      .send(validIdea({ title: 'Sikker cykelsti langs Amager Strandvej' }))
      .expect(201);
    expect(body).toMatchObject({ status: 'routed', department: 'TMF' });

    const page = await until('/departments/TMF/inbox', (p) => ids(p).includes(body.id));
    expect(page.items.find((item) => item.id === body.id)).toEqual({
      id: body.id,
      publicCode: body.publicCode,
      title: 'Sikker cykelsti langs Amager Strandvej',
      status: 'routed',
      category: 'traffic',
      district: 'amager-oest',
      assignee: null,
      receivedAt: '2026-11-24T09:00:00.000Z',
      routedAt: '2026-11-24T09:00:00.000Z',
      dueAt: '2026-12-08T23:00:00.000Z', // Tuesday 24 Nov + 10 working days, Copenhagen midnight
      overdue: false,
      deadlineMissedAt: null,
      lastActivityAt: '2026-11-24T09:00:00.000Z',
      revision: 1,
      questionOpen: false,
      citizenReplied: false,
      supports: 0,
    });
    expect(page.nextCursor).toBeNull();
    expect(ids(await inbox('/triage/inbox'))).not.toContain(body.id);
  });

  it('keeps an idea no rule routed in the triage inbox, and moves it when routed by hand, then again when re-routed', async () => {
    const { body } = await t.http
      .post('/ideas')
      .send(validIdea({ title: 'Bænke ved søerne', description: 'Flere bænke langs Sortedams Sø.', category: 'other', district: 'oesterbro' }))
      .expect(201);
    expect(body.department).toBeNull();
    expect(ids(await until('/triage/inbox', (p) => ids(p).includes(body.id)))).toContain(body.id);

    t.clock.advance(DAY); // Wednesday
    await staff(body.id, '/route', 0, { department: 'KFF', reason: 'Lakeside furniture is culture and leisure' });
    const kff = await until('/departments/KFF/inbox', (p) => ids(p).includes(body.id));
    expect(kff.items.find((item) => item.id === body.id)).toMatchObject({
      status: 'routed',
      routedAt: '2026-11-25T09:00:00.000Z',
      dueAt: '2026-12-09T23:00:00.000Z',
    });
    expect(ids(await until('/triage/inbox', (p) => !ids(p).includes(body.id)))).not.toContain(body.id);

    await staff(body.id, '/assign', 1, { assignee: 'handler-karl' });
    await until('/departments/KFF/inbox', (p) => p.items.some((item) => item.id === body.id && item.assignee === 'handler-karl'));
    t.clock.advance(DAY); // Thursday
    await staff(body.id, '/route', 2, { department: 'TMF', reason: 'Actually park furniture' });
    const tmf = await until('/departments/TMF/inbox', (p) => ids(p).includes(body.id));
    // The deadline promised at the first routing goes with the idea (not TMF's 10 days from Thursday, 10 Dec); the assignee stays with the old department.
    expect(tmf.items.find((item) => item.id === body.id)).toMatchObject({
      assignee: null,
      routedAt: '2026-11-26T09:00:00.000Z',
      dueAt: '2026-12-09T23:00:00.000Z',
    });
    expect(ids(await until('/departments/KFF/inbox', (p) => !ids(p).includes(body.id)))).not.toContain(body.id);
  });

  it('filters by assignee, unassigned, overdue (by the app clock), category and title, and drops ideas once answered', async () => {
    const submit = async (overrides: object) =>
      (
        await t.http
          .post('/ideas')
          .send(validIdea({ category: 'social', description: NEUTRAL, ...overrides }))
          .expect(201)
      ).body;
    const mine = await submit({ title: 'Varmestue om vinteren', district: 'valby' });
    const other = await submit({ title: 'Natcafé for unge' });
    await staff(mine.id, '/assign', 1, { assignee: 'handler-sif' });
    await until('/departments/SOF/inbox', (p) => p.items.some((item) => item.id === mine.id && item.assignee === 'handler-sif') && ids(p).includes(other.id));

    expect(ids(await inbox('/departments/SOF/inbox', { assignee: 'handler-sif' }))).toEqual([mine.id]);
    expect(ids(await inbox('/departments/SOF/inbox', { unassigned: true }))).toEqual([other.id]);
    expect(ids(await inbox('/departments/SOF/inbox', { district: 'valby' }))).toEqual([mine.id]);
    expect(ids(await inbox('/departments/SOF/inbox', { q: 'VARMESTUE' }))).toEqual([mine.id]);
    expect(ids(await inbox('/departments/SOF/inbox', { status: 'routed,assigned', category: 'social' })).sort()).toEqual([mine.id, other.id].sort());
    expect(ids(await inbox('/departments/SOF/inbox', { overdue: true }))).toEqual([]);

    t.clock.advance(30 * DAY);
    const late = await inbox('/departments/SOF/inbox', { overdue: true });
    expect(ids(late).sort()).toEqual([mine.id, other.id].sort());
    expect(late.items.every((item) => item.overdue)).toBe(true);

    await staff(other.id, '/answer', 1, { decision: 'declined', publicAnswer: 'Det ligger uden for kommunens opgaver.' });
    expect(ids(await until('/departments/SOF/inbox', (p) => !ids(p).includes(other.id)))).toEqual([mine.id]);
  });

  it('shows when a missed deadline was recorded, and keeps showing it after the late answer of an accepted idea', async () => {
    const { body } = await t.http
      .post('/ideas')
      .send(validIdea({ category: 'culture-leisure', description: NEUTRAL, title: 'Koncerter i parken' }))
      .expect(201);
    const before = (await until('/departments/KFF/inbox', (p) => ids(p).includes(body.id))).items.find((item) => item.id === body.id)!;
    const dueAt = before.dueAt;
    t.clock.advance(Date.parse(dueAt!) + DAY - t.clock.now().getTime());
    // What the deadline job does, straight through the event store: the domain decides, a system actor appends.
    const store = new PostgresEventStore(t.db, { pollIntervalMs: 100 });
    const at = t.clock.now().toISOString();
    try {
      const stream = ideaStreamId(body.id);
      const history = (await store.readStream(stream)).filter(isIdeaEvent);
      const events = decide({ type: 'RecordMissedDeadline', ideaId: body.id, at, respondBy: dueAt! }, foldIdea(history));
      const metadata = { correlationId: randomUUID(), causationId: null, actor: 'system:deadlines', occurredAt: at, schemaVersion: 1 };
      await store.appendToStream(
        stream,
        events.map(({ type, data }) => ({ type, data, metadata })),
        { expectedRevision: history.length - 1 },
      );
    } finally {
      await store.close();
    }
    const missed = (await until('/departments/KFF/inbox', (p) => p.items.some((item) => item.id === body.id && item.deadlineMissedAt !== null))).items.find(
      (item) => item.id === body.id,
    );
    expect(missed).toMatchObject({ dueAt, overdue: true, deadlineMissedAt: at, lastActivityAt: before.lastActivityAt }); // the job's record is no activity on the case

    await staff(body.id, '/answer', 2, { decision: 'accepted', publicAnswer: 'Vi holder koncerter til sommer.' });
    const answered = (await until('/departments/KFF/inbox', (p) => p.items.some((item) => item.id === body.id && item.status === 'answered'))).items.find(
      (item) => item.id === body.id,
    );
    expect(answered).toMatchObject({ overdue: false, deadlineMissedAt: at });
  });

  it('pages through an inbox with an opaque cursor, each idea exactly once', async () => {
    const submitted = await Promise.all(
      Array.from(
        { length: 7 },
        async (_, n) =>
          (
            await t.http
              .post('/ideas')
              .send(validIdea({ category: 'employment', description: NEUTRAL, title: `Job idé ${n}` }))
              .expect(201)
          ).body.id as string,
      ),
    );
    await until('/departments/BIF/inbox', (p) => p.items.length === submitted.length, { limit: 100 });
    for (const sort of ['dueAt', 'receivedAt', 'lastActivityAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: InboxPage = await inbox('/departments/BIF/inbox', { sort, limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual([...submitted].sort());
    }
  });

  it('reads a department code with a non-ASCII letter', async () => {
    await t.http
      .get(`/departments/${encodeURIComponent('ØKF')}/inbox`)
      .set(as['handler-anna'])
      .expect(200);
  });

  it.each([
    ['an unknown department', '/departments/XYZ/inbox', 404, 'unknown-department'],
    ['an unknown sort', '/departments/TMF/inbox?sort=title', 422, 'validation-failed'],
    ['an unknown status', '/departments/TMF/inbox?status=routed,implemented', 422, 'validation-failed'],
    ['a limit over 100', '/departments/TMF/inbox?limit=101', 422, 'validation-failed'],
    ['a limit that is no number', '/triage/inbox?limit=ten', 422, 'validation-failed'],
    ['a boolean that is no boolean', '/departments/TMF/inbox?overdue=yes', 422, 'validation-failed'],
    ['an assignee with unassigned=true', '/departments/TMF/inbox?assignee=handler-anna&unassigned=true', 422, 'validation-failed'],
    ['an unknown filter', '/departments/TMF/inbox?colour=red', 422, 'validation-failed'],
    ['a cursor this API did not write', '/departments/TMF/inbox?cursor=bm90LWEtY3Vyc29y', 400, 'bad-cursor'],
  ])('answers %s with a problem document', async (_, path, status, code) => {
    const response = await t.http.get(path).set(as['handler-anna']).expect(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code });
  });

  it('refuses a cursor from a listing sorted another way', async () => {
    await Promise.all(
      Array.from({ length: 3 }, () =>
        t.http
          .post('/ideas')
          .send(validIdea({ category: 'sports', description: NEUTRAL, title: 'Udendørs fitness' }))
          .expect(201),
      ),
    );
    const first = await until('/departments/KFF/inbox', (p) => p.nextCursor !== null, { limit: 1 });
    const response = await t.http
      .get('/departments/KFF/inbox')
      .set(as['handler-anna'])
      .query({ limit: 1, sort: 'receivedAt', cursor: first.nextCursor! })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'bad-cursor', errors: [{ field: 'cursor' }] });
  });

  it('documents both inboxes in the OpenAPI document', async () => {
    const { body } = await t.http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/departments/{code}/inbox', '/triage/inbox']));
    const parameters = body.paths['/departments/{code}/inbox'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['code', 'status', 'assignee', 'unassigned', 'overdue', 'category', 'district', 'q', 'sort', 'order', 'limit', 'cursor']),
    );
  });
});
