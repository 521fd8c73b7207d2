export * from './response-time-histograms.table';
export * from './response-time-histograms.cells';
export * from './response-time-histograms.projection';
export * from './response-time-histograms.query';
export * from './response-time-histograms.cache';
export * from './response-time-flows.query';
