import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@civic/event-store';
import { decide, foldIdea, ideaStreamId, isIdeaEvent } from '@civic/ideas';
import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';

const HOUR = 3_600_000;
const NOVEMBER = 'from=2026-11-01&to=2026-12-01';

describe('Management reports over HTTP', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  beforeAll(async () => {
    t = await startTestApp('reports', { projections: true });
    as = await headersBySubject(t, ['manager-mette', 'handler-anna', 'dispatcher-dorte']);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The idea routed to KFF by hand on 26 November and left unanswered. */
  let waitingId: string;

  const responseTimes = (query: string) => t.http.get(`/reports/response-times?${query}`).set(as['manager-mette']);

  it('counts a submitted and answered idea, in JSON and CSV, once the projection has caught up', async () => {
    // Tuesday 24 November 2026, 10:00 in Copenhagen. "traffic" is routed to TMF by rule (10 working days).
    const cycling = await t.http.post('/ideas').send(validIdea()).expect(201);
    expect(cycling.body).toMatchObject({ department: 'TMF', revision: 1 });
    const waiting = await t.http
      .post('/ideas')
      .send(validIdea({ title: 'Bænke ved søerne', description: 'Flere bænke langs søerne.', category: 'other', district: 'oesterbro' }))
      .expect(201);
    expect(waiting.body.department).toBeNull();
    waitingId = waiting.body.id;

    t.clock.advance(51 * HOUR); // Thursday 26 November, 13:00: two working days later
    await t.http
      .post(`/ideas/${cycling.body.id}/answer`)
      .set('If-Match', '"1"')
      .set(as['handler-anna'])
      .send({ decision: 'accepted', publicAnswer: 'Vi bygger cykelstien i 2027.' })
      .expect(200);
    await t.http
      .post(`/ideas/${waiting.body.id}/route`)
      .set('If-Match', '"0"')
      .set(as['dispatcher-dorte'])
      .send({ department: 'KFF', reason: 'Park furniture' })
      .expect(200);

    const report = await eventually(
      () => responseTimes(`${NOVEMBER}&groupBy=department`),
      (r) => r.status === 200 && r.body.total?.answered === 1 && r.body.groups.some((g: { group: string }) => g.group === 'KFF'),
    );
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toMatch(/^application\/json/);
    const answeredInTime = {
      medianWorkingDaysToAnswer: 2,
      p90WorkingDaysToAnswer: 2,
      medianHoursToAnswer: 51,
      p90HoursToAnswer: 51,
      answeredWithinDeadline: 1,
      answeredWithinDeadlineShare: 1,
    };
    const unanswered = {
      medianWorkingDaysToAnswer: null,
      p90WorkingDaysToAnswer: null,
      medianHoursToAnswer: null,
      p90HoursToAnswer: null,
      answeredWithinDeadline: 0,
      answeredWithinDeadlineShare: null,
    };
    expect(report.body).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
      timeZone: 'Europe/Copenhagen',
      groupBy: 'department',
      generatedAt: '2026-11-26T12:00:00.000Z',
      groups: [
        { group: 'KFF', received: 1, answered: 0, implemented: 0, openBacklog: 1, overdue: 0, deadlinesMissed: 0, ...unanswered },
        { group: 'TMF', received: 1, answered: 1, implemented: 0, openBacklog: 0, overdue: 0, deadlinesMissed: 0, ...answeredInTime },
      ],
      total: { received: 2, answered: 1, implemented: 0, openBacklog: 1, overdue: 0, deadlinesMissed: 0, ...answeredInTime },
    });

    const csv = await responseTimes(`${NOVEMBER}&groupBy=department`).set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="response-times-2026-11-01-2026-12-01.csv"');
    expect(csv.headers.vary).toMatch(/Accept/);
    expect(csv.text.split('\r\n')).toEqual([
      'department,received,answered,implemented,open_backlog,overdue,deadlines_missed,median_working_days_to_answer,p90_working_days_to_answer,median_hours_to_answer,p90_hours_to_answer,answered_within_deadline,answered_within_deadline_share',
      'KFF,1,0,0,1,0,0,,,,,0,',
      'TMF,1,1,0,0,0,0,2,2,51,51,1,1',
      'total,2,1,0,1,0,0,2,2,51,51,1,1',
      '',
    ]);
  });

  it("judges overdue against the app's clock: KFF's 10 working days from 26 November end on 10 December", async () => {
    t.clock.advance(19 * 24 * HOUR); // 15 December
    const report = await responseTimes(`${NOVEMBER}&groupBy=district`).expect(200);
    expect(report.body.groups).toEqual([
      expect.objectContaining({ group: 'amager-oest', received: 1, answered: 1, overdue: 0 }),
      expect.objectContaining({ group: 'oesterbro', received: 1, openBacklog: 1, overdue: 1, deadlinesMissed: 0 }), // overdue by the clock, no miss recorded yet
    ]);
  });

  it('counts a deadline recorded as missed in deadlinesMissed, in JSON and CSV, and still counts it once the idea is answered late', async () => {
    // What the deadline job does, straight through the event store: the domain decides, a system actor appends.
    const store = new PostgresEventStore(t.db, { pollIntervalMs: 100 });
    let revision: number;
    try {
      const stream = ideaStreamId(waitingId);
      const history = (await store.readStream(stream)).filter(isIdeaEvent);
      const routing = history.find((event) => event.type === 'IdeaRouted');
      expect(routing?.data).toMatchObject({ department: 'KFF', respondBy: '2026-12-10T23:00:00.000Z', responseWorkingDays: 10 });
      const at = '2026-12-11T06:00:00.000Z';
      const events = decide({ type: 'RecordMissedDeadline', ideaId: waitingId, at, respondBy: '2026-12-10T23:00:00.000Z' }, foldIdea(history));
      expect(events.map((event) => event.type)).toEqual(['ResponseDeadlineMissed']);
      const metadata = { correlationId: randomUUID(), causationId: null, actor: 'system:deadlines', occurredAt: at, schemaVersion: 1 };
      await store.appendToStream(
        stream,
        events.map(({ type, data }) => ({ type, data, metadata })),
        { expectedRevision: history.length - 1 },
      );
      revision = history.length;
    } finally {
      await store.close();
    }

    const report = await eventually(
      () => responseTimes(`${NOVEMBER}&groupBy=department`),
      (r) => r.body.total?.deadlinesMissed === 1,
    );
    expect(report.body.groups).toEqual([
      expect.objectContaining({ group: 'KFF', openBacklog: 1, overdue: 1, deadlinesMissed: 1 }),
      expect.objectContaining({ group: 'TMF', answered: 1, overdue: 0, deadlinesMissed: 0 }),
    ]);
    expect(report.body.total).toMatchObject({ received: 2, overdue: 1, deadlinesMissed: 1 });
    const csv = await responseTimes(`${NOVEMBER}&groupBy=department`).set('Accept', 'text/csv').expect(200);
    expect(csv.text.split('\r\n').slice(1, 4)).toEqual(['KFF,1,0,0,1,1,1,,,,,0,', 'TMF,1,1,0,0,0,0,2,2,51,51,1,1', 'total,2,1,0,1,1,1,2,2,51,51,1,1']);

    // Answered late: no longer overdue, but the miss stays on record.
    await t.http
      .post(`/ideas/${waitingId}/answer`)
      .set('If-Match', `"${revision}"`)
      .set(as['handler-anna'])
      .send({ decision: 'declined', publicAnswer: 'Det er ikke muligt.' })
      .expect(200);
    const answered = await eventually(
      () => responseTimes(`${NOVEMBER}&groupBy=department`),
      (r) => r.body.total?.answered === 2,
    );
    expect(answered.body.groups[0]).toMatchObject({ group: 'KFF', answered: 1, openBacklog: 0, overdue: 0, deadlinesMissed: 1, answeredWithinDeadline: 0 });

    // Throughput counts the miss in the month it was recorded.
    const throughput = await t.http.get('/reports/throughput?from=2026-11-01&to=2027-01-01').set(as['manager-mette']).expect(200);
    expect(throughput.body.months).toEqual([
      { month: '2026-11', received: 2, answered: 1, implemented: 0, deadlinesMissed: 0 },
      { month: '2026-12', received: 0, answered: 1, implemented: 0, deadlinesMissed: 1 },
    ]);
    const throughputCsv = await t.http.get('/reports/throughput?from=2026-12-01&to=2027-01-01').set(as['manager-mette']).set('Accept', 'text/csv').expect(200);
    expect(throughputCsv.text).toBe('month,received,answered,implemented,deadlines_missed\r\n2026-12,0,1,0,1\r\n');
  });

  it('reports throughput per month, by default over the last 12 months, also as CSV', async () => {
    const report = await t.http.get('/reports/throughput').set(as['manager-mette']).expect(200);
    expect(report.body).toMatchObject({ from: '2026-01-01', to: '2027-01-01', timeZone: 'Europe/Copenhagen' });
    expect(report.body.months).toHaveLength(12);
    expect(report.body.months.find((m: { month: string }) => m.month === '2026-11')).toEqual({
      month: '2026-11',
      received: 2,
      answered: 1,
      implemented: 0,
      deadlinesMissed: 0,
    });
    expect(report.body.months.find((m: { month: string }) => m.month === '2026-10')).toEqual({
      month: '2026-10',
      received: 0,
      answered: 0,
      implemented: 0,
      deadlinesMissed: 0,
    });

    const csv = await t.http.get('/reports/throughput?from=2026-10-01&to=2026-12-01').set(as['manager-mette']).set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="throughput-2026-10-01-2026-12-01.csv"');
    expect(csv.text).toBe('month,received,answered,implemented,deadlines_missed\r\n2026-10,0,0,0,0\r\n2026-11,2,1,0,0\r\n');
  });

  it('documents both reports, their parameters and CSV in the OpenAPI document', async () => {
    const { body } = await t.http.get('/docs/openapi.json').expect(200);
    const responseTimesDoc = body.paths['/reports/response-times'].get;
    expect(responseTimesDoc.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'groupBy', 'Accept']));
    expect(Object.keys(responseTimesDoc.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    expect(body.paths['/reports/throughput'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to']));
    expect(body.components.schemas.ResponseTimesFiguresView.properties.deadlinesMissed.description).toMatch(/Unlike overdue/);
    expect(body.components.schemas.ThroughputMonthView.properties).toHaveProperty('deadlinesMissed');
  });

  it('refuses bad periods and groupings with a 422 problem, and an unusable Accept with 406', async () => {
    for (const query of [
      'groupBy=week',
      'from=2026-02-30',
      'from=26-01-01',
      'to=tomorrow',
      'from=2026-05-01&to=2026-05-01',
      'from=2026-06-01&to=2026-05-01',
      'from=2000-01-01&to=2026-01-01',
      'color=blue',
    ]) {
      const r = await responseTimes(query);
      expect({ query, status: r.status, type: r.headers['content-type'] }).toEqual({
        query,
        status: 422,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(r.body.errors?.length).toBeGreaterThan(0);
    }
    const xml = await responseTimes(NOVEMBER).set('Accept', 'application/xml');
    expect(xml.status).toBe(406);
    expect(xml.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
