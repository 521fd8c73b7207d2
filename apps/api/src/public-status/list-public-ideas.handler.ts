import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemError } from '../http/problem';
import { ListPublicIdeasQuery } from './list-public-ideas.query';
import {
  type BoundingBox,
  decodePublicListCursor,
  InvalidPublicListCursorError,
  listPublicIdeas,
  PUBLIC_PAGE_DEFAULT,
  type PublicListCursor,
  PublicStatusEntity,
} from '@civic/projections';

@QueryHandler(ListPublicIdeasQuery)
export class ListPublicIdeasHandler implements IQueryHandler<ListPublicIdeasQuery> {
  constructor(@InjectRepository(PublicStatusEntity) private readonly ideas: Repository<PublicStatusEntity>) {}

  async execute({ input }: ListPublicIdeasQuery) {
    const { status, district, category, department, q } = input;
    return listPublicIdeas(this.ideas, {
      filters: { status, district, category, department, text: q, ...(input.bbox !== undefined && { bbox: boundingBoxOf(input.bbox) }) },
      limit: input.limit ?? PUBLIC_PAGE_DEFAULT,
      after: input.cursor === undefined ? null : cursorOf(input.cursor),
    });
  }
}

function boundingBoxOf(text: string): BoundingBox {
  const [west, south, east, north] = text.split(',').map(Number);
  const refuse = (message: string) =>
    new ProblemError(422, 'validation-failed', 'The request has invalid fields', message, { errors: [{ field: 'bbox', message }] });
  if ([west, east].some((x) => x < -180 || x > 180) || [south, north].some((y) => y < -90 || y > 90))
    throw refuse('bbox: longitudes run from -180 to 180, latitudes from -90 to 90');
  if (west > east || south > north) throw refuse('bbox must be west,south,east,north: west ≤ east and south ≤ north');
  return { west, south, east, north };
}

function cursorOf(text: string): PublicListCursor {
  try {
    return decodePublicListCursor(text);
  } catch (error) {
    if (!(error instanceof InvalidPublicListCursorError)) throw error;
    throw new ProblemError(400, 'bad-cursor', 'The cursor cannot be used', `The cursor ${error.message}. Start again without a cursor.`, {
      errors: [{ field: 'cursor', message: error.message }],
    });
  }
}
