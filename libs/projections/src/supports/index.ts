export * from './supports.table';
export * from './supports.fold';
export * from './supports.projection';
export * from './supports.query';
