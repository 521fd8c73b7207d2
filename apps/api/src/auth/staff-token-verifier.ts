import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { StaffAuthOptions } from './staff-auth.options';
import { staffMemberFromClaims, UnusableStaffClaims, type StaffMember } from '@civic/casework';

/** Only asymmetric signatures: a shared secret (HS*) or none would let anyone holding the public key sign. */
export const STAFF_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
/** How far the identity provider's clock and ours may disagree. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** Anything wrong with the token itself; the reason is for logs, never for the client. */
export class InvalidStaffToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidStaffToken';
  }
}

/** The identity provider's key set could not be fetched: not the client's fault. */
export class IdentityProviderUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The identity provider's key set is not reachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'IdentityProviderUnavailable';
  }
}

/** Verifies staff tokens against the identity provider's keys (jose does the cryptography). */
export class StaffTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: StaffAuthOptions) {
    this.keys = 'jwksUrl' in options.keys ? remoteKeys(options.keys.jwksUrl) : createLocalJWKSet(options.keys.jwks);
  }

  async verify(token: string): Promise<StaffMember> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: STAFF_TOKEN_ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      return staffMemberFromClaims(payload, this.options);
    } catch (error) {
      if (error instanceof IdentityProviderUnavailable) throw error;
      if (error instanceof errors.JOSEError || error instanceof UnusableStaffClaims) throw new InvalidStaffToken(error.message);
      throw error;
    }
  }
}

/** The provider's JWKS, cached and refetched on an unknown key id; failing to fetch it is an outage, not a bad token. */
function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  const jwks = createRemoteJWKSet(new URL(jwksUrl));
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new IdentityProviderUnavailable(error);
    }
  };
}
