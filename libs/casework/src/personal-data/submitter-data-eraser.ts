import { Injectable } from '@nestjs/common';
import { WrongExpectedVersion } from '@civic/event-store';
import { type ErasureReason, IdeaNotFoundError } from '@civic/ideas';
import { Clock } from '@civic/platform';
import type { CommandContext } from '../ideas/command-context';
import { IdeaRepository, type LoadedIdea } from '../ideas/idea.repository';
import { SubmitterContacts } from './submitter-contacts';

export interface ErasedSubmitterData {
  readonly id: string;
  readonly revision: number;
  readonly erasedAt: string;
}

const ATTEMPTS = 5;

/**
 * Erasure in the one safe order: record SubmitterDataErased, then delete the
 * data key. A crash in between leaves the key; any later erasure (a retry,
 * the retention run) finds the event already there and only deletes the key.
 * No If-Match: a legal duty must not fail because the case moved on since
 * someone read it, so it decides on the latest state and retries a lost race.
 */
@Injectable()
export class SubmitterDataEraser {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly contacts: SubmitterContacts,
    private readonly clock: Clock,
  ) {}

  /** `loaded`: the idea as the caller already read it (the citizen's tracking link resolves it), else it is read here. */
  async erase(ideaId: string, reason: ErasureReason, context: CommandContext, loaded?: LoadedIdea): Promise<ErasedSubmitterData> {
    let current = loaded ?? (await this.ideas.load(ideaId));
    for (let attempt = 1; ; attempt++) {
      if (current.revision < 0) throw new IdeaNotFoundError(ideaId);
      try {
        const at = this.clock.now().toISOString();
        const { revision, events } = await this.ideas.decideAndAppend(current, { type: 'EraseSubmitterData', ideaId, at, reason }, context);
        await this.contacts.erase(ideaId);
        return { id: ideaId, revision, erasedAt: events.length > 0 ? at : current.state.contactErasedAt! };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
        current = await this.ideas.load(ideaId);
      }
    }
  }
}
