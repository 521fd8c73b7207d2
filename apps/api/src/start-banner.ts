import type { AppConfig } from '@civic/platform';

/** What a newcomer needs once the API is up: where it and its docs are, how to get a staff token. (The worker says where e-mails go.) */
export function startBanner(config: AppConfig): string[] {
  const base = `http://${config.host}:${config.port}`;
  const lines = [`API listening on ${base} — API docs at ${base}/docs`];
  if (!config.production && !config.auth.jwksUrl)
    lines.push(
      `A staff token for the API: TOKEN=$(npm run -s token -- --role handler --department TMF), then curl -H "Authorization: Bearer $TOKEN" ${base}/departments/TMF/inbox`,
    );
  return lines;
}
