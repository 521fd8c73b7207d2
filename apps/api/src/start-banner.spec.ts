import { loadConfig } from '@civic/platform';
import { startBanner } from './start-banner';

const development = (env: NodeJS.ProcessEnv = {}) => loadConfig({ NODE_ENV: 'development', ...env });

describe('What npm start prints once it is up', () => {
  it('where the API and its docs are, that e-mails are only logged, and how to get a staff token', () => {
    expect(startBanner(development(), true)).toEqual([
      'API listening on http://127.0.0.1:3000 — API docs at http://127.0.0.1:3000/docs',
      'E-mails are logged, not sent (no SMTP_URL); set SMTP_URL to send them',
      'A staff token for the API: TOKEN=$(npm run -s token -- --role handler --department TMF), then curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/departments/TMF/inbox',
    ]);
  });

  it('names the mail server without its password', () => {
    const lines = startBanner(development({ SMTP_URL: 'smtp://user:secret@mail.example.dk:587' }), true);
    expect(lines[1]).toBe('E-mails are sent through smtp://mail.example.dk:587');
    expect(lines.join('\n')).not.toContain('secret');
  });

  it('says nothing of e-mails without the worker in this process, nor of development tokens with a real identity provider', () => {
    const lines = startBanner(development({ AUTH_JWKS_URL: 'https://login.example.dk/keys', AUTH_ISSUER: 'https://login.example.dk', AUTH_AUDIENCE: 'civic' }), false);
    expect(lines).toEqual(['API listening on http://127.0.0.1:3000 — API docs at http://127.0.0.1:3000/docs']);
  });
});
