export * from './satisfaction.table';
export * from './satisfaction.projection';
export * from './satisfaction.query';
export * from './satisfaction.csv';
