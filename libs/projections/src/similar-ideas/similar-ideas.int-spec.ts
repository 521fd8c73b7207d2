import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import type { IdeaCommand } from '@civic/ideas';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { answerIdea, hidePublicText, markDuplicate, restorePublicText, routeIdea, submitIdea, withdrawIdea } from '../../../ideas/src/testing';
import { catchUpToNewest } from '../testing/catch-up-to-newest';
import { ensureProjection } from '../runner/generations';
import { rebuildProjection } from '../runner/rebuild';
import { findNameSpans, MASKS } from '../public-status/public-status.masking';
import { recordCommands } from '../testing';
import { similarIdeasProjection } from './similar-ideas.projection';
import { findSimilarIdeas, type RowsOf, searchWords, type SimilarIdeasSearch } from './similar-ideas.query';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const projection = similarIdeasProjection();
const rows: RowsOf = async (statement, values) => (await pool.query(statement, values)).rows;

beforeAll(async () => {
  database = await createTestDatabase('similar_ideas');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 4);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  await ensureProjection(pool, projection);
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await database?.drop();
});

let codes = 0;
const ids: Record<string, string> = {};
async function idea(key: string, title: string, description: string, o: { district?: string; category?: string; at?: string; then?: IdeaCommand[] } = {}) {
  const id = randomUUID();
  ids[key] = id;
  const at = o.at ?? '2026-10-01T09:00:00Z';
  const code = `K-2026-${String(++codes).padStart(6, '0')}`;
  await recordCommands(store, id, [
    submitIdea({
      at,
      publicCode: code,
      title,
      description,
      district: o.district ?? 'valby',
      category: o.category ?? 'traffic',
      ...nameSpans(title, description),
    }),
    ...(o.then ?? []),
  ]);
  return code;
}
const nameSpans = (title: string, description: string) => ({
  submitterNameSpans: { title: findNameSpans(title, ['Karen Hansen']), description: findNameSpans(description, ['Karen Hansen']) },
});

async function catchUp(): Promise<void> {
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string | null;
  const deadline = Date.now() + 10_000;
  while (last !== null && (await store.readHead())?.globalPosition !== BigInt(last) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await catchUpToNewest(pool, store, projection, { batchSize: 7 });
}

const similar = async (search: SimilarIdeasSearch) => (await findSimilarIdeas(rows, search)).map((found) => found.title);

describe('similar_ideas', () => {
  beforeAll(async () => {
    const later = '2026-10-05T09:00:00Z';
    await idea('bike', 'Sikker cykelsti til skolen', 'Børnene cykler på en smal vej med mange lastbiler om morgenen.', { district: 'valby' });
    await idea('bikeElsewhere', 'Cykelstien til skolen er farlig', 'Lastbiler kører tæt på børnene på cykel.', { district: 'amager-oest', category: 'roads' });
    await idea('benches', 'Flere bænke ved søerne', 'Ældre har brug for at hvile sig på turen rundt om søerne.', { category: 'parks-nature' });
    await idea('swedish', 'Säkrare cykelbanor till skolorna', 'Barnen cyklar längs en smal gata med lastbilar.', { district: 'oesterbro' });
    await idea('secret', 'Hundeskov ved Karen Hansen', 'Ring til Karen Hansen på 12 34 56 78 om hundeskoven.', { category: 'parks-nature' });
    await idea('merged', 'Sikker cykelsti til skolen igen', 'Samme som før: cykelsti til skolen.', {
      at: later,
      then: [markDuplicate({ at: later, duplicateOf: randomUUID() })],
    });
    await idea('withdrawn', 'Cykelsti til skolen, trukket', 'Cykelsti til skolen.', { at: later, then: [withdrawIdea({ at: later, reason: null })] });
    await idea('answered', 'Cykelsti til skolen i Valby', 'Vi ønsker en cykelsti til skolen.', {
      at: '2025-01-10T09:00:00Z',
      then: [
        routeIdea({ at: '2025-01-11T09:00:00Z', department: 'roads' }),
        answerIdea({ at: '2025-01-20T09:00:00Z', decision: 'accepted', publicAnswer: 'Ja.' }),
      ],
    });
    await catchUp();
  });

  it('finds ideas by their stems and folded accents, best match first, weighing the district', async () => {
    const found = await findSimilarIdeas(rows, { text: 'cykelstier til skole', district: 'valby', leaveOutClosed: true });
    expect(
      found
        .map((f) => f.title)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Cykelsti til skolen i Valby', 'Sikker cykelsti til skolen']);
    expect(found.map((f) => f.title)).not.toContain('Flere bænke ved søerne');
    expect(found[1]).toMatchObject({ sameDistrict: true, publicCode: expect.stringMatching(/^K-2026-/) });
    // Without accents, as on a keyboard without æ, ø and å: "baenke ved soerne" folds to the same words as "bænke ved søerne".
    expect(await similar({ text: 'baenke ved soerne' })).toContain('Flere bænke ved søerne');
    expect(await similar({ text: 'baenke' })).toEqual(['Flere bænke ved søerne']);
  });

  it('finds a Swedish text by its Swedish stems', async () => {
    expect(await similar({ text: 'cykelbana skola' })).toContain('Säkrare cykelbanor till skolorna');
  });

  it('weighs the district and the category: the same words elsewhere come later', async () => {
    const inAmager = await similar({ text: 'cykelsti til skolen', district: 'amager-oest', category: 'roads', leaveOutClosed: true });
    expect(inAmager[0]).toBe('Cykelstien til skolen er farlig');
    const inValby = await similar({ text: 'cykelsti til skolen', district: 'valby', category: 'traffic', leaveOutClosed: true });
    expect(inValby.indexOf('Cykelstien til skolen er farlig')).toBeGreaterThan(inValby.indexOf('Sikker cykelsti til skolen'));
  });

  it('gives at most five, and nothing for words no idea has or text without words', async () => {
    expect((await similar({ text: 'cykelsti skolen lastbiler børnene' })).length).toBeLessThanOrEqual(5);
    expect(await similar({ text: 'xylofon zebra' })).toEqual([]);
    expect(await similar({ text: '!!! ... ---' })).toEqual([]);
    // Query syntax is not syntax here: & | ! ( ) and quotes are not words.
    expect(await similar({ text: "cykelsti & !( 'skolen' | :*" })).toContain('Sikker cykelsti til skolen');
  });

  it('leaves merged and withdrawn ideas out of the public list, and keeps them for nothing else', async () => {
    const open = await similar({ text: 'cykelsti til skolen', leaveOutClosed: true, limit: 20 });
    expect(open).not.toContain('Sikker cykelsti til skolen igen');
    expect(open).not.toContain('Cykelsti til skolen, trukket');
    const all = await similar({ text: 'cykelsti til skolen', limit: 20 });
    expect(all).toContain('Cykelsti til skolen, trukket');
  });

  it('shows and searches only the masked text: personal data neither matches nor appears', async () => {
    expect(await similar({ text: 'Karen Hansen' })).toEqual([]);
    expect(await similar({ text: '12 34 56 78' })).toEqual([]);
    const dogs = await findSimilarIdeas(rows, { text: 'hundeskov' });
    expect(dogs.map((f) => f.title)).toEqual([`Hundeskov ved ${MASKS.name}`]);
    const stored = (await pool.query(`SELECT to_jsonb(t)::text AS row FROM similar_ideas t`)).rows.map((r) => r.row).join('\n');
    expect(stored).not.toMatch(/karen|12 34 56 78/i);
  });

  it('gives a case its likely duplicates among open and recent ideas, never itself', async () => {
    const candidates = await findSimilarIdeas(rows, {
      text: 'Sikker cykelsti til skolen. Børnene cykler på en smal vej.',
      district: 'valby',
      category: 'traffic',
      excludeIdeaId: ids.bike,
      openOrRecent: { around: new Date('2026-10-01T09:00:00Z'), days: 90 },
    });
    const titles = candidates.map((c) => c.title);
    expect(titles).not.toContain('Sikker cykelsti til skolen');
    expect(titles).toContain('Cykelstien til skolen er farlig');
    expect(titles).not.toContain('Sikker cykelsti til skolen igen'); // already merged
    expect(titles).not.toContain('Cykelsti til skolen i Valby'); // answered in 2025: neither open nor recent
  });

  it('counts the ideas with each stem, and keeps the newest with it in the postings, as the rows change', async () => {
    const ideasWith = async (lexeme: string) =>
      Number((await pool.query(`SELECT coalesce(max(ideas), 0) AS n FROM similar_idea_words WHERE lexeme = $1`, [lexeme])).rows[0].n);
    const postingsOf = async (lexeme: string) =>
      (await pool.query(`SELECT idea_id, district FROM similar_idea_postings WHERE lexeme = $1 ORDER BY idea_id`, [lexeme])).rows;
    const ideasInTable = Number((await pool.query(`SELECT count(*) AS n FROM similar_ideas`)).rows[0].n);
    expect(await ideasWith('')).toBe(ideasInTable); // the empty lexeme counts the ideas
    // "lastbil" is a stem of three ideas' texts (Danish "lastbiler", Swedish "lastbilar"), each posted with its district.
    expect(await ideasWith('lastbil')).toBe(3);
    expect(await postingsOf('lastbil')).toEqual(
      [
        { idea_id: ids.bike, district: 'valby' },
        { idea_id: ids.bikeElsewhere, district: 'amager-oest' },
        { idea_id: ids.swedish, district: 'oesterbro' },
      ].sort((a, b) => a.idea_id.localeCompare(b.idea_id)),
    );
    // A stem of one idea only: gone from both tables while staff hide its text, back when they restore it.
    await idea('organ', 'Orgelkoncert i kirken', 'Et orgel i kirken til koncerter om søndagen.', { district: 'oesterbro', category: 'parks-nature' });
    await catchUp();
    expect(await ideasWith('orgel')).toBe(1);
    await recordCommands(store, ids.organ, [hidePublicText({ ideaId: ids.organ, at: '2026-10-02T09:00:00Z' })]);
    await catchUp();
    expect(await ideasWith('orgel')).toBe(0);
    expect((await pool.query(`SELECT count(*) AS n FROM similar_idea_words WHERE lexeme = 'orgel'`)).rows[0].n).toBe('0');
    expect(await postingsOf('orgel')).toEqual([]);
    expect(await ideasWith('')).toBe(ideasInTable + 1); // still an idea, with nothing to match
    expect(await similar({ text: 'orgelkoncert i kirken' })).toEqual([]);
    await recordCommands(store, ids.organ, [restorePublicText({ ideaId: ids.organ, at: '2026-10-03T09:00:00Z' })]);
    await catchUp();
    expect(await ideasWith('orgel')).toBe(1);
    expect(await similar({ text: 'orgelkoncert i kirken' })).toEqual(['Orgelkoncert i kirken']);
  });

  it('a rebuild from zero gives the same rows as the live model, search columns, stem counts and postings included', async () => {
    const tables = {
      rows: `SELECT to_jsonb(t)::text AS row FROM similar_ideas t ORDER BY idea_id`,
      words: `SELECT lexeme, ideas FROM similar_idea_words ORDER BY lexeme`,
      postings: `SELECT * FROM similar_idea_postings ORDER BY lexeme, received_at, idea_id`,
    };
    const read = async () => ({
      rows: (await pool.query(tables.rows)).rows,
      words: (await pool.query(tables.words)).rows,
      postings: (await pool.query(tables.postings)).rows,
    });
    const live = await read();
    await rebuildProjection(pool, store, projection);
    const rebuilt = await read();
    expect(rebuilt).toEqual(live);
    expect(rebuilt.rows.length).toBe(9);
    expect(rebuilt.words.length).toBeGreaterThan(50);
    // Every stem of every document is posted once, and counted.
    const stems = (await pool.query(`SELECT count(*) AS n FROM similar_ideas, unnest(tsvector_to_array(search_document))`)).rows[0].n;
    expect(String(rebuilt.postings.length)).toBe(stems);
  });

  it('splits a text into plain words', () => {
    expect(searchWords("Cykelsti & !( 'skolen' | :* a")).toEqual(['cykelsti', 'skolen']);
  });
});
