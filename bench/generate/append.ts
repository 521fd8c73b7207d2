import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { PostgresEventStore, type EventToAppend } from '../../libs/event-store/src/index';
import { decide, evolve, ideaStreamId, initialIdea, type Idea } from '../../libs/ideas/src/index';
import type { PersonalDataVault } from '../../libs/casework/src/index';
import type { GenerateOptions } from './options';
import type { History } from './plan-history';

// Appending: decide + evolve per idea, several writers, per-idea order kept.

export interface Appended {
  appends: number;
  events: number;
  ideas: number;
  openAtEnd: number;
}

export async function appendHistory(
  pool: pg.Pool,
  vault: PersonalDataVault,
  history: History,
  options: Pick<GenerateOptions, 'writers'>,
  log: (m: string) => void,
): Promise<Appended> {
  const store = new PostgresEventStore(pool);
  const states = new Map<number, { state: Idea; revision: number }>();
  const tails = new Map<number, Promise<void>>();
  let inFlight = 0;
  let wakeDispatcher: (() => void) | null = null;
  let failure: unknown = null;
  let appended = 0;
  let appends = 0;
  const started = performance.now();
  let lastReport = started;

  const appendGroup = async (ideaIndex: number, stepIndexes: number[]) => {
    const idea = history.ideas[ideaIndex];
    const entry = states.get(ideaIndex) ?? { state: initialIdea(), revision: -1 };
    let state = entry.state;
    const events: EventToAppend[] = [];
    for (const s of stepIndexes) {
      const { actor } = idea.steps[s];
      let { command } = idea.steps[s];
      if (command.type === 'SubmitIdea' && idea.contact) command = { ...command, contact: await vault.seal(idea.id, idea.contact) };
      for (const event of decide(command, state)) {
        state = evolve(state, event);
        events.push({
          type: event.type,
          data: event.data,
          metadata: { correlationId: randomUUID(), causationId: null, actor, occurredAt: command.at, schemaVersion: 1 },
        });
      }
    }
    const result = await store.appendToStream(ideaStreamId(idea.id), events, { expectedRevision: entry.revision < 0 ? 'no_stream' : entry.revision });
    states.set(ideaIndex, { state, revision: result.nextExpectedRevision });
    appended += events.length;
    appends += 1;
  };

  const { idea: orderIdea, step: orderStep } = history.order;
  for (let i = 0; i < orderIdea.length && failure === null;) {
    // Consecutive steps of one idea (nothing else happened in between) go in one append.
    const ideaIndex = orderIdea[i];
    const group = [orderStep[i++]];
    while (i < orderIdea.length && orderIdea[i] === ideaIndex && group.length < 20) group.push(orderStep[i++]);

    while (inFlight >= options.writers) await new Promise<void>((resolve) => (wakeDispatcher = resolve));
    inFlight++;
    // Another writer may still be appending this idea's previous step: chain behind it.
    const previous = tails.get(ideaIndex);
    const run = (previous ?? Promise.resolve())
      .then(() => (failure === null ? appendGroup(ideaIndex, group) : undefined))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => {
        inFlight--;
        if (tails.get(ideaIndex) === run) tails.delete(ideaIndex);
        const wake = wakeDispatcher;
        wakeDispatcher = null;
        wake?.();
      });
    tails.set(ideaIndex, run);

    const now = performance.now();
    if (now - lastReport > 2000) {
      lastReport = now;
      const rate = appended / ((now - started) / 1000);
      log(
        `${appended.toLocaleString('en')} / ${history.events.toLocaleString('en')} events, ${Math.round(rate)} events/s, ETA ${Math.round((history.events - appended) / rate)} s`,
      );
    }
  }
  await Promise.all(tails.values());
  if (failure !== null) throw failure;
  let openAtEnd = 0;
  for (const { state } of states.values()) if (isOpen(state)) openAtEnd++;
  return { appends, events: appended, ideas: states.size, openAtEnd };
}

/** Still waiting for an answer (or for the case work to end) at the simulated end. */
export function isOpen(state: Idea): boolean {
  return !['answered', 'in_implementation', 'implemented', 'withdrawn', 'duplicate'].includes(state.status);
}
