import { runRetentionCommand } from '../apps/tools/retention-run-command';
import { eventually } from './support/eventually';
import { startTestApp, TestClock, type TestApp, TEST_PII_MASTER_KEY, validIdea } from './support/test-app';

/**
 * The retention rule on the real PostgreSQL: personal data of ideas closed
 * more than 24 months ago is erased by `npm run retention:run`; an idea
 * closed 23 months ago and an open one keep theirs. No waiting: the ideas are
 * closed on the app's test clock and the command runs on a clock of its own.
 */
const MONTH = 30 * 24 * 3_600_000;

interface Submitted {
  id: string;
  publicCode: string;
  trackingToken: string;
  department: string | null;
}

describe('Retention of personal data', () => {
  let t: TestApp;
  const ideas: Record<'withdrawn' | 'declined' | 'implemented' | 'duplicate' | 'recent' | 'open', Submitted> = {} as never;
  let runAt: Date;

  beforeAll(async () => {
    t = await startTestApp('retention', { projections: true });
    const staff = await t.staff({ sub: 'lead-lars', roles: ['department-lead', 'dispatcher', 'handler'], departments: ['TMF'] });
    const submit = async (): Promise<Submitted> => (await t.http.post('/ideas').send(validIdea()).expect(201)).body;
    const act = async (idea: Submitted, path: string, body: object) => {
      const current = await t.http.get(`/ideas/${idea.id}`).set(staff).expect(200);
      await t.http.post(`/ideas/${idea.id}${path}`).set(staff).set('If-Match', current.headers.etag).send(body).expect(200);
    };
    const routed = async () => {
      const idea = await submit();
      if (idea.department !== 'TMF') await act(idea, '/route', { department: 'TMF', reason: 'Trafik' });
      return idea;
    };

    // Closed now, in the four ways an idea closes; and one left open.
    ideas.withdrawn = await submit();
    await t.http.post(`/track/${ideas.withdrawn.trackingToken}/withdraw`).send({}).expect(200);
    ideas.declined = await routed();
    await act(ideas.declined, '/answer', { decision: 'declined', publicAnswer: 'Ikke i år.' });
    ideas.implemented = await routed();
    await act(ideas.implemented, '/answer', { decision: 'accepted', publicAnswer: 'Vi gør det.' });
    await act(ideas.implemented, '/implementation/complete', { note: 'Færdig.' });
    ideas.duplicate = await submit();
    await act(ideas.duplicate, '/duplicate', { duplicateOf: ideas.declined.id });
    ideas.open = await routed();
    const closedFirst = t.clock.now();

    // Two months later: answered with "accepted", so still open until implemented; and one declined.
    t.clock.advance(2 * MONTH);
    ideas.recent = await routed();
    await act(ideas.recent, '/answer', { decision: 'declined', publicAnswer: 'Nej tak.' });
    await act(ideas.open, '/answer', { decision: 'accepted', publicAnswer: 'Vi gør det engang.' });

    await eventually(
      async () =>
        (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM public_status WHERE status IN ('withdrawn', 'answered', 'implemented', 'duplicate')`))
          .rows[0].n,
      (n) => n === 6,
    );
    // 25 months after the first closings: those are due, the one closed two months later (23 months ago) is not.
    runAt = new Date(closedFirst);
    runAt.setUTCMonth(runAt.getUTCMonth() + 25);
  });
  afterAll(async () => {
    await t.close();
  });

  const run = async (args: string[] = []) => {
    const out: string[] = [];
    const err: string[] = [];
    const env = { DATABASE_URL: t.database.url, PII_MASTER_KEY: TEST_PII_MASTER_KEY.toString('base64'), PERSONAL_DATA_RETENTION_MONTHS: '24' };
    const code = await runRetentionCommand(args, env, {
      stdout: { write: (line: string) => out.push(line) },
      stderr: { write: (line: string) => err.push(line) },
      clock: new TestClock(runAt),
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  const hasKey = async (idea: Submitted) => (await t.db.query('SELECT 1 FROM submitter_data_keys WHERE key_id = $1', [idea.id])).rowCount === 1;

  it('--dry-run counts what is due and erases nothing', async () => {
    const events = await t.eventCount();
    const result = await run(['--dry-run']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^4 due: closed before \S+ \(24 months\); nothing erased \(--dry-run\)\n$/) });
    expect(await t.eventCount()).toBe(events);
    for (const idea of Object.values(ideas)) expect(await hasKey(idea)).toBe(true);
  });

  it('erases the ideas closed 25 months ago, keeps the one closed 23 months ago and the open one', async () => {
    const result = await run();
    const cutoff = new Date(runAt);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 24);
    expect(result).toEqual({ code: 0, stdout: `erased 4 of 4 due (closed before ${cutoff.toISOString()})\n`, stderr: '' });
    for (const idea of [ideas.withdrawn, ideas.declined, ideas.implemented, ideas.duplicate]) expect(await hasKey(idea)).toBe(false);
    for (const idea of [ideas.recent, ideas.open]) expect(await hasKey(idea)).toBe(true);

    const { rows } = await t.db.query<{ idea_id: string; reason: string; actor: string; at: string }>(
      `SELECT data->>'ideaId' AS idea_id, data->>'reason' AS reason, metadata->>'actor' AS actor, data->>'at' AS at FROM events WHERE type = 'SubmitterDataErased' ORDER BY idea_id`,
    );
    expect(rows).toEqual(
      [ideas.withdrawn, ideas.declined, ideas.implemented, ideas.duplicate]
        .map((idea) => ({ idea_id: idea.id, reason: 'retention', actor: 'system:retention', at: runAt.toISOString() }))
        .sort((a, b) => a.idea_id.localeCompare(b.idea_id)),
    );

    const admin = await t.staff({ sub: 'admin-ada', roles: ['admin', 'manager'] });
    expect((await t.http.get(`/ideas/${ideas.declined.id}`).set(admin).expect(200)).body.state).toMatchObject({
      contact: { erased: true, erasedAt: runAt.toISOString() },
      status: 'answered',
    });
    expect((await t.http.get(`/ideas/${ideas.recent.id}`).set(admin).expect(200)).body.state.contact).toEqual(validIdea().contact);
  });

  it('finds nothing more to do on a second run', async () => {
    const events = await t.eventCount();
    expect(await run()).toMatchObject({ code: 0, stdout: expect.stringMatching(/^erased 0 of 0 due/) });
    expect(await t.eventCount()).toBe(events);
  });

  it('refuses an unknown argument', async () => {
    expect(await run(['--everything'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown argument --everything') });
  });
});
