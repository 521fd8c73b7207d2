// Public surface of @civic/satisfaction: the pure domain of the follow-up question after an idea is answered or carried out.
export * from './satisfaction.events';
export * from './satisfaction.errors';
export type * from './satisfaction.commands';
export { decide as decideSatisfaction } from './satisfaction.decide';
export { evolve as evolveSatisfaction, foldSatisfaction, initialSatisfaction, type Satisfaction } from './satisfaction.state';
