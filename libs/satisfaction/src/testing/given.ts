import type { SatisfactionCommand } from '../satisfaction.commands';
import { decide } from '../satisfaction.decide';
import type { SatisfactionDomainError } from '../satisfaction.errors';
import type { SatisfactionEvent } from '../satisfaction.events';
import { foldSatisfaction } from '../satisfaction.state';

type ErrorClass = new (...args: never[]) => SatisfactionDomainError;

export function given(...history: SatisfactionEvent[]) {
  const state = foldSatisfaction(history);
  return {
    when(command: SatisfactionCommand) {
      return {
        then: (...expected: SatisfactionEvent[]) => expect(decide(command, state)).toEqual(expected),
        thenThrows: (errorClass: ErrorClass) => expect(() => decide(command, state)).toThrow(errorClass),
      };
    },
  };
}
