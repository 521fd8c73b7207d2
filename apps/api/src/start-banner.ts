import type { AppConfig } from '@civic/platform';

/** What a newcomer needs once `npm start` is up: where the API and its docs are, where the e-mails go, how to get a staff token. */
export function startBanner(config: AppConfig, withWorker: boolean): string[] {
  const base = `http://${config.host}:${config.port}`;
  const lines = [`API listening on ${base} — API docs at ${base}/docs`];
  if (withWorker) lines.push(config.jobs.smtpUrl ? `E-mails are sent through ${smtpServerOf(config.jobs.smtpUrl)}` : 'E-mails are logged, not sent (no SMTP_URL); set SMTP_URL to send them');
  if (!config.production && !config.auth.jwksUrl) lines.push(`A staff token for the API: TOKEN=$(npm run -s token -- --role handler --department TMF), then curl -H "Authorization: Bearer $TOKEN" ${base}/departments/TMF/inbox`);
  return lines;
}

/** The server only: SMTP_URL may carry a user name and password. */
function smtpServerOf(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}
