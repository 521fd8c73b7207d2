import type { StoredEvent } from '@civic/event-store';
import { type IdeaEvent, ideaIdOfStream, isIdeaEvent } from '@civic/ideas';

/** A stored event of an idea's stream whose type isIdeaEvent checked: the store's envelope with the domain's type and data. */
export type StoredIdeaEvent = StoredEvent & IdeaEvent;

/** The idea events of a batch, in order, and the idea each belongs to. */
export interface IdeaEventsOfBatch {
  readonly events: readonly StoredIdeaEvent[];
  readonly ideaIds: readonly string[];
}

/** Worked out once per batch: a rebuild hands the same batch (array) to every read model. */
const seen = new WeakMap<readonly StoredEvent[], IdeaEventsOfBatch>();

/** The events of a batch that belong to an idea's stream, with their ideas' ids. */
export function ideaEventsOfBatch(batch: readonly StoredEvent[]): IdeaEventsOfBatch {
  const known = seen.get(batch);
  if (known) return known;
  const events: StoredIdeaEvent[] = [];
  const ideaIds: string[] = [];
  for (const event of batch) {
    if (!isIdeaEvent(event)) continue;
    const id = ideaIdOfStream(event.streamId);
    if (id === null) continue;
    events.push(event);
    ideaIds.push(id);
  }
  const result = { events, ideaIds };
  seen.set(batch, result);
  return result;
}
