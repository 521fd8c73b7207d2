export * from './initiatives.table';
export * from './initiatives.projection';
export * from './initiatives.query';
