import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WorkingDayCalendar } from '@civic/platform';
import { allProjections } from '@civic/projections';
import { freePort } from '@civic/platform/testing';
import { eventually } from './support/eventually';
import { accepts, exitWithin, type Standalone, startStandalone } from './support/standalone';

/**
 * The README's "run it" path: no DATABASE_URL, no REDIS_URL. npm start's
 * launcher starts its own PostgreSQL, then the API and a worker as two
 * processes; they take one idea, and everything stops cleanly on SIGTERM.
 * Needs `npm run build` first (npm test does it).
 */
describe('npm start with nothing configured', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-embedded-'));
  chmodSync(dataDir, 0o755); // as root, the server runs as `postgres` and must reach its folder
  // Ports the system hands out as free: a random pick in a fixed range could meet another test's server.
  let port = 0;
  let pgPort = 0;
  let service: Standalone | undefined;
  beforeAll(async () => {
    [port, pgPort] = [await freePort(), await freePort()];
  });

  afterAll(async () => {
    await service?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts an embedded PostgreSQL, the API and a worker; accepts an idea; stops everything on SIGTERM', async () => {
    service = startStandalone({ dataDir, port, pgPort });
    await service.waitFor(/API listening on/);
    const output = () => service!.output();
    expect(output()).toContain(`API listening on http://127.0.0.1:${port}`);
    expect(output()).toContain(`/docs`);
    await service.waitFor(/Worker ready/);
    expect(output()).toContain('jobs on PostgreSQL');
    expect(service.pidOf('API')).not.toBe(service.pidOf('worker'));

    const response = await fetch(`http://127.0.0.1:${port}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Cykelsti på Amager',
        description: 'En sikker cykelsti til skolebørn.',
        category: 'traffic',
        district: 'amager-oest',
        language: 'da',
        contact: { email: 'karen@example.dk' },
      }),
    });
    expect(response.status).toBe(201);
    const idea = (await response.json()) as { id: string; publicCode: string };
    expect(idea).toMatchObject({ publicCode: expect.stringMatching(/^K-\d{4}-\d{6}$/), status: 'routed', department: 'TMF' });
    // The worker's projections follow: the idea reaches its public page.
    const page = await eventually(
      () => fetch(`http://127.0.0.1:${port}/public/ideas/${idea.publicCode}`),
      (reply) => reply.status === 200,
    );
    expect(page.status).toBe(200);
    const names = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' })).map((projection) => projection.name);
    expect(output()).toContain(`Worker ready: projections ${names.join(', ')}`);
    expect((await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).status).toBe(200);
    // The jobs run on BullMQ's PostgreSQL backend: the receipt is rendered and, with no SMTP_URL, logged instead of sent (without the address).
    await eventually(
      async () => output(),
      (text) => /citizen-receipt/.test(text) && /not sent \(no SMTP_URL\)/.test(text),
      30_000,
    );
    expect(output()).toMatch(/not sent \(no SMTP_URL\)/);
    expect(output()).not.toContain('karen@example.dk');
    // One backend across the two processes: the API's queue dashboard shows the job the worker completed.
    const { stdout: token } = await promisify(execFile)(process.execPath, ['dist/apps/tools/issue-token.js', '--role', 'admin'], {
      env: { ...process.env, DEVELOPMENT_SECRETS_DIR: join(dataDir, 'secrets') },
    });
    const board = await eventually(
      async () =>
        (
          await fetch(`http://127.0.0.1:${port}/admin/queues/api/queues?activeQueue=notifications&status=completed&page=1`, {
            headers: { authorization: `Bearer ${token.trim()}` },
          })
        ).json() as Promise<{ queues: { name: string; jobs: { data: { ideaId: string; kind: string } }[] }[] }>,
      (body) => !!body.queues?.find((queue) => queue.name === 'notifications')?.jobs.some((job) => job.data.ideaId === idea.id && job.data.kind === 'receipt'),
    );
    expect(board.queues.find((queue) => queue.name === 'notifications')!.jobs).toEqual(
      expect.arrayContaining([expect.objectContaining({ data: expect.objectContaining({ ideaId: idea.id, kind: 'receipt' }) })]),
    );
    // The first run migrates and seeds once, though the API and the worker start at the same time.
    expect(output().match(/Applied migrations:/g)).toHaveLength(1);
    expect(output().match(/Seeded the demo reference data/g)).toHaveLength(1);

    service.launcher.kill('SIGTERM');
    // Bounded, so a shutdown that hangs shows what the service printed instead of a bare test timeout.
    expect(await exitWithin(service, 30_000)).toBe(0);
    expect(output()).not.toMatch(/Unhandled|uncaught/i);
    expect(output()).toMatch(/The API stopped[^]*The worker stopped[^]*The embedded PostgreSQL stopped/);
    // The embedded server went down with it: its port is free again.
    expect(await accepts(pgPort)).toBe(false);
  }, 150_000); // start-up (≤ 60 s), the receipt (≤ 30 s) and shutdown (≤ 30 s) each report what they saw when they run out
});
