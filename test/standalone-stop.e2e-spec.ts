import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@civic/platform/testing';
import { eventually } from './support/eventually';
import { accepts, exitWithin, isRunning, type Standalone, startStandalone } from './support/standalone';

/**
 * How npm start stops: Ctrl-C in a terminal signals the whole foreground
 * process group, yet only the launcher acts on it, stopping the API, then the
 * worker, then the embedded PostgreSQL. A process that dies takes the rest
 * down; a launcher that dies takes its processes with it.
 * Needs `npm run build` first (npm test does it).
 */
describe('npm start stopping', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-standalone-'));
  chmodSync(dataDir, 0o755); // as root, the server runs as `postgres` and must reach its folder
  // Ports the system hands out as free: a random pick in a fixed range could meet another test's server.
  let port = 0;
  let pgPort = 0;
  let service: Standalone | undefined;
  beforeAll(async () => {
    [port, pgPort] = [await freePort(), await freePort()];
  });
  const start = async () => {
    service = startStandalone({ dataDir, port, pgPort });
    await service.waitFor(/API listening on/);
    await service.waitFor(/Worker ready/);
    return service;
  };

  afterEach(async () => {
    await service?.kill();
    service = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on Ctrl-C (SIGINT to the whole process group) stops the API, then the worker, then the database, exits 0 and prints no error', async () => {
    const standalone = await start();
    const api = standalone.pidOf('API');
    const worker = standalone.pidOf('worker');
    // Work in flight: an idea, its projections and its receipt job, so every process holds connections when the signal comes.
    const submitted = await fetch(`http://127.0.0.1:${port}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Bænke ved søerne',
        description: 'Flere bænke langs Sortedams Sø.',
        category: 'parks-nature',
        district: 'oesterbro',
        language: 'da',
        contact: { email: 'ole@example.dk' },
      }),
    });
    expect(submitted.status).toBe(201);
    await standalone.waitFor(/citizen-receipt/, 30_000);

    process.kill(-standalone.launcher.pid!, 'SIGINT');
    const code = await exitWithin(standalone, 30_000);
    const output = standalone.output();
    expect({ code, output }).toEqual({ code: 0, output: expect.any(String) });
    expect(output).toMatch(
      /SIGINT: stopping the API, then the worker, then the database[^]*The API stopped[^]*The worker stopped[^]*The embedded PostgreSQL stopped/,
    );
    // Only the launcher saw the SIGINT; the API and the worker closed when it told them (SIGTERM), one after the other.
    expect(output).toMatch(
      new RegExp(
        `"pid":${api},[^\\n]*"msg":"SIGTERM: shutting down[^]*The API stopped[^]*"pid":${worker},[^\\n]*"msg":"SIGTERM: shutting down[^]*The worker stopped`,
      ),
    );
    expect(output).not.toMatch(/SIGINT: shutting down|already stopping/);
    // No screen of warnings: nothing lost its database under it.
    expect(output).not.toMatch(/FATAL|terminating connection|Connection terminated|Unhandled|uncaught| ERROR | WARN /i);
    expect(await accepts(pgPort)).toBe(false);
    expect(await accepts(port)).toBe(false);
    expect([isRunning(api), isRunning(worker)]).toEqual([false, false]);
  }, 150_000);

  it('when the worker dies, stops the API and the database and exits non-zero', async () => {
    const standalone = await start();
    process.kill(standalone.pidOf('worker'), 'SIGKILL');
    const code = await exitWithin(standalone, 30_000);
    expect(code).toBe(1);
    expect(standalone.output()).toMatch(/The worker exited \(signal SIGKILL\): stopping the rest[^]*The API stopped[^]*The embedded PostgreSQL stopped/);
    expect(await accepts(port)).toBe(false);
    expect(await accepts(pgPort)).toBe(false);
  }, 120_000);

  it('when the launcher dies, the API and the worker stop too', async () => {
    const standalone = await start();
    const api = standalone.pidOf('API');
    const worker = standalone.pidOf('worker');
    standalone.launcher.kill('SIGKILL');
    expect(
      await eventually(
        async () => [isRunning(api), isRunning(worker)],
        (running) => !running[0] && !running[1],
        20_000,
      ),
    ).toEqual([false, false]);
    expect(standalone.output()).toMatch(new RegExp(`"pid":${api},[^\\n]*"msg":"the launcher is gone: shutting down`));
    expect(standalone.output()).toMatch(new RegExp(`"pid":${worker},[^\\n]*"msg":"the launcher is gone: shutting down`));
    expect(await accepts(port)).toBe(false);
    // The embedded PostgreSQL, in its own process group, outlives a launcher killed outright; afterEach stops it.
  }, 120_000);
});
