export * from './round-fixtures';
export * from './given';
