import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs with nothing configured: embedded PostgreSQL, BullMQ on PostgreSQL, demo data', () => {
    expect(loadConfig({})).toMatchObject({ production: false, port: 3000, databaseUrl: null, redisUrl: null, eventStore: 'postgres', seedDemoData: true });
  });

  it('uses the servers it is given and seeds only when asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/civic', REDIS_URL: 'redis://cache:6379', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://db/civic', redisUrl: 'redis://cache:6379', port: 8080, seedDemoData: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/civic', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('refuses production without a database or a tracking secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TRACKING_TOKEN_SECRET: 'x'.repeat(32) })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/civic' })).toThrow(/TRACKING_TOKEN_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/civic', TRACKING_TOKEN_SECRET: 'x'.repeat(32) }).production).toBe(true);
  });

  it('selects EventStoreDB with its connection string and our own call timeout', () => {
    expect(loadConfig({})).toMatchObject({ eventStore: 'postgres', eventStoreUrl: null, eventStoreTimeoutMs: 5000 });
    const config = loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://es1:2113,es2:2113?tls=true', EVENTSTORE_TIMEOUT_MS: '2000' });
    expect(config).toMatchObject({ eventStore: 'eventstoredb', eventStoreUrl: 'esdb://es1:2113,es2:2113?tls=true', eventStoreTimeoutMs: 2000 });
    expect(loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb+discover://cluster.local:2113' }).eventStore).toBe('eventstoredb');
  });

  it('refuses EventStoreDB without a usable EVENTSTORE_URL or with a zero timeout', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(ConfigError);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_URL must be set with EVENT_STORE=eventstoredb/);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'http://es:2113' })).toThrow(/EVENTSTORE_URL must start with esdb:\/\//);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://es:2113', EVENTSTORE_TIMEOUT_MS: '0' })).toThrow(/EVENTSTORE_TIMEOUT_MS/);
    expect(() => loadConfig({ EVENTSTORE_TIMEOUT_MS: 'soon' })).toThrow(/EVENTSTORE_TIMEOUT_MS/);
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE/);
  });
});
