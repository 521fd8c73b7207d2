export * from './department-inbox.entity';
export * from './department-inbox.projection';
export * from './department-inbox.query';
export * from './department-inbox.row';
export { foldDepartmentInbox, DEFAULT_RESPONSE_WORKING_DAYS } from './department-inbox.fold';
export * from './inbox-cursor';
