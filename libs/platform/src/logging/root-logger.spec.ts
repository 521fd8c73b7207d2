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
});
