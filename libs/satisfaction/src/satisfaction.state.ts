import type { Language } from '@civic/ideas';
import type { SatisfactionEvent, SatisfactionSubject } from './satisfaction.events';

export interface Satisfaction {
  readonly askedAt: string | null;
  readonly subject: SatisfactionSubject | null;
  readonly department: string | null;
  readonly language: Language | null;
  readonly rating: number | null;
  readonly ratedAt: string | null;
}

export const initialSatisfaction = (): Satisfaction => ({ askedAt: null, subject: null, department: null, language: null, rating: null, ratedAt: null });

export function evolve(state: Satisfaction, event: SatisfactionEvent): Satisfaction {
  switch (event.type) {
    case 'SatisfactionAsked':
      return { ...state, askedAt: event.data.at, subject: event.data.subject, department: event.data.department, language: event.data.language };
    case 'SatisfactionRated':
      return { ...state, rating: event.data.rating, ratedAt: event.data.at };
  }
}

export const foldSatisfaction = (events: readonly SatisfactionEvent[]): Satisfaction => events.reduce(evolve, initialSatisfaction());
