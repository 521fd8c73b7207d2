// What a process needs before it loads the rest, quick to load (no TypeORM, no BullMQ): npm start's launcher uses only this.
export * from './config/app-config';
export { EmbeddedPostgresDidNotStart, embeddedPostgresUrl, type EmbeddedPostgresServer, startEmbeddedPostgres } from './database/embedded-postgres';
export { onStopRequest } from './process/stop-requests';
export { useStructuredLogs } from './logging/nest-logger';
