import type { Repository, SelectQueryBuilder } from 'typeorm';
import { encodePublicListCursor, type PublicListCursor } from './public-status.cursor';
import { toPrefixTsQuery } from './public-status.search';
import { matchesSearch, SIMILAR_IDEAS } from '../similar-ideas/similar-ideas.table';
import { PUBLIC_STATUS, type PublicStatusEntity } from './public-status.table';
import { type PublicIdea, type PublicIdeaListItem, toPublicIdea, toPublicIdeaListItem } from './public-status.view';
import type { PublicStatus } from './public-status.vocabulary';

export const PUBLIC_PAGE_DEFAULT = 20;
export const PUBLIC_PAGE_MAX = 100;

export interface PublicIdeaFilters {
  readonly status?: PublicStatus;
  readonly district?: string;
  readonly category?: string;
  /** The responsible department's code. */
  readonly department?: string;
  /** Words (or the starts of words) in the title or description, by Danish, Swedish and Norwegian full-text search; or a public code. */
  readonly text?: string;
  /** Only ideas with a point inside this box (WGS84 degrees). */
  readonly bbox?: BoundingBox;
}

export interface BoundingBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export interface PublicIdeaListRequest {
  readonly filters: PublicIdeaFilters;
  readonly limit: number;
  readonly after: PublicListCursor | null;
}

export interface PublicIdeaPage {
  items: PublicIdeaListItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The columns a list item needs: not the timeline. */
const LIST_COLUMNS = [
  'idea_id',
  'public_code',
  'title',
  'description',
  'category',
  'district',
  'status',
  'department_code',
  'decision',
  'duplicate_of',
  'lat',
  'lon',
  'received_at',
  'updated_at',
  'hidden_reason',
] as const satisfies readonly (keyof PublicStatusEntity)[];

/** One idea's public page by its public code, or null. */
export async function findPublicIdea(ideas: Repository<PublicStatusEntity>, publicCode: string): Promise<PublicIdea | null> {
  const [found] = await withOriginalCodes(ideas.createQueryBuilder('p').where('p.public_code = :publicCode', { publicCode }));
  if (!found) return null;
  // A re-routed idea's timeline names earlier departments too; most name only the current one, already joined.
  const earlier = [...new Set(found.row.timeline.flatMap((entry) => entry.department?.code ?? []))].filter((code) => !found.departmentNames.has(code));
  if (earlier.length > 0) {
    const rows: { code: string; name: string }[] = await ideas.manager.query('SELECT code, name FROM departments WHERE code = ANY($1::text[])', [earlier]);
    for (const { code, name } of rows) found.departmentNames.set(code, name);
  }
  return toPublicIdea(found.row, found.duplicateOf, found.departmentNames);
}

/**
 * Newest first, by keyset: the page after a cursor is an index seek to
 * (received_at, idea_id), so a deep page costs what the first one does.
 */
export async function listPublicIdeas(ideas: Repository<PublicStatusEntity>, request: PublicIdeaListRequest): Promise<PublicIdeaPage> {
  const limit = Math.min(Math.max(1, Math.trunc(request.limit)), PUBLIC_PAGE_MAX);
  const query = ideas.createQueryBuilder('p').select(LIST_COLUMNS.map((column) => `p.${column}`));
  applyFilters(query, request.filters);
  if (request.after) {
    query.andWhere('(p.received_at, p.idea_id) < (CAST(:afterReceivedAt AS timestamptz), CAST(:afterId AS uuid))', {
      afterReceivedAt: request.after.receivedAt,
      afterId: request.after.ideaId,
    });
  }
  const rows = await withOriginalCodes(
    query
      .orderBy('p.received_at', 'DESC')
      .addOrderBy('p.idea_id', 'DESC')
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.row;
  const nextCursor = rows.length > limit && last ? encodePublicListCursor({ receivedAt: last.received_at.toISOString(), ideaId: last.idea_id }) : null;
  return { items: page.map(({ row, duplicateOf, departmentNames }) => toPublicIdeaListItem(row, duplicateOf, departmentNames)), nextCursor };
}

interface FoundIdea {
  row: PublicStatusEntity;
  duplicateOf: string | null;
  /** Department names by code, as the reference data has them now. */
  departmentNames: Map<string, string>;
}

/**
 * Runs the query with, for each duplicate, the public code of the idea it was
 * merged into (a join on the same view, so both come from one generation),
 * and the current department's name: reference data, joined when read.
 */
async function withOriginalCodes(query: SelectQueryBuilder<PublicStatusEntity>): Promise<FoundIdea[]> {
  const { entities, raw } = await query
    .leftJoin(PUBLIC_STATUS, 'original', 'original.idea_id = p.duplicate_of') // the entity, by its name
    .addSelect('original.public_code', 'original_public_code')
    .leftJoin('departments', 'department', 'department.code = p.department_code') // the reference table, by its name
    .addSelect('department.name', 'department_name')
    .getRawAndEntities<{ p_idea_id: string; original_public_code: string | null; department_name: string | null }>();
  const byId = new Map(raw.map((r) => [r.p_idea_id, r]));
  return entities.map((row) => {
    const { original_public_code = null, department_name = null } = byId.get(row.idea_id) ?? {};
    return {
      row,
      duplicateOf: original_public_code,
      departmentNames: new Map(row.department_code && department_name !== null ? [[row.department_code, department_name]] : []),
    };
  });
}

function applyFilters(query: SelectQueryBuilder<PublicStatusEntity>, filters: PublicIdeaFilters): void {
  if (filters.status !== undefined) query.andWhere('p.status = :status', { status: filters.status });
  if (filters.district !== undefined) query.andWhere('p.district = :district', { district: filters.district });
  if (filters.category !== undefined) query.andWhere('p.category = :category', { category: filters.category });
  if (filters.department !== undefined) query.andWhere('p.department_code = :department', { department: filters.department });
  if (filters.bbox !== undefined) {
    const { west, south, east, north } = filters.bbox;
    query.andWhere('p.lat BETWEEN :south AND :north AND p.lon BETWEEN :west AND :east', { west, south, east, north });
  }
  if (filters.text?.trim()) {
    // Matches are found first, on similar_ideas' GIN index over the same masked text (stemmed in Danish, Swedish and
    // Norwegian, accents folded), then ordered: filtered inside the newest-first scan, a rare word would pass every row.
    const tsquery = toPrefixTsQuery(filters.text);
    const words = tsquery ? `SELECT s.idea_id FROM ${SIMILAR_IDEAS} s WHERE ${matchesSearch('s.search_document', ':tsquery')} UNION ` : '';
    query
      .addCommonTableExpression(`${words}SELECT c.idea_id FROM ${PUBLIC_STATUS} c WHERE c.public_code = :publicCode`, 'matches', { materialized: true })
      .innerJoin('matches', 'matches', 'matches.idea_id = p.idea_id')
      .setParameter('tsquery', tsquery)
      .setParameter('publicCode', filters.text.trim().toUpperCase());
  }
}
