import type { StoredEvent } from '@civic/event-store';
import { type Idea, type IdeaEvent, toIdeaEvent } from '@civic/ideas';
import type { IdeaRepository } from '@civic/casework';

export interface IdeaEventRef {
  readonly ideaId: string;
  readonly eventId: string;
  readonly revision: number;
}

export interface IdeaWithEvent {
  /** The idea as it is now, which decides whether to tell anyone at all. */
  readonly state: Idea;
  readonly events: readonly StoredEvent[];
  /** The event the job is about, which gives what to tell. */
  readonly event: IdeaEvent;
}

/** The job names its event by revision and id: a mismatch means the job and the stream disagree, an error worth a retry and a look. */
export async function loadIdeaWithEvent(ideas: IdeaRepository, ref: IdeaEventRef): Promise<IdeaWithEvent> {
  const { state, events } = await ideas.load(ref.ideaId);
  const stored = events[ref.revision];
  if (!stored || stored.id !== ref.eventId) throw new Error(`Idea ${ref.ideaId} has no event ${ref.eventId} at revision ${ref.revision}`);
  const event = toIdeaEvent(stored);
  if (!event) throw new Error(`The event at revision ${ref.revision} of idea ${ref.ideaId} is a ${stored.type}, not an idea event`);
  return { state, events, event };
}
