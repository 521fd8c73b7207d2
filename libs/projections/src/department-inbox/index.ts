export * from './department-inbox.table';
export * from './department-inbox.fold';
export * from './department-inbox.projection';
export * from './department-inbox.query';
export * from './department-inbox.cursor';
