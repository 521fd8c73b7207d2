// Public surface of @civic/ideas: the pure domain of Civic Ideas.
// Test helpers live in ./testing and are deliberately not exported here.
export * from './vocabulary';
export type * from './idea.commands';
export * from './idea.events';
export * from './idea.stream';
export * from './response-deadline';
export * from './idea.state';
export * from './idea.errors';
export { decide } from './idea.decide';
export { evolve, foldIdea } from './idea.evolve';
export { requireContact } from './idea.validation';
export { compileRoutingRules, type CompiledRoutingRules, matchRoutingRule } from './routing-rule';
export type { RoutingRule, RoutingInput, RoutingMatch } from './routing-rule';
export * from './idea-report';
