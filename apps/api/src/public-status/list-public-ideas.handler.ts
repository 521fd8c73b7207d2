import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemError } from '../http/problem';
import { ListPublicIdeasQuery } from './list-public-ideas.query';
import {
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
      filters: { status, district, category, department, text: q },
      limit: input.limit ?? PUBLIC_PAGE_DEFAULT,
      after: input.cursor === undefined ? null : cursorOf(input.cursor),
    });
  }
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
