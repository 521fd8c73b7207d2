import { loadConfig } from '@civic/platform';
import { startBanner } from './start-banner';

const development = (env: NodeJS.ProcessEnv = {}) => loadConfig({ NODE_ENV: 'development', ...env });

describe('What the API prints once it is up', () => {
  it('where the API and its docs are, and how to get a staff token', () => {
    expect(startBanner(development())).toEqual([
      'API listening on http://127.0.0.1:3000 — API docs at http://127.0.0.1:3000/docs',
      'A staff token for the API: TOKEN=$(npm run -s token -- --role handler --department TMF), then curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/departments/TMF/inbox',
    ]);
  });

  it('says nothing of development tokens with a real identity provider', () => {
    const lines = startBanner(development({ AUTH_JWKS_URL: 'https://login.example.dk/keys', AUTH_ISSUER: 'https://login.example.dk', AUTH_AUDIENCE: 'civic' }));
    expect(lines).toEqual(['API listening on http://127.0.0.1:3000 — API docs at http://127.0.0.1:3000/docs']);
  });
});
