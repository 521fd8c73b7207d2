// Test helpers for the ideas domain; import from here, never from the lib's index.
export { given } from './given';
export * from './fixtures';
