import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './support/eventually';

/**
 * The README's "run it" path: no DATABASE_URL, no REDIS_URL. The built
 * service starts its own PostgreSQL, takes one idea and shuts down cleanly.
 * Needs `npm run build` first (npm test does it).
 */
describe('npm start with nothing configured', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-embedded-'));
  chmodSync(dataDir, 0o755); // as root, the server runs as `postgres` and must reach its folder
  const port = 3900 + Math.floor(Math.random() * 90);
  const pgPort = 55400 + Math.floor(Math.random() * 90);
  let service: ChildProcess;
  let output = '';
  let stdout = '';
  /** The service's log: JSON lines on a pipe (a line that is not JSON fails the test). */
  const messages = (): string[] =>
    stdout
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => {
        try {
          return (JSON.parse(line) as { msg: string }).msg;
        } catch {
          throw new Error(`not a JSON log line: ${line}`);
        }
      });

  afterAll(() => {
    service?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts an embedded PostgreSQL, accepts an idea and stops everything on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_POSTGRES_DIR: join(dataDir, 'pg'), EMBEDDED_POSTGRES_PORT: String(pgPort), NODE_ENV: 'development', DEVELOPMENT_SECRETS_DIR: join(dataDir, 'secrets') };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    service = spawn(process.execPath, ['dist/apps/api/main.js', '--with-worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    service.stdout?.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    service.stderr?.on('data', (chunk) => (output += chunk));

    const started = Date.now();
    while (!output.includes('API listening on') && Date.now() - started < 60_000) {
      if (service.exitCode !== null) throw new Error(`service exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(messages()).toContain(`API listening on http://127.0.0.1:${port} — API docs at http://127.0.0.1:${port}/docs`);
    expect(messages()).toContain('E-mails are logged, not sent (no SMTP_URL); set SMTP_URL to send them');
    expect(messages()).toContainEqual(expect.stringContaining('npm run -s token'));
    expect(messages()).toContainEqual(expect.stringContaining('jobs on PostgreSQL'));

    const response = await fetch(`http://127.0.0.1:${port}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Cykelsti på Amager', description: 'En sikker cykelsti til skolebørn.', category: 'traffic', district: 'amager-oest', language: 'da', contact: { email: 'karen@example.dk' } }),
    });
    expect(response.status).toBe(201);
    const idea = (await response.json()) as { publicCode: string };
    expect(idea).toMatchObject({ publicCode: expect.stringMatching(/^K-\d{4}-\d{6}$/), status: 'routed', department: 'TMF' });
    // The in-process worker's projections follow: the idea reaches its public page.
    const page = await eventually(() => fetch(`http://127.0.0.1:${port}/public/ideas/${idea.publicCode}`), (reply) => reply.status === 200);
    expect(page.status).toBe(200);
    expect(messages()).toContainEqual(expect.stringMatching(/^Worker ready: projections department_inbox, public_status, response_times/));
    expect((await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).status).toBe(200);
    // The jobs run on BullMQ's PostgreSQL backend: the receipt is rendered and, with no SMTP_URL, logged instead of sent (without the address).
    await eventually(async () => messages(), (lines) => lines.some((line) => /^e-mail \S+ not sent \(no SMTP_URL\): citizen-receipt$/.test(line)), 30_000);
    expect(output).not.toContain('karen@example.dk');

    const exited = new Promise<number | null>((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    // Bounded, so a shutdown that hangs shows what the service printed instead of a bare test timeout.
    const code = await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit 30 s after SIGTERM:\n${output.slice(-4000)}`)), 30_000))]);
    // 0 from our own shutdown, or 143 (128 + SIGTERM) when embedded-postgres's exit hook finishes first.
    if (code !== 0 && code !== 143) throw new Error(`exit code ${code}:\n${output}`);
    expect(output).not.toMatch(/Unhandled|uncaught/i);
    expect(messages()).toContain('SIGTERM: shutting down'); // and every line up to the last was JSON
    // The embedded server went down with it: its port is free again.
    await expect(fetch(`http://127.0.0.1:${pgPort}`).catch((error: Error) => Promise.reject(error.cause ?? error))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  }, 150_000); // start-up (≤ 60 s), the receipt (≤ 30 s) and shutdown (≤ 30 s) each report what they saw when they run out
});
