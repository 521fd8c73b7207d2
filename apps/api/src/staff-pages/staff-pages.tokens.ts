export const STAFF_SIGN_IN = Symbol('STAFF_SIGN_IN');
/** How staff tokens are verified (issuer, audience, the claims holding roles and departments): the pages read the same claims. */
export const STAFF_AUTH_OPTIONS = Symbol('STAFF_AUTH_OPTIONS');
