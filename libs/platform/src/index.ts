export * from './config/app-config';
export * from './clock';
export { embeddedPostgresUrl, startEmbeddedPostgres } from './database/embedded-postgres';
export { createPgPool } from './database/pg-pool';
export { MIGRATIONS } from './database/migrations';
export { applyMigrations } from './database/migrate';
export * from './jobs/queue-backend';
export * from './calendar/working-day-calendar';
export { personalDataMasterKey } from './personal-data/master-key';
