import { Injectable } from '@nestjs/common';
import { ProblemError } from '../http/problem';
import { IdeaRepository, type LoadedIdea } from '../ideas/idea.repository';
import { TrackingTokens } from '../ideas/tracking-tokens';

/** Unknown, malformed and forged tokens all answer the same 404: nothing to learn from it. */
const NOT_FOUND = () => new ProblemError(404, 'tracking-link-not-found', 'No idea found for this tracking link');

@Injectable()
export class TrackedIdeas {
  constructor(private readonly ideas: IdeaRepository) {}

  async resolve(token: string): Promise<LoadedIdea> {
    const ideaId = TrackingTokens.ideaIdOf(token);
    if (!ideaId) throw NOT_FOUND();
    const loaded = await this.ideas.load(ideaId);
    if (loaded.revision < 0 || !TrackingTokens.matches(token, loaded.state.trackingTokenHash)) throw NOT_FOUND();
    return loaded;
  }
}
