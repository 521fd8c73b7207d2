import { parseTokenArguments, UsageError } from './issue-token-arguments';

describe('parseTokenArguments', () => {
  it('reads roles, departments, subject and lifetime', () => {
    expect(
      parseTokenArguments([
        '--role',
        'handler',
        '--department',
        'TMF',
        '--role',
        'department-lead',
        '--department=BUF',
        '--subject',
        'alice',
        '--expires',
        '30m',
      ]),
    ).toEqual({
      roles: ['handler', 'department-lead'],
      departments: ['TMF', 'BUF'],
      subject: 'alice',
      expires: '30m',
      email: null,
    });
  });

  it('puts an e-mail address in the token when asked', () => {
    expect(parseTokenArguments(['--role', 'handler', '--email', 'alice@kk.dk'])).toMatchObject({ email: 'alice@kk.dk' });
  });

  it('defaults to the subject "developer", no department and eight hours', () => {
    expect(parseTokenArguments(['--role', 'dispatcher'])).toEqual({ roles: ['dispatcher'], departments: [], subject: 'developer', expires: '8h', email: null });
  });

  it('keeps each role and department once', () => {
    expect(parseTokenArguments(['--role', 'admin', '--role', 'admin', '--department', 'ØKF', '--department', 'ØKF'])).toMatchObject({
      roles: ['admin'],
      departments: ['ØKF'],
    });
  });

  it('returns null for --help', () => {
    expect(parseTokenArguments(['--help'])).toBeNull();
  });

  it.each([
    [[], /--role is required/],
    [['--department', 'TMF'], /--role is required/],
    [['--role', 'superuser'], /--role must be one of handler, department-lead, dispatcher, manager, admin, got "superuser"/],
    [['--role', 'handler', '--department', 'T M F'], /--department must be a department code/],
    [['--role', 'handler', '--subject', 'two words'], /--subject must be/],
    [['--role', 'handler', '--email', 'alice at kk'], /--email must be an e-mail address/],
    [['--role', 'handler', '--expires', 'forever'], /--expires must be/],
    [['--role', 'handler', '--expires', '0h'], /--expires must be/],
    [['--role', 'handler', '--expires', '31d'], /--expires must be/],
    [['--role', 'handler', '--colour', 'red'], /Unknown option '--colour'/],
    [['--role', 'handler', 'TMF'], /positional/],
    [['--role'], /argument missing/],
  ] as const)('refuses %j with a clear usage error', (argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(UsageError);
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });
});
