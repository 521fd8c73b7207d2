import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { runCopyCommand } from './copy-command';

/** The command around the copy logic: arguments, opening the stores, progress lines, exit codes. */

let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase('copy_cli_source'), createTestDatabase('copy_cli_target')]);
  await applyMigrations(source.url); // the target is left empty: the command migrates it
  const pool = createTestPool(source.url, 2);
  const store = new PostgresEventStore(pool);
  for (let i = 0; i < 30; i++) {
    const metadata = { correlationId: randomUUID(), causationId: null, actor: 'tester', occurredAt: new Date().toISOString(), schemaVersion: 1 };
    await store.appendToStream(`idea-${i % 6}`, [{ type: 'Noted', data: { i }, metadata }], { expectedRevision: 'any' });
  }
  // $all shows a commit once older transactions on the (shared) server have ended.
  const deadline = Date.now() + 20_000;
  while ((await store.readAll()).length < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await store.close();
  await pool.end();
});
afterAll(async () => {
  await Promise.all([source.drop(), target.drop()]);
});

function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stderr = '';
  const done = runCopyCommand(argv, env, { stderr: { write: (text: string) => (stderr += text) } });
  return done.then((code) => ({ code, stderr }));
}

async function countTargetEvents(): Promise<number> {
  const pool = createTestPool(target.url, 1);
  try {
    return Number((await pool.query('SELECT count(*) FROM events')).rows[0].count);
  } finally {
    await pool.end();
  }
}

describe('event-store:copy', () => {
  it('copies PostgreSQL into a new PostgreSQL database in bounded runs, printing progress, with the URLs from the environment', async () => {
    const env = { DATABASE_URL: source.url, TARGET_DATABASE_URL: target.url };
    const first = await run(['--from', 'postgres', '--to', 'postgres', '--max-events', '12'], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^Copying every stream from postgres .* to postgres /m);
    expect(first.stderr).toMatch(/^done: copied 12 · skipped 0 already there · at position 12 of ~30 \(40\.0 %\)/m);
    expect(first.stderr).toMatch(/run the same command again/);
    expect(await countTargetEvents()).toBe(12);

    const second = await run(['--from', 'postgres', '--to', 'postgres', '--to-url', target.url], { DATABASE_URL: source.url });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^done: copied 18 · skipped 12 already there/m);
    expect(await countTargetEvents()).toBe(30);
  });

  it('fails at once, with a clear message, when EventStoreDB does not answer', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const started = Date.now();
    const { code, stderr } = await run(['--from', 'postgres', '--to', 'eventstoredb', '--to-url', `esdb://127.0.0.1:${port}?tls=false`], {
      DATABASE_URL: source.url,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Copy failed: Event store unavailable \(check that EventStoreDB answers\)/m);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers a usage mistake with exit code 2 and the usage', async () => {
    const { code, stderr } = await run(['--from', 'postgres', '--to', 'oracle'], { DATABASE_URL: source.url });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--to must be postgres or eventstoredb, got "oracle"/);
    expect(stderr).toMatch(/Usage: npm run event-store:copy/);
  });
});
