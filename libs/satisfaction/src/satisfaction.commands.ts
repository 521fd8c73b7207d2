import type { Language, SealedContact } from '@civic/ideas';
import type { SatisfactionSubject } from './satisfaction.events';

export interface AskSatisfaction {
  type: 'AskSatisfaction';
  ideaId: string;
  subject: SatisfactionSubject;
  department: string | null;
  language: Language;
  at: string;
}

export interface RateSatisfaction {
  type: 'RateSatisfaction';
  ideaId: string;
  rating: number;
  comment: SealedContact | null;
  at: string;
}

export type SatisfactionCommand = AskSatisfaction | RateSatisfaction;
