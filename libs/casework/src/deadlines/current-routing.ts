import type { StoredEvent } from '@civic/event-store';

/** The id of the idea's latest IdeaRouted: a timer set by any other routing is moot. */
export function currentRoutingEventId(events: readonly StoredEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === 'IdeaRouted') return events[i].id;
  return null;
}
