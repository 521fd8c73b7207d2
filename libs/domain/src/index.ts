// Public surface of @civic/domain: what every pure domain library shares (no Nest, no I/O, no clock).
export * from './domain-error';
