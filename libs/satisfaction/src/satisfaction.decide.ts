import type { SatisfactionCommand } from './satisfaction.commands';
import { InvalidRatingError, SatisfactionAlreadyRatedError, SatisfactionNotAskedError } from './satisfaction.errors';
import { RATING_MAX, RATING_MIN, type SatisfactionEvent } from './satisfaction.events';
import type { Satisfaction } from './satisfaction.state';

export function decide(command: SatisfactionCommand, state: Satisfaction): SatisfactionEvent[] {
  switch (command.type) {
    case 'AskSatisfaction': {
      // Once per idea, whether it was answered, implemented or both.
      if (state.askedAt !== null) return [];
      const { ideaId, subject, department, language, at } = command;
      return [{ type: 'SatisfactionAsked', data: { ideaId, subject, department, language, at } }];
    }
    case 'RateSatisfaction':
      if (state.askedAt === null) throw new SatisfactionNotAskedError(command.ideaId);
      if (state.rating !== null) throw new SatisfactionAlreadyRatedError(command.ideaId);
      if (!Number.isInteger(command.rating) || command.rating < RATING_MIN || command.rating > RATING_MAX) throw new InvalidRatingError(command.rating);
      return [
        {
          type: 'SatisfactionRated',
          data: { ideaId: command.ideaId, department: state.department, rating: command.rating, comment: command.comment, at: command.at },
        },
      ];
  }
}
