import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { toCsv } from '../response-times/response-times.csv';
import { PUBLIC_STATUS } from '../public-status/public-status.table';
import { decisionText, OPEN_DATA_COLUMNS, type OpenDataIdea, statusText } from './open-data.columns';
import { openDataReadme } from './open-data.readme';

export interface OpenDataFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

export interface OpenDataExportResult {
  readonly ideas: number;
  readonly files: readonly { name: string; bytes: number }[];
  readonly generatedAt: string;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/** The public record as rows: the public status read model, with today's names of departments, districts and categories. */
export async function readOpenDataIdeas(pool: Pool): Promise<OpenDataIdea[]> {
  const { rows } = await pool.query(`
    SELECT p.*, d.name AS department_name, di.name AS district_name, c.name AS category_name, o.public_code AS original_public_code
      FROM ${PUBLIC_STATUS} p
      LEFT JOIN departments d ON d.code = p.department_code
      LEFT JOIN districts di ON di.code = p.district
      LEFT JOIN categories c ON c.code = p.category
      LEFT JOIN ${PUBLIC_STATUS} o ON o.idea_id = p.duplicate_of
     ORDER BY p.received_at, p.public_code`);
  return rows.map((row) => ({
    public_code: row.public_code,
    title: row.title,
    description: row.description,
    status: row.status,
    status_text: statusText(row.status),
    decision: row.decision,
    decision_text: decisionText(row.decision),
    public_answer: row.public_answer,
    implementation_percent: row.implementation_percent,
    department_code: row.department_code,
    department_name: row.department_name,
    district_code: row.district,
    district_name: row.district_name,
    category_code: row.category,
    category_name: row.category_name,
    lat: numberOrNull(row.lat),
    lon: numberOrNull(row.lon),
    duplicate_of: row.original_public_code,
    received_at: iso(row.received_at)!,
    routed_at: iso(row.routed_at),
    respond_by: iso(row.respond_by),
    answered_at: iso(row.answered_at),
    implemented_at: iso(row.implemented_at),
    closed_at: iso(row.closed_at),
    updated_at: iso(row.updated_at)!,
  }));
}

/** The files of one export: the same rows as CSV (UTF-8, RFC 4180) and JSON, and a README describing each column and the licence. */
export function openDataFiles(ideas: readonly OpenDataIdea[], options: { licence: string; generatedAt: string }): OpenDataFile[] {
  const header = OPEN_DATA_COLUMNS.map(([name]) => name);
  return [
    {
      name: 'ideas.csv',
      mediaType: 'text/csv; charset=utf-8',
      content: Buffer.from(
        toCsv(
          header,
          ideas.map((idea) => header.map((name) => idea[name])),
        ),
      ),
    },
    { name: 'ideas.json', mediaType: 'application/json', content: Buffer.from(JSON.stringify(ideas)) },
    { name: 'README.md', mediaType: 'text/markdown; charset=utf-8', content: Buffer.from(openDataReadme({ ...options, ideas: ideas.length })) },
  ];
}

/** Writes a fresh export in one transaction: readers see the old files or the new ones, never a mix. */
export async function exportOpenData(pool: Pool, options: { licence: string; now: Date }): Promise<OpenDataExportResult> {
  const generatedAt = options.now.toISOString();
  const ideas = await readOpenDataIdeas(pool);
  const files = openDataFiles(ideas, { licence: options.licence, generatedAt });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM open_data_files');
    for (const file of files)
      await client.query('INSERT INTO open_data_files (name, media_type, content, sha256, generated_at) VALUES ($1, $2, $3, $4, $5)', [
        file.name,
        file.mediaType,
        file.content,
        createHash('sha256').update(file.content).digest('hex'),
        generatedAt,
      ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { ideas: ideas.length, files: files.map((file) => ({ name: file.name, bytes: file.content.length })), generatedAt };
}
