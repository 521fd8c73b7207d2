import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IdeaNotFoundError } from '@civic/ideas';
import { mayActOnIdea } from '../auth/access-policy';
import { ideaAccessRefused } from '../auth/access-policy.refusal';
import { toAuditView } from './audit.view';
import { GetIdeaAuditQuery } from './get-idea-audit.query';
import { IdeaRepository, SubmitterTexts } from '@civic/casework';

/** Who did what and when, straight from the idea's stream. */
@QueryHandler(GetIdeaAuditQuery)
export class GetIdeaAuditHandler implements IQueryHandler<GetIdeaAuditQuery> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly texts: SubmitterTexts,
  ) {}

  async execute({ ideaId, staff }: GetIdeaAuditQuery) {
    const { state, revision, events } = await this.ideas.load(ideaId);
    if (revision < 0) throw new IdeaNotFoundError(ideaId);
    if (!mayActOnIdea(staff, 'audit', state.department)) throw ideaAccessRefused('audit', state.department);
    return toAuditView(state.publicCode, ideaId, await this.texts.reveal(events));
  }
}
