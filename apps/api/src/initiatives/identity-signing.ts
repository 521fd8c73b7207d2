import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
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
    const identity = this.identity();
    const config = await this.config(identity);
    const pending: PendingIdentitySignature = {
      ...choices,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: identity.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, cookie: this.seal(pending) };
  }

  /** Redeems the code the provider sent back (the callback's query) for the verified subject and name. */
  async finish(query: string, cookie: string | undefined): Promise<VerifiedSigner> {
    const identity = this.identity();
    const pending = cookie ? this.open(cookie) : null;
    if (!pending)
      throw new ProblemError(400, 'identity-session-lost', 'The sign-in took too long or was started elsewhere', 'Start signing again from the initiative.');
    const config = await this.config(identity);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, new URL(`${identity.redirectUri}${query}`), {
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
    return { pending, issuer: config.serverMetadata().issuer, subject: claims.sub, name: String(name ?? '') };
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

  private seal(pending: PendingIdentitySignature): string {
    const body = Buffer.from(JSON.stringify({ ...pending, expires: Date.now() + COOKIE_MAX_AGE_MS })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  private open(cookie: string): PendingIdentitySignature | null {
    const [body, mac] = cookie.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    if (expected.length !== mac.length || !timingSafeEqual(expected, Buffer.from(mac))) return null;
    const { expires, ...pending } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PendingIdentitySignature & { expires: number };
    return Date.now() < expires ? pending : null;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(`identity-cookie:${body}`).digest('base64url');
  }
}

export const IDENTITY_COOKIE_MAX_AGE_MS = COOKIE_MAX_AGE_MS;
