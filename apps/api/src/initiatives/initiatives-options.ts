import { NORWAY_MUNICIPALITY, type ThresholdRule } from '@civic/initiatives';

/** Signing with a verified identity (OpenID Connect: MitID, BankID, Freja…); absent: e-mail only. */
export interface IdentitySigningOptions {
  /** The provider's issuer URL (discovery at /.well-known/openid-configuration). */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where the provider sends the signer back: PUBLIC_BASE_URL + /initiatives/identity/callback. */
  readonly redirectUri: string;
  /** Where the provider sends a budget round's voter back: PUBLIC_BASE_URL + /budget-rounds/identity/callback (by default). */
  readonly votingRedirectUri?: string;
}

export interface InitiativesOptions {
  /** INITIATIVE_THRESHOLD_RULE: Norway's municipal rule unless configured. */
  readonly thresholdRule: ThresholdRule;
  readonly identity?: IdentitySigningOptions | null;
}

export const DEFAULT_INITIATIVES_OPTIONS: InitiativesOptions = { thresholdRule: NORWAY_MUNICIPALITY, identity: null };

export const INITIATIVES_OPTIONS = Symbol('InitiativesOptions');
