// Public surface of @civic/supports: the pure domain of supporting an idea (double opt-in, once per person, withdrawable).
// Test helpers live in ./testing and are deliberately not exported here.
export * from './support.events';
export * from './support.stream';
export * from './support.state';
export * from './support.errors';
export type * from './support.commands';
export { decide as decideSupport, nextSupporterKeyId } from './support.decide';
export { evolve as evolveSupport, foldSupport } from './support.evolve';
export { normaliseEmail } from './normalise-email';
