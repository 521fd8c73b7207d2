export * from './response-times.table';
export * from './response-times.fold';
export * from './response-times.projection';
export * from './response-times.query';
export * from './response-times.csv';
