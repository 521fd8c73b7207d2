import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentMailboxDir, keepInDevelopmentMailbox, readDevelopmentMailbox } from './development-mailbox';

describe('The development mailbox', () => {
  it('exists only outside production and only without SMTP_URL', () => {
    expect(developmentMailboxDir({})).toBe('.data/mailbox');
    expect(developmentMailboxDir({ DEVELOPMENT_MAILBOX_DIR: '/tmp/mails' })).toBe('/tmp/mails');
    expect(developmentMailboxDir({ NODE_ENV: 'production' })).toBeNull();
    expect(developmentMailboxDir({ NODE_ENV: 'production', DEVELOPMENT_MAILBOX_DIR: '/tmp/mails' })).toBeNull();
    expect(developmentMailboxDir({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toBeNull();
  });

  it('keeps one mail per key and reads them newest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailbox-'));
    try {
      const mail = (key: string, at: string, subject: string) => ({ key, at, to: ['karen@example.dk'], subject, text: 'Hej', language: 'da' });
      keepInDevelopmentMailbox(dir, mail('receipt:1', '2026-11-24T09:00:00.000Z', 'first'));
      keepInDevelopmentMailbox(dir, mail('receipt:2', '2026-11-24T10:00:00.000Z', 'second'));
      keepInDevelopmentMailbox(dir, mail('receipt:1', '2026-11-24T09:00:00.000Z', 'first, retried'));
      expect(readDevelopmentMailbox(dir).map((m) => m.subject)).toEqual(['second', 'first, retried']);
      expect(readDevelopmentMailbox(join(dir, 'missing'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
