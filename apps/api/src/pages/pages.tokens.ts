export const PAGES_CONFIG = Symbol('PAGES_CONFIG');
