import { Injectable } from '@nestjs/common';
import { ProblemError } from '../http/problem';
import { IdeaRepository, type LoadedIdea, TrackingTokens } from '@civic/casework';

/** Unknown, malformed and forged tokens all answer the same 404: nothing to learn from it. */
const NOT_FOUND = () => new ProblemError(404, 'tracking-link-not-found', 'No idea found for this tracking link');

/** Compared against when the idea does not exist, so that path does the same constant-time work. */
const NO_IDEA_HASH = TrackingTokens.hash('');

@Injectable()
export class TrackedIdeas {
  constructor(private readonly ideas: IdeaRepository) {}

  async resolve(token: string): Promise<LoadedIdea> {
    const ideaId = TrackingTokens.ideaIdOf(token);
    if (!ideaId) throw NOT_FOUND();
    const loaded = await this.ideas.load(ideaId);
    const exists = loaded.revision >= 0;
    const matches = TrackingTokens.matches(token, exists ? loaded.state.trackingTokenHash : NO_IDEA_HASH);
    if (!exists || !matches) throw NOT_FOUND();
    return loaded;
  }
}
