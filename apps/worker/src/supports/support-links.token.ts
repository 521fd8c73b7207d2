/** The SupportLinks of the worker (derived from TRACKING_TOKEN_SECRET, as the API's). */
export const SUPPORT_LINKS = Symbol('SupportLinks');
