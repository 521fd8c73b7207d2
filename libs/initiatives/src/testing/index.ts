export * from './given';
export * from './fixtures';
