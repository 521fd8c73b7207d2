import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IdeaNotFoundError } from '@civic/ideas';
import { mayActOnIdea } from '../auth/access-policy';
import { ideaAccessRefused } from '../auth/access-policy.refusal';
import { GetIdeaQuery } from './get-idea.query';
import { toIdeaView } from './idea.view';
import { SubmitterContacts, IdeaRepository, SubmitterTexts } from '@civic/casework';

/** Folded from the stream itself, so a handler always reads what it will be judged against. */
@QueryHandler(GetIdeaQuery)
export class GetIdeaHandler implements IQueryHandler<GetIdeaQuery> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly contacts: SubmitterContacts,
    private readonly texts: SubmitterTexts,
  ) {}

  async execute({ ideaId, staff }: GetIdeaQuery) {
    const { state, revision, events } = await this.ideas.load(ideaId);
    if (revision < 0) throw new IdeaNotFoundError(ideaId);
    if (!mayActOnIdea(staff, 'read', state.department)) throw ideaAccessRefused('read', state.department);
    // What the citizen typed, while the key exists; the masked copy after erasure.
    const revealed = await this.texts.revealLoaded({ state, revision, events });
    return toIdeaView(revealed.state, revision, revealed.events, await this.contacts.view(state));
  }
}
