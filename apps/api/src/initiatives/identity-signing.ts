import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { ProblemError } from '../http/problem';
import { INITIATIVES_OPTIONS, type IdentitySigningOptions, type InitiativesOptions } from './initiatives-options';

/** What the signer chose on the page, kept (signed, in a cookie) across the round trip to the identity provider. */
export interface PendingIdentitySignature {
  readonly initiativeId: string;
  readonly district: string;
  readonly publishName: boolean;
  readonly language: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface VerifiedSigner {
  readonly pending: PendingIdentitySignature;
  /** The provider's issuer and pseudonymous subject: the signer key, so one person signs once. */
  readonly issuer: string;
  readonly subject: string;
  readonly name: string;
}

/** What every flow carries across the round trip: the checks of the authorization code flow. */
interface Flow {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export const IDENTITY_COOKIE = 'initiative_identity';
export const IDENTITY_SECRET = Symbol('InitiativeIdentitySecret');
const COOKIE_MAX_AGE_MS = 10 * 60_000;

/**
 * Signing with a verified identity through an OpenID Connect provider
 * (MitID, BankID, Freja…): authorization code flow with PKCE, state and
 * nonce, by `openid-client`. The provider's own login replaces the e-mail
 * link; its subject (pairwise where the provider offers it) keys the signer.
 */
@Injectable()
export class IdentitySigning {
  private readonly logger = new Logger('IdentitySigning');
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    @Inject(INITIATIVES_OPTIONS) private readonly options: InitiativesOptions,
    @Inject(IDENTITY_SECRET) private readonly secret: string,
  ) {}

  get enabled(): boolean {
    return Boolean(this.options.identity);
  }

  /** Where the sign-in form's redirect leads, for the page's CSP form-action. */
  get providerOrigin(): string | null {
    return this.options.identity ? new URL(this.options.identity.issuer).origin : null;
  }

  /** The provider's authorization URL, and the cookie that carries the signer's choices to the callback. */
  async start(choices: Pick<PendingIdentitySignature, 'initiativeId' | 'district' | 'publishName' | 'language'>): Promise<{ url: string; cookie: string }> {
    return this.begin(this.identity().redirectUri, 'initiative', choices);
  }

  /** Redeems the code the provider sent back (the callback's query) for the verified subject and name. */
  async finish(query: string, cookie: string | undefined): Promise<VerifiedSigner> {
    return this.complete<PendingIdentitySignature>(this.identity().redirectUri, 'initiative', query, cookie);
  }

  /**
   * The same flow for another purpose (a budget round's ballot): its own callback and its own choices, carried in a
   * cookie that says what it is for, so that one purpose's cookie never completes another's.
   */
  async begin<T extends object>(redirectUri: string, purpose: string, choices: T): Promise<{ url: string; cookie: string }> {
    const identity = this.identity();
    const config = await this.config(identity);
    const pending = {
      ...choices,
      purpose,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, cookie: this.seal(pending) };
  }

  /** `wants.birthdate`: ask the provider's userinfo endpoint for the birthdate where the ID token does not carry it. */
  async complete<T>(
    redirectUri: string,
    purpose: string,
    query: string,
    cookie: string | undefined,
    wants: { birthdate?: boolean } = {},
  ): Promise<{ pending: T; issuer: string; subject: string; name: string; birthdate: string | null }> {
    const identity = this.identity();
    const opened = cookie ? this.open(cookie) : null;
    if (!opened || (opened.purpose ?? 'initiative') !== purpose)
      throw new ProblemError(400, 'identity-session-lost', 'The sign-in took too long or was started elsewhere', 'Start again from the page you came from.');
    const pending = opened as unknown as T & Flow;
    const config = await this.config(identity);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, new URL(`${redirectUri}${query}`), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new ProblemError(400, 'identity-not-verified', 'The identity provider did not confirm who you are', (error as Error).message);
    }
    const claims = tokens.claims();
    if (!claims?.sub) throw new ProblemError(400, 'identity-not-verified', 'The identity provider did not confirm who you are');
    const name = [claims.name, [claims.given_name, claims.family_name].filter(Boolean).join(' ')].find(
      (value) => typeof value === 'string' && value.trim() !== '',
    );
    const birthdate =
      typeof claims.birthdate === 'string' ? claims.birthdate : wants.birthdate ? await this.userinfoBirthdate(config, tokens, claims.sub) : null;
    return { pending, issuer: config.serverMetadata().issuer, subject: claims.sub, name: String(name ?? ''), birthdate };
  }

  /**
   * OpenID Connect's standard claim (YYYY-MM-DD, or 0000-MM-DD with the year withheld): a provider that follows the
   * standard to the letter gives a scope's claims at its userinfo endpoint rather than in the ID token. Null when it has
   * none, or the endpoint fails (the voter's statement then stands).
   */
  private async userinfoBirthdate(config: oidc.Configuration, tokens: { access_token?: string }, subject: string): Promise<string | null> {
    if (!tokens.access_token || !config.serverMetadata().userinfo_endpoint) return null;
    try {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, subject);
      return typeof info.birthdate === 'string' ? info.birthdate : null;
    } catch (error) {
      this.logger.warn(`The identity provider's userinfo endpoint failed: ${(error as Error).message}`);
      return null;
    }
  }

  /** Where the provider sends a voter back: IDENTITY votingRedirectUri, or the signers' callback's address with the voters' path. */
  get votingRedirectUri(): string {
    const identity = this.identity();
    return identity.votingRedirectUri ?? new URL('/budget-rounds/identity/callback', identity.redirectUri).href;
  }

  private identity(): IdentitySigningOptions {
    if (!this.options.identity) throw new ProblemError(404, 'identity-signing-off', 'Signing with a verified identity is not configured');
    return this.options.identity;
  }

  private config(identity: IdentitySigningOptions): Promise<oidc.Configuration> {
    // Discovered once; an http issuer only where configured so (tests, a provider on loopback).
    this.configuration ??= oidc
      .discovery(new URL(identity.issuer), identity.clientId, identity.clientSecret, undefined, {
        execute: identity.issuer.startsWith('http://') ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  private seal(pending: Flow & { purpose: string }): string {
    const body = Buffer.from(JSON.stringify({ ...pending, expires: Date.now() + COOKIE_MAX_AGE_MS })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  private open(cookie: string): (Flow & { purpose?: string }) | null {
    const [body, mac] = cookie.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    if (expected.length !== mac.length || !timingSafeEqual(expected, Buffer.from(mac))) return null;
    const { expires, ...pending } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Flow & { purpose?: string; expires: number };
    return Date.now() < expires ? pending : null;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(`identity-cookie:${body}`).digest('base64url');
  }
}

export const IDENTITY_COOKIE_MAX_AGE_MS = COOKIE_MAX_AGE_MS;
