import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemError } from '../http/problem';
import { GetPublicIdeaQuery } from './get-public-idea.query';
import { findPublicIdea, PublicStatusEntity } from '@civic/projections';

/** Public codes look like K-2026-000123; anything else cannot be one and is not looked up. */
const PUBLIC_CODE = /^[A-Za-z0-9-]{1,40}$/;

@QueryHandler(GetPublicIdeaQuery)
export class GetPublicIdeaHandler implements IQueryHandler<GetPublicIdeaQuery> {
  constructor(@InjectRepository(PublicStatusEntity) private readonly ideas: Repository<PublicStatusEntity>) {}

  async execute({ publicCode }: GetPublicIdeaQuery) {
    const idea = PUBLIC_CODE.test(publicCode) ? await findPublicIdea(this.ideas, publicCode) : null;
    // Malformed or unknown read the same: the public learns nothing from the difference.
    if (!idea) throw new ProblemError(404, 'public-idea-not-found', 'No idea has this public code');
    return idea;
  }
}
