export * from './participation.sources';
export * from './participation.table';
export * from './participation.projection';
export * from './participation.figures';
export * from './participation.query';
export * from './participation.csv';
