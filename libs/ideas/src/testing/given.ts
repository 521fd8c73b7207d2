import { decide } from '../idea.decide';
import type { IdeaCommand } from '../idea.commands';
import type { IdeaDomainError } from '../idea.errors';
import type { IdeaEvent } from '../idea.events';
import { foldIdea } from '../idea.evolve';

type ErrorClass = abstract new (...args: never[]) => IdeaDomainError;

/**
 * given(...history).when(command).then(...expected) | .thenThrows(ErrorClass, { field })
 * Reads as the decider does: fold the past, judge the command, compare the facts.
 */
export function given(...history: IdeaEvent[]) {
  const state = foldIdea(history);
  return {
    when(command: IdeaCommand) {
      return {
        then(...expected: IdeaEvent[]): void {
          expect(decide(command, state)).toEqual(expected);
        },
        thenThrows(errorClass: ErrorClass, expected?: Partial<Pick<IdeaDomainError, 'code' | 'kind' | 'field'>>): void {
          let produced: IdeaEvent[] | undefined;
          let thrown: unknown;
          try {
            produced = decide(command, state);
          } catch (error) {
            thrown = error;
          }
          if (produced !== undefined) {
            throw new Error(`Expected ${errorClass.name}, but ${command.type} produced ${JSON.stringify(produced)}`);
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (expected !== undefined) expect(thrown).toMatchObject(expected);
        },
      };
    },
  };
}
