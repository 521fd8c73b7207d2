import { parseArgs } from 'node:util';
import { DEPARTMENT_PATTERN, EMAIL_PATTERN, SUBJECT_PATTERN, type Role, ROLES } from '@civic/casework';

export interface TokenArguments {
  readonly roles: readonly Role[];
  readonly departments: readonly string[];
  readonly subject: string;
  /** A jose time span: 8h, 30m, 2d. */
  readonly expires: string;
  /** The staff member's address (the email claim), so deadline reminders can reach them; null: none. */
  readonly email: string | null;
}

export const TOKEN_USAGE = `Usage: npm run -s token -- --role ROLE [--role ROLE …] [--department CODE …] [--subject NAME] [--email ADDRESS] [--expires 8h]

Prints a staff token signed by the development key (never trusted in production):
  TOKEN=$(npm run -s token -- --role handler --department TMF)
  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/departments/TMF/inbox

  --role ROLE         ${ROLES.join(', ')} (repeat for several)
  --department CODE   a department code, e.g. TMF (repeat for several)
  --subject NAME      who the token is for: the actor in the events it causes (default: developer)
  --email ADDRESS     the staff member's e-mail (the email claim): deadline reminders go there
  --expires SPAN      how long it holds: a number and s, m, h or d, at most 30d (default: 8h)
  --help              this text`;

/** A mistake in how the command was called: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const SPAN_PATTERN = /^(\d{1,7})([smhd])$/;
const SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const LONGEST_SECONDS = 30 * 86_400;

/** Returns null for --help. */
export function parseTokenArguments(argv: readonly string[]): TokenArguments | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string', multiple: true },
        department: { type: 'string', multiple: true },
        subject: { type: 'string' },
        email: { type: 'string' },
        expires: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return null;
  const roles = values.role ?? [];
  if (roles.length === 0) throw new UsageError(`--role is required (${ROLES.join(', ')})`);
  const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown !== undefined) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${unknown}"`);
  const departments = values.department ?? [];
  const badDepartment = departments.find((code) => !DEPARTMENT_PATTERN.test(code));
  if (badDepartment !== undefined) throw new UsageError(`--department must be a department code such as TMF, got "${badDepartment}"`);
  const subject = values.subject ?? 'developer';
  if (!SUBJECT_PATTERN.test(subject)) throw new UsageError(`--subject must be 1–255 letters, digits or . _ ~ @ : | + = / -, got "${subject}"`);
  const email = values.email ?? null;
  if (email !== null && !EMAIL_PATTERN.test(email)) throw new UsageError(`--email must be an e-mail address, got "${email}"`);
  const expires = values.expires ?? '8h';
  const span = SPAN_PATTERN.exec(expires);
  if (!span || Number(span[1]) === 0 || Number(span[1]) * SECONDS[span[2] as keyof typeof SECONDS] > LONGEST_SECONDS)
    throw new UsageError(`--expires must be a number and s, m, h or d, from 1s to 30d, got "${expires}"`);
  return { roles: [...new Set(roles as Role[])], departments: [...new Set(departments)], subject, expires, email };
}
