import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WorkingDayCalendar } from '@civic/platform';
import { allProjections } from '@civic/projections';
import { eventually } from './support/eventually';
import { startTestApp, type TestApp, validIdea } from './support/test-app';

const REBUILD = resolve(__dirname, '../dist/apps/worker/rebuild-projections.js');

function runRebuild(args: string[], databaseUrl: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [REBUILD, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe('projections over HTTP: lag on /health, rebuild by command while the API serves', () => {
  let app: TestApp;
  let code: string;

  beforeAll(async () => {
    if (!existsSync(REBUILD)) throw new Error(`${REBUILD} is missing: run npm run build first (npm test does)`);
    app = await startTestApp('projections_rebuild', { projections: true });
    for (let i = 0; i < 5; i++) {
      const response = await app.http.post('/ideas').send(validIdea({ title: `Flere bænke i parken ${i}` }));
      expect(response.status).toBe(201);
      code = response.body.publicCode;
    }
  });
  afterAll(() => app.close());

  it('reports every projection caught up and owned on /health', async () => {
    const health = await eventually(
      () => app.http.get('/health'),
      (response) => response.body.projections?.every((p: { positionsBehind: number }) => p.positionsBehind === 0),
    );
    expect(health.status).toBe(200);
    // Every read model the worker keeps (allProjections), each once.
    expect(health.body.projections.map((p: { name: string }) => p.name).sort()).toEqual(
      allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }))
        .map((projection) => projection.name)
        .sort(),
    );
    for (const projection of health.body.projections) {
      expect(projection).toMatchObject({ generation: 1, positionsBehind: 0, secondsBehind: 0, eventsApplied: 10, owned: true });
      expect(projection.checkpoint).toBe(projection.head);
    }
  });

  it('rebuilds every projection with npm run projections:rebuild -- all, printing progress, and the views switch', async () => {
    const result = await runRebuild(['all'], app.database.url);
    expect(result.stderr).toMatch(/department_inbox: rebuilt as generation 2 from 10 events/);
    expect(result.stderr).toMatch(/public_status: 10 \/ ~\d+ events \(100%\), \d+ events\/s/);
    expect(result.code).toBe(0);
    const health = await app.http.get('/health');
    expect(health.body.projections.every((p: { generation: number }) => p.generation === 2)).toBe(true);
    const page = await app.http.get(`/public/ideas/${code}`);
    expect(page.status).toBe(200);
    // The live runners follow the new generation.
    const submitted = await app.http.post('/ideas').send(validIdea({ title: 'Efter genopbygningen' }));
    const after = await eventually(
      () => app.http.get(`/public/ideas/${submitted.body.publicCode}`),
      (response) => response.status === 200,
    );
    expect(after.status).toBe(200);
    // One process rebuilds every read model in turn (a dozen now): more than the default minute on a busy machine.
  }, 180_000);

  it('refuses an unknown projection name with usage and exit code 2', async () => {
    const result = await runRebuild(['no_such_view'], app.database.url);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown projection no_such_view\. Projections: department_inbox, public_status, response_times/);
  });
});
