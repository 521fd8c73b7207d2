import { randomUUID } from 'node:crypto';
import { ideaStreamId, type IdeaEvent } from '@civic/ideas';
import { PostgresEventStore } from '@civic/event-store';
import { WorkingDayCalendar } from '@civic/platform';
import { createTestPool } from '@civic/platform/testing';
import { allProjections, rebuildProjections } from '@civic/projections';
import { routed, submitted } from '../libs/ideas/src/testing';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

/**
 * A read model is a function of the events alone: departments renamed and
 * their deadlines changed after the live projections took the ideas in, a
 * rebuild from position 0 writes the very same rows, and the public page
 * shows the department's name as it is now.
 */
describe('renaming a department, then rebuilding every read model', () => {
  let t: TestApp;
  let publicCode: string;
  const NEW_TMF = 'By- og Miljøforvaltningen';
  const NEW_BUF = 'Forvaltningen for Børn og Unge';

  beforeAll(async () => {
    t = await startTestApp('rename_rebuild', { projections: true });
    const everyRole = await t.staff();
    // Routed by a rule at submission (TMF), then by hand to BUF and back: the timeline names both.
    const { body: idea } = await t.http.post('/ideas').send(validIdea()).expect(201);
    publicCode = idea.publicCode;
    expect(idea.department).toBe('TMF');
    let revision = idea.revision;
    for (const department of ['BUF', 'TMF']) {
      revision = (
        await t.http
          .post(`/ideas/${idea.id}/route`)
          .set(everyRole)
          .set('If-Match', `"${revision}"`)
          .send({ department, reason: 'Internal hand-over' })
          .expect(200)
      ).body.revision;
    }
    await t.http
      .post('/ideas')
      .send(validIdea({ title: 'Legeplads i Valby', category: 'culture-leisure', district: 'valby' }))
      .expect(201);
    // Recorded before routings carried their deadline: a read model may not date it by a rule as it stands today.
    const legacyId = randomUUID();
    const { respondBy: _r, responseWorkingDays: _w, ...legacyRouting } = routed({ ideaId: legacyId, at: '2026-11-24T10:00:00.000Z', department: 'BUF' }).data;
    const events: IdeaEvent[] = [
      submitted({ ideaId: legacyId, at: '2026-11-24T09:00:00.000Z', publicCode: 'K-2026-900001' }),
      { type: 'IdeaRouted', data: legacyRouting },
    ];
    const pool = createTestPool(t.database.url, 2);
    const store = new PostgresEventStore(pool);
    await store.appendToStream(
      ideaStreamId(legacyId),
      events.map((event) => ({
        type: event.type,
        data: event.data,
        metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: event.data.at, schemaVersion: 1 },
      })),
      { expectedRevision: 'no_stream' },
    );
    await store.close();
    await pool.end();
  });
  afterAll(async () => {
    await t?.close();
  });

  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
  const VIEWS = ['department_inbox', 'public_status', 'response_times', 'response_time_histogram_ideas'];
  const rowsOf = async (view: string) => (await t.db.query(`SELECT to_jsonb(v) AS row FROM ${view} v ORDER BY idea_id`)).rows.map((r) => r.row);
  const caughtUp = () =>
    eventually(
      () => t.http.get('/health'),
      (response) =>
        response.body.projections?.length === allProjections(calendar).length &&
        response.body.projections.every((p: { positionsBehind: number }) => p.positionsBehind === 0),
      30_000, // a loaded machine (the whole suite on two cores) may need more than the default 10 s
    );

  it('rebuilds every read model to exactly the live rows, and the public page shows the new name', async () => {
    await caughtUp();
    expect((await rowsOf('public_status')).map((row) => row.public_code)).toContain('K-2026-900001');

    const admin = await t.staff({ sub: 'admin-anne', roles: ['admin'], departments: [] });
    await t.http.patch('/departments/TMF').set(admin).send({ name: NEW_TMF, responseWorkingDays: 20 }).expect(200);
    await t.http.patch('/departments/BUF').set(admin).send({ name: NEW_BUF, responseWorkingDays: 3 }).expect(200);

    const live = new Map<string, unknown[]>();
    for (const view of VIEWS) live.set(view, await rowsOf(view));
    expect(live.get('public_status')).toHaveLength(3);

    // As `npm run projections:rebuild -- all` does (one read of $all for all of them), beside the running live projections.
    const pool = createTestPool(t.database.url, 4);
    const store = new PostgresEventStore(pool);
    try {
      await rebuildProjections(pool, store, allProjections(calendar));
    } finally {
      await store.close();
      await pool.end();
    }
    const generations = (await t.db.query('SELECT projection, max(generation) AS g FROM projection_checkpoints GROUP BY projection')).rows;
    expect(generations.every((row) => Number(row.g) === 2)).toBe(true);
    for (const view of VIEWS) expect({ view, rows: await rowsOf(view) }).toEqual({ view, rows: live.get(view) });

    const { body: page } = await t.http.get(`/public/ideas/${publicCode}`).expect(200);
    expect(page.department).toEqual({ code: 'TMF', name: NEW_TMF });
    expect(page.timeline.filter((step: { step: string }) => step.step === 'routed').map((step: { label: { da: string } }) => step.label.da)).toEqual([
      `Sendt til ${NEW_TMF}`,
      `Sendt til ${NEW_BUF}`,
      `Sendt til ${NEW_TMF}`,
    ]);
    const { body: list } = await t.http.get('/public/ideas').expect(200);
    expect(list.items.find((item: { publicCode: string }) => item.publicCode === publicCode).department).toEqual({ code: 'TMF', name: NEW_TMF });
    expect(JSON.stringify(list)).not.toContain('Teknik- og Miljøforvaltningen');
  });
});
