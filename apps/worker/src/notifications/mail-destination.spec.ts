import { mailDestination } from './mail-destination';

describe('Where the worker says its e-mails go', () => {
  it('says they are only logged without SMTP_URL', () => {
    expect(mailDestination(undefined)).toBe('E-mails are logged, not sent (no SMTP_URL); set SMTP_URL to send them');
  });

  it('names the mail server without its password', () => {
    const line = mailDestination('smtp://user:secret@mail.example.dk:587');
    expect(line).toBe('E-mails are sent through smtp://mail.example.dk:587');
    expect(line).not.toContain('secret');
  });
});
