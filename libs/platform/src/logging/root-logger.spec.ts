import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { ConfigError } from '../config/app-config';
import { runInLogContext } from './log-context';
import { logSettingsFrom } from './log-settings';
import { createRootLogger } from './root-logger';

/** A stream that keeps what pino writes to it. */
function capture(isTTY = false): { stream: NodeJS.WriteStream; lines(): string[] } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  ) as unknown as NodeJS.WriteStream;
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

describe('Log settings', () => {
  it('JSON off a terminal, readable on one; LOG_FORMAT decides over both', () => {
    expect(logSettingsFrom({}, false)).toEqual({ level: 'info', format: 'json' });
    expect(logSettingsFrom({}, true)).toEqual({ level: 'info', format: 'pretty' });
    expect(logSettingsFrom({ LOG_FORMAT: 'json' }, true).format).toBe('json');
    expect(logSettingsFrom({ LOG_FORMAT: 'pretty' }, false).format).toBe('pretty');
    expect(logSettingsFrom({ LOG_LEVEL: 'DEBUG' }, false).level).toBe('debug');
  });

  it('refuses what it does not know, with the choices', () => {
    expect(() => logSettingsFrom({ LOG_LEVEL: 'verbose' }, false)).toThrow(
      new ConfigError('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")'),
    );
    expect(() => logSettingsFrom({ LOG_FORMAT: 'text' }, false)).toThrow(ConfigError);
  });
});

describe('The root logger', () => {
  it('writes one JSON object per line, with the correlation id and job of the work in progress', async () => {
    const out = capture();
    const logger = createRootLogger({ level: 'info', format: 'json' }, out);
    logger.info('outside');
    await runInLogContext({ correlationId: 'c-1', job: 'citizen-notification', jobId: 'j-1' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.child({ context: 'Mailer' }).info('inside, after an await');
    });
    const [outside, inside] = out.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outside).toMatchObject({ level: 30, msg: 'outside' });
    expect(outside).not.toHaveProperty('correlationId');
    expect(inside).toMatchObject({
      level: 30,
      msg: 'inside, after an await',
      context: 'Mailer',
      correlationId: 'c-1',
      job: 'citizen-notification',
      jobId: 'j-1',
    });
    expect(typeof inside.time).toBe('string');
  });

  it('replaces contact data and tokens should an object carrying them ever be logged', () => {
    const out = capture();
    createRootLogger({ level: 'info', format: 'json' }, out).info(
      { contact: { email: 'karen@example.dk' }, idea: { email: 'karen@example.dk', phone: '12345678', token: 'secret' } },
      'careless',
    );
    expect(out.lines().join('\n')).not.toMatch(/karen|12345678|secret/);
  });

  it('honours the level', () => {
    const out = capture();
    const logger = createRootLogger({ level: 'warn', format: 'json' }, out);
    logger.info('not this');
    logger.warn('this');
    expect(out.lines().map((line) => JSON.parse(line).msg)).toEqual(['this']);
  });

  it('on a terminal: one readable line per entry, with the context in front', async () => {
    const out = capture();
    createRootLogger({ level: 'info', format: 'pretty' }, out).child({ context: 'Worker', correlationId: 'c-2' }).info('Worker ready');
    await new Promise((resolve) => setImmediate(resolve));
    const [line] = out.lines();
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[Worker\] Worker ready$/);
  });

  /** A process logging JSON to its stdout (a pipe here), its lines as they arrive, timed from its start. */
  function loggingProcess(script: string): Promise<{ lines: { msg: string; atMs: number }[]; code: number | null }> {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        '-e',
        `const { configureRootLogger } = require(${JSON.stringify(require.resolve('./root-logger'))}); const logger = configureRootLogger({ stream: process.stdout, buffered: true }); ${script}`,
      ],
      {
        env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const started = Date.now();
    const lines: { msg: string; atMs: number }[] = [];
    let rest = '';
    child.stdout.on('data', (chunk) => {
      const parts = (rest + String(chunk)).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) lines.push({ msg: (JSON.parse(line) as { msg: string }).msg, atMs: Date.now() - started });
    });
    return new Promise((resolve) => child.on('close', (code) => resolve({ lines, code })));
  }

  it('a service’s stdout gets every line: a quiet moment’s within a fraction of a second, the rest at exit', async () => {
    const { lines, code } = await loggingProcess(
      "logger.info('first'); setTimeout(() => { for (let i = 0; i < 1000; i++) logger.info('line ' + i); logger.info('last'); process.exit(3); }, 1500);",
    );
    expect(code).toBe(3);
    expect(lines.map((line) => line.msg)).toEqual(['first', ...Array.from({ length: 1000 }, (_, i) => `line ${i}`), 'last']);
    // Not held back until the next 4 kB: the periodic flush wrote it long before the rest.
    expect(lines[0].atMs).toBeLessThan(lines[1].atMs - 700);
  }, 30_000);
});
