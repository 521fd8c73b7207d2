import type { JSONWebKeySet } from 'jose';

/** How staff tokens are verified: whose keys, which issuer and audience, where roles, departments and the e-mail address sit in the claims. */
export interface StaffAuthOptions {
  /** The identity provider's JWKS URL, or a key set held in memory (the development key, tests). */
  readonly keys: { readonly jwksUrl: string } | { readonly jwks: JSONWebKeySet };
  readonly issuer: string;
  readonly audience: string;
  readonly rolesClaim: string;
  readonly departmentsClaim: string;
  /** Where the e-mail address sits; default 'email' (the OpenID Connect standard claim). */
  readonly emailClaim?: string;
}
