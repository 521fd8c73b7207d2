import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test provider: its login name is its subject. */
export interface ProviderAccount {
  readonly roles: readonly string[];
  readonly departments: readonly string[];
  readonly email?: string;
  /** OpenID Connect's standard claim (YYYY-MM-DD), as MitID or BankID brokers give it: budget rounds judge a voter's age by it. */
  readonly birthdate?: string;
}

/** A citizen-facing client (signing initiatives, voting in budget rounds) beside the staff's own. */
export interface ExtraClient {
  readonly id: string;
  readonly secret: string;
  readonly redirectUris: readonly string[];
}

export const TEST_CLIENT = { id: 'civic-staff', secret: 'civic-staff-test-secret-0123456789' };

export interface TestOidcProvider {
  readonly issuer: string;
  readonly provider: Provider;
  /** Lets the provider serve, once the app's address (its redirect URIs) is known. */
  register(appUrl: string, extraClients?: readonly ExtraClient[]): void;
  close(): Promise<void>;
}

/**
 * A real, OpenID-certified provider (node-oidc-provider) in the test's own
 * process, on a port of its own, with its development login and consent
 * pages (any password is accepted; the login name is the account).
 */
export async function startOidcProvider(
  accounts: Record<string, ProviderAccount>,
  /** claimsInIdToken false: the standard's default, a scope's claims (birthdate…) only at the userinfo endpoint. */
  options: { claimsInIdToken?: boolean } = {},
): Promise<TestOidcProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | null = null;
  const server: Server = createServer((request, response) => {
    if (handler) return handler(request, response);
    response.statusCode = 503;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let provider: Provider | null = null;
  return {
    issuer,
    get provider() {
      if (!provider) throw new Error('register() the app first');
      return provider;
    },
    register(appUrl: string, extraClients: readonly ExtraClient[] = []) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: TEST_CLIENT.id,
            client_secret: TEST_CLIENT.secret,
            redirect_uris: [`${appUrl}/staff/callback`],
            post_logout_redirect_uris: [`${appUrl}/staff/signed-out`],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
          ...extraClients.map((client) => ({
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: [...client.redirectUris],
            grant_types: ['authorization_code'],
            response_types: ['code' as const],
          })),
        ],
        // Roles and departments in the ID token, where a provider configured for Civic Ideas puts them (unless told otherwise).
        claims: { openid: ['sub'], email: ['email'], profile: ['roles', 'departments', 'birthdate'] },
        conformIdTokenClaims: options.claimsInIdToken === false,
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
        findAccount: (_context: unknown, id: string) =>
          accounts[id]
            ? {
                accountId: id,
                claims: () => ({
                  sub: id,
                  roles: accounts[id].roles,
                  departments: accounts[id].departments,
                  email: accounts[id].email,
                  birthdate: accounts[id].birthdate,
                }),
              }
            : undefined,
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
