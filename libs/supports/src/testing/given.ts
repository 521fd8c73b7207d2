import { decide } from '../support.decide';
import type { SupportCommand } from '../support.commands';
import type { SupportDomainError } from '../support.errors';
import type { SupportEvent } from '../support.events';
import { foldSupport } from '../support.evolve';

type ErrorClass = new (...args: never[]) => SupportDomainError;

/** given(...history).when(command).then(...expected) | .thenThrows(ErrorClass): fold the past, judge the command, compare the facts. */
export function given(...history: SupportEvent[]) {
  const state = foldSupport(history);
  return {
    when(command: SupportCommand) {
      return {
        then(...expected: SupportEvent[]): void {
          expect(decide(command, state)).toEqual(expected);
        },
        thenThrows(errorClass: ErrorClass): void {
          expect(() => decide(command, state)).toThrow(errorClass);
        },
      };
    },
  };
}
