import type { StoredEvent } from '@civic/event-store';

const instants = new WeakMap<StoredEvent, string>();

/**
 * When the event's fact happened, as ISO: its data's `at`; the recording time only if an event ever lacked a
 * usable one. Worked out once per event: in a rebuild, several read models fold the same event objects.
 */
export function eventInstant(event: StoredEvent): string {
  let instant = instants.get(event);
  if (instant === undefined) {
    const at = (event.data as { at?: unknown } | null | undefined)?.at;
    const time = typeof at === 'string' ? Date.parse(at) : NaN;
    instant = new Date(Number.isNaN(time) ? event.recordedAt : time).toISOString();
    instants.set(event, instant);
  }
  return instant;
}
