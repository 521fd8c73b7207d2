export * from './moderation-queue.table';
export * from './moderation-queue.fold';
export * from './moderation-queue.projection';
export * from './moderation-queue.query';
