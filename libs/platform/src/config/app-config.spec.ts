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

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE/);
  });
});
