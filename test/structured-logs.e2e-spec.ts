import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, freePort, type TestDatabase } from '@civic/platform/testing';
import { seedReferenceData } from '@civic/casework';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';

interface LogLine {
  level: number;
  msg: string;
  context?: string;
  correlationId?: string;
  job?: string;
  [key: string]: unknown;
}

/**
 * The built service (API and worker in one process, as `npm start` runs it)
 * with its output on a pipe, as in production: every line is JSON, the lines
 * of a request and of the job it causes share its correlation id, and nothing
 * a citizen typed or holds (address, name, phone, tracking token) is in any
 * line, even at debug level. Needs `npm run build` first (npm test does it).
 */
describe('The logs of a real run', () => {
  const secrets = mkdtempSync(join(tmpdir(), 'civic-logs-'));
  // A port the system hands out as free: a random pick in a fixed range could meet another test's server.
  let port = 0;
  const citizen = { email: 'karen.logcheck@example.dk', name: 'Karen Logcheck-Jensen', phone: '+45 31 41 59 26' };
  const correlationId = `logs-test-${randomUUID()}`;
  let database: TestDatabase;
  let smtp: SmtpSink;
  let service: ChildProcess;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    port = await freePort();
    database = await createTestDatabase('structured_logs');
    await applyMigrations(database.url);
    const pool = createTestPool(database.url, 1);
    await seedReferenceData(pool);
    await pool.end();
    smtp = await startSmtpSink();
  });

  afterAll(async () => {
    service?.kill('SIGKILL');
    await smtp?.close();
    await database?.drop();
    rmSync(secrets, { recursive: true, force: true });
  });

  const lines = (): LogLine[] =>
    stdout
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`not a JSON line: ${line}`);
        }
      });

  it('is JSON lines, by correlation id, without personal data or tracking tokens', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      PORT: String(port),
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'debug',
      DEVELOPMENT_SECRETS_DIR: secrets,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    };
    for (const name of ['REDIS_URL', 'LOG_FORMAT', 'AUTH_JWKS_URL']) delete env[name];
    service = spawn(process.execPath, ['dist/apps/standalone/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    service.stdout?.on('data', (chunk) => (stdout += chunk));
    service.stderr?.on('data', (chunk) => (stderr += chunk));
    await eventually(
      async () => stdout,
      (text) => text.includes('API listening on') || service.exitCode !== null,
      60_000,
    );
    if (service.exitCode !== null) throw new Error(`service exited early:\n${stdout}\n${stderr}`);

    const submitted = await fetch(`http://127.0.0.1:${port}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Correlation-Id': correlationId },
      body: JSON.stringify({
        title: 'Cykelsti på Amager',
        description: 'En sikker cykelsti til skolebørn.',
        category: 'traffic',
        district: 'amager-oest',
        language: 'da',
        contact: citizen,
      }),
    });
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get('x-correlation-id')).toBe(correlationId);
    const { trackingToken } = (await submitted.json()) as { trackingToken: string };
    // Requests whose URL or body holds what must not be logged: the tracking link, its unsubscribe page, a refused submission.
    expect((await fetch(`http://127.0.0.1:${port}/track/${trackingToken}`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/track/${trackingToken}/unsubscribe`)).status).toBe(200);
    const refused = await fetch(`http://127.0.0.1:${port}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x', category: 'nope', contact: citizen }),
    });
    expect(refused.status).toBe(422);

    // The receipt really went out with the address and the link in it, so the worker held them while it logged.
    const [receipt] = await smtp.waitFor(1, 30_000, (mail) => mail.to.includes(citizen.email));
    expect(receipt.text).toContain(trackingToken);
    await eventually(
      async () => lines(),
      (all) => all.some((line) => line.job === 'citizen-notification' && /^Job citizen-notification .* done/.test(line.msg)),
      30_000,
    );

    const exited = new Promise<number | null>((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    await exited;

    const all = lines(); // throws on a line that is not JSON
    expect(all.length).toBeGreaterThan(50);
    expect(stderr).toBe('');
    for (const secret of [citizen.email, 'karen.logcheck', citizen.name, 'Logcheck', citizen.phone, '31 41 59 26', '31415926', trackingToken])
      expect(stdout).not.toContain(secret);

    // The request and the job it caused, by the request's correlation id.
    const ofRequest = all.filter((line) => line.correlationId === correlationId);
    expect(ofRequest).toContainEqual(
      expect.objectContaining({ req: { method: 'POST', url: '/ideas' }, res: { statusCode: 201 }, msg: expect.stringMatching(/^POST \/ideas 201/) }),
    );
    expect(ofRequest).toContainEqual(
      expect.objectContaining({
        job: 'citizen-notification',
        context: 'Mailer',
        msg: expect.stringMatching(/^e-mail citizen-notification\.\S+ sent: citizen-receipt$/),
      }),
    );
    expect(ofRequest).toContainEqual(
      expect.objectContaining({ job: 'citizen-notification', context: 'Jobs', msg: expect.stringMatching(/done in \d+ ms: citizen-receipt: sent$/) }),
    );
    // Every line of a request or a job carries a correlation id; the tracking link's line shows where the token was.
    expect(all.filter((line) => line.req || line.job).every((line) => typeof line.correlationId === 'string' && line.correlationId.length > 0)).toBe(true);
    expect(all).toContainEqual(
      expect.objectContaining({ req: { method: 'GET', url: '/track/{token}' }, msg: expect.stringMatching(/^GET \/track\/\{token\} 200 /) }),
    );
    expect(all).toContainEqual(expect.objectContaining({ req: { method: 'GET', url: '/track/{token}/unsubscribe' }, res: { statusCode: 200 } }));

    // Nest's route mapping is there at debug level only; the start says where things are.
    const mapped = all.filter((line) => line.context === 'RouterExplorer' || line.context === 'RoutesResolver');
    expect(mapped.length).toBeGreaterThan(20);
    expect(mapped.every((line) => line.level === 20)).toBe(true);
    const info = all.filter((line) => line.level >= 30).map((line) => line.msg);
    expect(info).toContain(`API listening on http://127.0.0.1:${port} — API docs at http://127.0.0.1:${port}/docs`);
    expect(info).toContain(`E-mails are sent through smtp://127.0.0.1:${smtp.port}`);
    expect(info).toContainEqual(expect.stringContaining('npm run -s token -- --role handler'));
  }, 150_000);
});
