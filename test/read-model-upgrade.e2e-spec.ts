import { PostgresEventStore } from '@civic/event-store';
import { WorkingDayCalendar } from '@civic/platform';
import { allProjections, catchUpProjection } from '@civic/projections';
import { eventually } from './support/eventually';
import { headersBySubject } from './support/test-auth';
import { startTestApp, startTestProjections, validIdea, type TestApp } from './support/test-app';

/**
 * An installation upgraded to a version whose read models have another
 * column: until the worker has rebuilt them the API says so (503 with
 * Retry-After, never a bare 500), and afterwards it serves them, with every
 * idea from before the upgrade.
 */
describe('Read models after an upgrade that changed their tables', () => {
  let t: TestApp;
  let as: Record<string, Record<string, string>>;
  let projections: { stop(): Promise<void> } | null = null;
  beforeAll(async () => {
    t = await startTestApp('read_model_upgrade');
    as = await headersBySubject(t, ['handler-anna', 'manager-mette']);
  });
  afterAll(async () => {
    await projections?.stop();
    await t.close();
  });

  /** The tables as the version before deadline_missed_at made them, with all the ideas so far projected. */
  async function downgradeReadModels(ideas: number): Promise<void> {
    const store = new PostgresEventStore(t.db);
    const projections = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }));
    // $all shows an event once every older transaction on the server has ended: catch up until all the ideas are in.
    const projected = await eventually(
      async () => {
        for (const projection of projections) await catchUpProjection(t.db, store, projection);
        return Number((await t.db.query('SELECT count(*) AS n FROM department_inbox')).rows[0].n);
      },
      (n) => n === ideas,
    );
    expect(projected).toBe(ideas);
    for (const table of ['department_inbox', 'response_times', 'response_time_histogram_ideas']) {
      await t.db.query(`DROP VIEW ${table}; ALTER TABLE ${table}_g1 DROP COLUMN deadline_missed_at; CREATE VIEW ${table} AS SELECT * FROM ${table}_g1`);
    }
    // The report reads the cells: as that version would have had them, without the misses.
    await t.db.query(
      `DROP VIEW response_time_histograms; ALTER TABLE response_time_histograms_g1 DROP COLUMN deadlines_missed; CREATE VIEW response_time_histograms AS SELECT * FROM response_time_histograms_g1`,
    );
  }

  it('answers 503 with Retry-After until the worker has rebuilt them, then serves every idea', async () => {
    const submitted = [];
    for (let n = 0; n < 3; n++)
      submitted.push(
        (
          await t.http
            .post('/ideas')
            .send(validIdea({ title: `Cykelsti nummer ${n}` }))
            .expect(201)
        ).body,
      );
    await downgradeReadModels(submitted.length);

    const before = await t.http.get('/departments/TMF/inbox').set(as['handler-anna']).expect(503);
    expect(before.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(before.headers['retry-after']).toBe('30');
    expect(before.body).toMatchObject({ status: 503, code: 'read-model-upgrading', title: 'This view is being rebuilt after an upgrade' });
    await t.http.get('/reports/response-times?from=2026-11-01&to=2026-12-01&groupBy=department').set(as['manager-mette']).expect(503);

    projections = startTestProjections(t.database.url);

    const inbox = await eventually(
      () => t.http.get('/departments/TMF/inbox').set(as['handler-anna']),
      (response) => response.status === 200 && response.body.items.length === submitted.length,
      20_000,
    );
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((item: { id: string }) => item.id).sort()).toEqual(submitted.map((idea) => idea.id).sort());
    expect(inbox.body.items[0]).toHaveProperty('deadlineMissedAt', null);
    const report = await eventually(
      () => t.http.get('/reports/response-times?from=2026-11-01&to=2026-12-01&groupBy=department').set(as['manager-mette']),
      (response) => response.status === 200 && response.body.groups[0]?.received === submitted.length,
      20_000,
    );
    expect(report.body.groups).toEqual([expect.objectContaining({ group: 'TMF', received: 3, deadlinesMissed: 0 })]);
  }, 60_000);
});
