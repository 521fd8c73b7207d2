import { decide, evolve, initialIdea, type Idea } from '../../libs/ideas/src/index';
import { isOpen, type Appended } from './append';
import type { History } from './plan-history';

/** Plays the history through decide/evolve without a database: checks it and counts the mix. */
export function dryRun(history: History): Appended {
  const states = new Map<number, Idea>();
  let events = 0;
  const types = new Map<string, number>();
  for (let i = 0; i < history.order.idea.length; i++) {
    const idea = history.order.idea[i];
    const { command } = history.ideas[idea].steps[history.order.step[i]];
    let state = states.get(idea) ?? initialIdea();
    for (const event of decide(command, state)) {
      state = evolve(state, event);
      events++;
      types.set(event.type, (types.get(event.type) ?? 0) + 1);
    }
    states.set(idea, state);
  }
  const statuses = new Map<string, number>();
  for (const state of states.values()) statuses.set(state.status, (statuses.get(state.status) ?? 0) + 1);
  process.stderr.write(`[bench:generate] event types ${JSON.stringify(Object.fromEntries(types))}\n`);
  process.stderr.write(`[bench:generate] statuses at the end ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  let openAtEnd = 0;
  for (const state of states.values()) if (isOpen(state)) openAtEnd++;
  return { appends: 0, events, ideas: states.size, openAtEnd };
}
