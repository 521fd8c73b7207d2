import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A mail the worker composed but could not send (no SMTP_URL), kept so a developer can read it in the browser. */
export interface DevelopmentMail {
  readonly key: string;
  readonly at: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly language: string;
}

/** Outside production, with no SMTP_URL: where unsent mails are kept (DEVELOPMENT_MAILBOX_DIR, default .data/mailbox); null otherwise. */
export function developmentMailboxDir(env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_ENV === 'production' || env.SMTP_URL) return null;
  return env.DEVELOPMENT_MAILBOX_DIR || join('.data', 'mailbox');
}

/** One file per mail key: a retried job overwrites its own mail rather than adding a second. */
export function keepInDevelopmentMailbox(dir: string, mail: DevelopmentMail): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${mail.key.replace(/[^A-Za-z0-9_.-]+/g, '_')}.json`), JSON.stringify(mail, null, 2));
}

/** The newest first, at most `limit`. */
export function readDevelopmentMailbox(dir: string, limit = 50): DevelopmentMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as DevelopmentMail)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}
