// Public surface of @civic/initiatives: citizen initiatives, pure (no Nest, I/O or clock). Test helpers live in ./testing.
export * from './vocabulary';
export * from './calendar-months';
export * from './threshold-rule';
export type * from './initiative.commands';
export * from './initiative.events';
export type * from './initiative.state';
export * from './initiative.errors';
export * from './initiative.stream';
export { decideInitiative } from './initiative.decide';
export { evolveInitiative, foldInitiative } from './initiative.evolve';
export type * from './signature.commands';
export * from './signature.events';
export type * from './signature.state';
export * from './signature.stream';
export { decideSignature, isCollecting } from './signature.decide';
export { evolveSignature, foldSignature } from './signature.evolve';
