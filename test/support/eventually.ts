export { eventually } from '@civic/platform/testing';
