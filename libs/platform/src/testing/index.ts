export * from './test-database';
export * from './eventually';
export * from './prometheus-text';
export { freePort } from './free-port';
