export * from './civic-metrics';
export * from './metrics-access';
export * from './metrics-server';
