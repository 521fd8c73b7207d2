import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { generateEvents } from '../bench/generate-events';
import { PersonalDataVault, personalDataMasterKey } from '../libs/casework/src/index';
import { loadConfig } from '../libs/platform/src/index';
import { TEST_SERVER_URL } from '@civic/platform/testing';

// bench:generate's COPY path writes what its appending writers write: the read-side benchmarks depend on the history's content.

const databaseUrl = (method: string) => {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/civic_test_generate_${method}_${randomBytes(4).toString('hex')}`;
  return url.toString();
};

/** Everything but the random ids (event, correlation) and the sealed contact (a random data key each run). */
const CONTENT = `SELECT md5(string_agg(stream_id || ':' || stream_revision || ':' || type || ':' || (data - 'contact')::text || ':' || (metadata - 'correlationId')::text, '|' ORDER BY stream_id, stream_revision)) AS content,
  count(*)::int AS events,
  (SELECT count(*)::int FROM event_streams) AS streams,
  (SELECT sum(revision + 1)::int FROM event_streams) AS stream_events,
  (SELECT count(*)::int FROM submitter_data_keys) AS data_keys,
  (SELECT count(*)::int FROM events WHERE type = 'IdeaSubmitted' AND jsonb_typeof(data->'contact') = 'object') AS sealed_contacts
FROM events`;

describe('bench:generate --method copy', () => {
  const urls = { copy: databaseUrl('copy'), append: databaseUrl('append') };

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    for (const url of Object.values(urls)) await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  });

  it('writes the events, stream revisions and data keys the appending writers write, and the contacts open', async () => {
    const options = { events: 2000, seed: 7, end: '2026-11-01', months: 24, writers: 4, reset: true, log: () => undefined };
    const copied = await generateEvents({ ...options, method: 'copy', databaseUrl: urls.copy });
    const appended = await generateEvents({ ...options, method: 'append', databaseUrl: urls.append });
    expect(copied).toMatchObject({ events: appended.events, ideas: appended.ideas, appends: appended.appends, openAtEnd: appended.openAtEnd });

    const contents = [];
    for (const url of [urls.copy, urls.append]) {
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      try {
        const [content] = (await pool.query(CONTENT)).rows;
        contents.push(content);
        // Global order is simulated time order in the copy (each idea's own order in both).
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM (SELECT stream_revision - lag(stream_revision) OVER (PARTITION BY stream_id ORDER BY transaction_id, global_position) AS step FROM events) s WHERE step <> 1`,
        );
        expect(rows[0].n).toBe(0);
        const vault = new PersonalDataVault(pool, await personalDataMasterKey(loadConfig({ DEVELOPMENT_SECRETS_DIR: process.env.DEVELOPMENT_SECRETS_DIR })));
        const sealed = await pool.query<{ contact: { keyId: string; ciphertext: string } }>(
          `SELECT data->'contact' AS contact FROM events WHERE type = 'IdeaSubmitted' AND jsonb_typeof(data->'contact') = 'object' ORDER BY global_position DESC LIMIT 5`,
        );
        for (const { contact } of sealed.rows) expect(await vault.open(contact)).toHaveProperty('name');
      } finally {
        await pool.end();
      }
    }
    expect(contents[0]).toEqual(contents[1]);
    expect(contents[0]).toMatchObject({ events: copied.events, stream_events: copied.events, streams: copied.ideas });
    expect(contents[0].data_keys).toBe(contents[0].sealed_contacts);
    expect(contents[0].data_keys).toBeGreaterThan(0);
  }, 180_000);
});
