import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { staffMemberFromClaims, type StaffMember } from '@civic/casework';
import { ProblemError } from '../http/problem';
import { StaffTokenVerifier } from '../auth/staff-token-verifier';
import { STAFF_AUTH_OPTIONS, STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffAuthOptions } from '../auth/staff-auth.options';
import type { StaffOidcClientOptions, StaffSignInOptions } from './staff-sign-in.options';

/** What the browser keeps (in an HttpOnly cookie) between leaving for the provider and coming back. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  /** The staff page to return to. */
  readonly next: string;
}

/** A provider that refused, or an answer that does not hold (wrong state, bad code, bad ID token): sign in again. */
export class SignInFailed extends Error {}

/**
 * The authorization-code flow with PKCE, by openid-client (OpenID certified):
 * discovery of AUTH_ISSUER, the authorization URL, the code exchange with its
 * state, nonce and ID-token checks, and the provider's sign-out URL.
 */
@Injectable()
export class StaffOidc {
  private readonly logger = new Logger('StaffSignIn');
  private configuration: Promise<oidc.Configuration> | null = null;
  private readonly client: StaffOidcClientOptions | null;

  constructor(
    @Inject(STAFF_SIGN_IN) options: StaffSignInOptions,
    @Inject(STAFF_AUTH_OPTIONS) private readonly auth: StaffAuthOptions,
    private readonly verifier: StaffTokenVerifier,
  ) {
    this.client = options.oidc;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  async authorizationUrl(redirectUri: string, next: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.discovered();
    const pending: PendingSignIn = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.client!.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** The code exchanged for tokens; the staff member from the access token when the API would accept it, else from the ID token's claims. */
  async signedIn(callbackUrl: URL, pending: PendingSignIn): Promise<{ staff: StaffMember; idToken: string | null }> {
    const configuration = await this.discovered();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      this.logger.warn(`A staff sign-in was refused: ${error instanceof Error ? error.message : String(error)}`);
      throw new SignInFailed(error instanceof Error ? error.message : String(error));
    }
    const claims = tokens.claims();
    if (!claims) throw new SignInFailed('no ID token');
    // The same claims as the bearer tokens the API trusts: where the access token is one of those, it decides.
    const staff = await this.verifier.verify(tokens.access_token).catch(() => staffMemberFromClaims(claims, this.auth));
    if (staff.subject !== claims.sub) throw new SignInFailed('the access token and the ID token name different people');
    return { staff, idToken: tokens.id_token ?? null };
  }

  /** The provider's sign-out (RP-initiated logout) URL, when it offers one. */
  async endSessionUrl(idToken: string | null, postLogoutRedirectUri: string): Promise<string | null> {
    if (!this.client) return null;
    const configuration = await this.discovered().catch(() => null);
    if (!configuration?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: this.client.clientId,
      ...(idToken && { id_token_hint: idToken }),
    }).href;
  }

  /** Discovered once, at the first sign-in; a failure is tried again at the next. */
  private discovered(): Promise<oidc.Configuration> {
    const client = this.client;
    if (!client) throw new Error('No OpenID Connect client is configured');
    this.configuration ??= oidc
      .discovery(
        new URL(client.issuer),
        client.clientId,
        client.clientSecret === null ? { token_endpoint_auth_method: 'none' } : client.clientSecret,
        client.clientSecret === null ? oidc.None() : undefined,
        client.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = null;
        this.logger.error(`The identity provider cannot be discovered: ${error instanceof Error ? error.message : String(error)}`);
        throw new ProblemError(
          503,
          'identity-provider-unavailable',
          'Sign-in is not possible right now',
          'The identity provider does not answer. Try again in a moment.',
        );
      });
    return this.configuration;
  }
}
