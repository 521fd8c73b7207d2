import { eventually } from './support/eventually';
import { signInAsStaff } from './support/staff-session';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { headersBySubject } from './support/test-auth';
import { startTestApp, validIdea, type TestApp } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';
import { IdeaRepository } from '@civic/casework';
import { Clock, WorkingDayCalendar, type JobsConfig } from '@civic/platform';
import { AutoRoutingHandler } from '../apps/worker/src/routing/auto-routing.handler';
import { JOBS_CONFIG, WORKER_POOL } from '../apps/worker/src/worker-tokens';

/** Category "other" has no routing rule: without automatic routing these wait for a dispatcher in the triage inbox. */
const other = (title: string, description: string) => validIdea({ title, description, category: 'other', district: 'valby' });
const THRESHOLD = 0.8;

/**
 * AUTO_ROUTING_MIN_CONFIDENCE over HTTP, with the real app, PostgreSQL, Redis
 * and the worker's reactor and jobs: an idea no rule matched is routed by the
 * routing model when it is confident enough, recorded as such, and a
 * dispatcher re-routes it as any routing; unset, nothing happens.
 */
describe('Automatic routing by the routing model', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let jobs: TestJobs;
  let as: Record<string, Record<string, string>>;

  const submit = async (idea: object) => (await t.http.post('/ideas').send(idea).expect(201)).body as { id: string };
  const submittedEventId = async (id: string) =>
    (await t.db.query(`SELECT event_id FROM events WHERE stream_id = $1 AND type = 'IdeaSubmitted'`, [`idea-${id}`])).rows[0].event_id as string;
  const routings = async (id: string) =>
    (await t.db.query(`SELECT data, metadata FROM events WHERE stream_id = $1 AND type = 'IdeaRouted' ORDER BY stream_revision`, [`idea-${id}`])).rows;
  const jobDone = async (queue: 'notifications' | 'maintenance', jobId: string) =>
    expect(
      await eventually(
        () => jobs.stateOf(queue, jobId),
        (state) => state === 'completed' || state === 'failed',
        20_000,
      ),
    ).toBe('completed');

  beforeAll(async () => {
    t = await startTestApp('auto_routing', { projections: true });
    smtp = await startSmtpSink();
    as = await headersBySubject(t, ['dispatcher-dorte']);
    // The history the model learns from: dispatchers' routings by hand.
    const routeByHand = async (idea: object, department: string) => {
      const { id } = await submit(idea);
      await t.http.post(`/ideas/${id}/route`).set(as['dispatcher-dorte']).set('If-Match', '"0"').send({ department, reason: 'By hand' }).expect(200);
    };
    for (let i = 0; i < 3; i++) await routeByHand(other(`Offentlige toiletter ${i}`, 'Der mangler toiletter ved legepladsen og skiltning.'), 'TMF');
    for (let i = 0; i < 2; i++) await routeByHand(other(`Koncerter i parken ${i}`, 'Gratis koncerter og kultur om sommeren.'), 'KFF');
    await eventually(
      async () => (await t.db.query(`SELECT coalesce(sum(examples), 0)::int AS n FROM routing_department_counts`)).rows[0].n,
      (n) => n === 5,
      15_000,
    );
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, config: { autoRoutingMinConfidence: THRESHOLD } });
  }, 60_000);
  afterAll(async () => {
    await jobs?.close();
    await smtp?.close();
    await t?.close();
  });

  let automatic: { id: string };

  it('routes an idea no rule matched when the model is confident enough, recorded as automatic with its confidence and words', async () => {
    automatic = await submit(other('Toiletter ved stranden', 'Vi mangler toiletter, især om sommeren ved legepladsen.'));
    await jobDone('maintenance', `auto-routing.${await submittedEventId(automatic.id)}`);
    const [routing, ...more] = await routings(automatic.id);
    expect(more).toHaveLength(0);
    expect(routing.metadata.actor).toBe('system:routing-model');
    expect(routing.data).toMatchObject({ department: 'TMF', previousDepartment: null, routedBy: 'model', ruleId: null, respondBy: expect.any(String) });
    expect(routing.data.automatic.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(routing.data.automatic.words).toContain('toiletter');

    const { body } = await t.http.get(`/ideas/${automatic.id}`).set(as['dispatcher-dorte']).expect(200);
    expect(body.state).toMatchObject({ status: 'routed', department: 'TMF' });
    // The case page says so, with the confidence.
    const dispatcher = await signInAsStaff(t, { subject: 'dorte', roles: ['dispatcher'] });
    const page = await t.http.get(`/staff/ideas/${automatic.id}?lang=en`).set('Cookie', dispatcher).expect(200);
    expect(page.text).toContain(`routed automatically (confidence ${Math.round(routing.data.automatic.confidence * 100)} %)`);
  });

  it('leaves an idea the model is not sure enough of to a dispatcher, and never touches one a rule routed', async () => {
    // Words it never saw: only the prior is left (3 of 5 to TMF), below the threshold.
    const unsure = await submit(other('Bedre gadebelysning', 'Det er mørkt om aftenen.'));
    await jobDone('maintenance', `auto-routing.${await submittedEventId(unsure.id)}`);
    expect(await routings(unsure.id)).toHaveLength(0);
    // Traffic has a seeded rule: routed by rule at submission; the model's job does nothing.
    const byRule = await submit(validIdea({ title: 'Toiletter ved vejen', description: 'Vi mangler toiletter ved legepladsen.' }));
    await jobDone('maintenance', `auto-routing.${await submittedEventId(byRule.id)}`);
    const ruled = await routings(byRule.id);
    expect(ruled.map((row) => row.data.routedBy)).toEqual(['rule']);
  });

  it('a dispatcher re-routes an automatic routing as any routing', async () => {
    await t.http
      .post(`/ideas/${automatic.id}/route`)
      .set(as['dispatcher-dorte'])
      .set('If-Match', '"1"')
      .send({ department: 'KFF', reason: 'Culture runs the beach' })
      .expect(200);
    const [, rerouted] = await routings(automatic.id);
    expect(rerouted.data).toMatchObject({ department: 'KFF', previousDepartment: 'TMF', routedBy: 'hand' });
    expect(rerouted.data.automatic).toBeUndefined();
    const dispatcher = await signInAsStaff(t, { subject: 'dorte', roles: ['dispatcher'] });
    const page = await t.http.get(`/staff/ideas/${automatic.id}?lang=en`).set('Cookie', dispatcher).expect(200);
    expect(page.text).not.toContain('routed automatically');

    // The job run again (a retry, a replay) finds the idea routed by a person and does nothing.
    const handler = jobs.context.get(AutoRoutingHandler);
    const context = { id: 'again', attempt: 1, correlationId: 'again', log: async () => undefined, retryAt: async () => Promise.reject(new Error('no')) };
    const outcome = await handler.handle({ ideaId: automatic.id, eventId: await submittedEventId(automatic.id), revision: 0 }, context);
    expect(outcome).toBe('already routed to KFF');
    expect(await routings(automatic.id)).toHaveLength(2);
  });

  it('does nothing while AUTO_ROUTING_MIN_CONFIDENCE is unset (the default)', async () => {
    await jobs.close();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url });
    const idea = await submit(other('Flere toiletter ved legepladsen', 'Vi mangler toiletter ved legepladsen.'));
    const eventId = await submittedEventId(idea.id);
    // The reactor has handled the submission (its receipt went out), and asked for no automatic routing.
    await jobDone('notifications', `citizen-notification.${eventId}`);
    expect(await jobs.stateOf('maintenance', `auto-routing.${eventId}`)).toBeNull();
    expect(await routings(idea.id)).toHaveLength(0);
  });

  it('loses a race to a dispatcher who routes the idea between the job reading it and appending: nothing is routed twice', async () => {
    // Still off in the running worker, so only this handler (threshold on) touches the idea.
    const idea = await submit(other('Toiletter på torvet', 'Vi mangler toiletter ved legepladsen på torvet.'));
    const ideas = jobs.context.get(IdeaRepository);
    let raced = false;
    const racing = Object.create(ideas) as IdeaRepository;
    racing.load = async (ideaId) => {
      const loaded = await ideas.load(ideaId);
      if (!raced) {
        raced = true;
        await t.http.post(`/ideas/${ideaId}/route`).set(as['dispatcher-dorte']).set('If-Match', '"0"').send({ department: 'KFF', reason: 'First' }).expect(200);
      }
      return loaded;
    };
    const config: JobsConfig = { ...jobs.context.get<JobsConfig>(JOBS_CONFIG), autoRoutingMinConfidence: THRESHOLD };
    const handler = new AutoRoutingHandler(racing, jobs.context.get(WORKER_POOL), jobs.context.get(Clock), jobs.context.get(WorkingDayCalendar), config);
    const context = { id: 'race', attempt: 1, correlationId: 'race', log: async () => undefined, retryAt: async () => Promise.reject(new Error('no')) };
    expect(await handler.handle({ ideaId: idea.id, eventId: await submittedEventId(idea.id), revision: 0 }, context)).toBe('already routed to KFF');
    expect(raced).toBe(true);
    expect((await routings(idea.id)).map((row) => row.data.routedBy)).toEqual(['hand']);
  });
});
