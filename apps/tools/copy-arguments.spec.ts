import { parseCopyArguments, UsageError } from './copy-arguments';

describe('parseCopyArguments', () => {
  const env = { DATABASE_URL: 'postgres://db/civic', EVENTSTORE_URL: 'esdb://es:2113?tls=false', TARGET_DATABASE_URL: 'postgres://db2/civic' };

  it('takes the stores’ URLs from the environment by default', () => {
    expect(parseCopyArguments(['--from', 'postgres', '--to', 'eventstoredb'], env)).toEqual({
      from: { kind: 'postgres', url: 'postgres://db/civic' },
      to: { kind: 'eventstoredb', url: 'esdb://es:2113?tls=false' },
      batchSize: undefined,
      maxEvents: undefined,
      timeoutMs: undefined,
    });
    expect(parseCopyArguments(['--from', 'postgres', '--to', 'postgres'], env)?.to).toEqual({ kind: 'postgres', url: 'postgres://db2/civic' });
  });

  it('prefers the URLs and limits it is given', () => {
    const parsed = parseCopyArguments(
      ['--from=eventstoredb', '--from-url', 'esdb://a:2113', '--to=postgres', '--to-url', 'postgres://b/x', '--batch-size', '200', '--max-events', '1000'],
      { EVENTSTORE_TIMEOUT_MS: '2500' },
    );
    expect(parsed).toEqual({
      from: { kind: 'eventstoredb', url: 'esdb://a:2113' },
      to: { kind: 'postgres', url: 'postgres://b/x' },
      batchSize: 200,
      maxEvents: 1000,
      timeoutMs: 2500,
    });
  });

  it('returns null for --help', () => {
    expect(parseCopyArguments(['--help'], {})).toBeNull();
  });

  it.each([
    [[], {}, /--from is required/],
    [['--from', 'postgres'], env, /--to is required/],
    [['--from', 'mysql', '--to', 'postgres'], env, /--from must be postgres or eventstoredb, got "mysql"/],
    [['--from', 'postgres', '--to', 'eventstoredb'], { DATABASE_URL: 'postgres://db/civic' }, /--to-url or set EVENTSTORE_URL/],
    [['--from', 'postgres', '--to', 'postgres'], { DATABASE_URL: 'postgres://db/civic' }, /TARGET_DATABASE_URL/],
    [['--from', 'postgres', '--to', 'postgres', '--to-url', 'postgres://db/civic'], env, /same store/],
    [['--from', 'postgres', '--to', 'eventstoredb', '--max-events', '0'], env, /--max-events must be a whole number above 0/],
    [['--from', 'postgres', '--to', 'eventstoredb', '--colour'], env, /Unknown option '--colour'/],
  ] as const)('refuses %j with a clear usage error', (argv, environment, message) => {
    expect(() => parseCopyArguments(argv, environment)).toThrow(UsageError);
    expect(() => parseCopyArguments(argv, environment)).toThrow(message);
  });
});
