import type { StoredEvent } from '@civic/event-store';
import { ideaEventsOfBatch, type IdeaEventsOfBatch } from './idea-events-of-batch';

/** A batch's idea events, their ideas' ids and the ideas' slots. */
export interface SlottedIdeaEvents extends IdeaEventsOfBatch {
  readonly slots: Int32Array;
}

/**
 * A small integer for each idea met, so a session keeps its rows in arrays by slot instead of in maps by id.
 * A rebuild shares one among all its read models: one look-up per event for all of them, not several per
 * read model in maps of hundreds of thousands of ids.
 */
export class IdeaSlots {
  private readonly slotOf = new Map<string, number>();
  private readonly batches = new WeakMap<readonly StoredEvent[], SlottedIdeaEvents>();

  /** Slots handed out so far: every slot is below it. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Worked out once per batch: every read model of a rebuild is handed the same batch (array). */
  of(batch: readonly StoredEvent[]): SlottedIdeaEvents {
    const known = this.batches.get(batch);
    if (known) return known;
    const ideaEvents = ideaEventsOfBatch(batch);
    const slots = new Int32Array(ideaEvents.ideaIds.length);
    for (let i = 0; i < slots.length; i++) {
      const id = ideaEvents.ideaIds[i];
      let slot = this.slotOf.get(id);
      if (slot === undefined) {
        slot = this.slotOf.size;
        this.slotOf.set(id, slot);
      }
      slots[i] = slot;
    }
    const slotted = { ...ideaEvents, slots };
    this.batches.set(batch, slotted);
    return slotted;
  }
}
