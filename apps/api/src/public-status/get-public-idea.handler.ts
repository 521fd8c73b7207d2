import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemError } from '../http/problem';
import { GetPublicIdeaQuery } from './get-public-idea.query';
import { findPublicIdea, PublicStatusEntity, SUPPORT_COUNTS } from '@civic/projections';

/** Public codes look like K-2026-000123; anything else cannot be one and is not looked up. */
const PUBLIC_CODE = /^[A-Za-z0-9-]{1,40}$/;

@QueryHandler(GetPublicIdeaQuery)
export class GetPublicIdeaHandler implements IQueryHandler<GetPublicIdeaQuery> {
  constructor(@InjectRepository(PublicStatusEntity) private readonly ideas: Repository<PublicStatusEntity>) {}

  async execute({ publicCode }: GetPublicIdeaQuery) {
    const idea = PUBLIC_CODE.test(publicCode) ? await findPublicIdea(this.ideas, publicCode) : null;
    // Malformed or unknown read the same: the public learns nothing from the difference.
    if (!idea) throw new ProblemError(404, 'public-idea-not-found', 'No idea has this public code');
    // Confirmed supports, from their own read model (never folded from 50,000 streams).
    const counted: { confirmed: number }[] = await this.ideas.manager.query(
      `SELECT c.confirmed FROM ${SUPPORT_COUNTS} c JOIN public_status p ON p.idea_id = c.idea_id WHERE p.public_code = $1`,
      [publicCode],
    );
    return { ...idea, supports: counted[0]?.confirmed ?? 0 };
  }
}
