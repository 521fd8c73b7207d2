/** Where the worker's e-mails go, for its start line: the server only, since SMTP_URL may carry a user name and password. */
export function mailDestination(smtpUrl: string | null | undefined): string {
  if (!smtpUrl) return 'E-mails are logged, not sent (no SMTP_URL); set SMTP_URL to send them';
  const url = new URL(smtpUrl);
  return `E-mails are sent through ${url.protocol}//${url.host}`;
}
