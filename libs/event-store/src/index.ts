export * from './event-store.port';
export * from './errors';
export * from './position';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { POSTGRES_EVENT_STORE_SCHEMA } from './postgres/postgres-event-store.schema';
