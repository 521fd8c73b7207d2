import type { InitiativeCommand } from '../initiative.commands';
import { decideInitiative } from '../initiative.decide';
import type { InitiativeDomainError } from '../initiative.errors';
import type { InitiativeEvent } from '../initiative.events';
import { foldInitiative } from '../initiative.evolve';
import type { SignatureCommand } from '../signature.commands';
import { decideSignature } from '../signature.decide';
import type { SignatureEvent } from '../signature.events';
import { foldSignature } from '../signature.evolve';

type ErrorClass = abstract new (...args: never[]) => InitiativeDomainError;

function judge<Command, Event>(decide: () => Event[], command: Command & { type: string }) {
  return {
    then(...expected: Event[]): void {
      expect(decide()).toEqual(expected);
    },
    thenThrows(errorClass: ErrorClass, expected?: Partial<Pick<InitiativeDomainError, 'code' | 'kind' | 'field'>>): void {
      let produced: Event[] | undefined;
      let thrown: unknown;
      try {
        produced = decide();
      } catch (error) {
        thrown = error;
      }
      if (produced !== undefined) throw new Error(`Expected ${errorClass.name}, but ${command.type} produced ${JSON.stringify(produced)}`);
      expect(thrown).toBeInstanceOf(errorClass);
      if (expected !== undefined) expect(thrown).toMatchObject(expected);
    },
  };
}

/** given(...history).when(command).then(...events) | .thenThrows(ErrorClass): the initiative's decider. */
export function givenInitiative(...history: InitiativeEvent[]) {
  const state = foldInitiative(history);
  return { when: (command: InitiativeCommand) => judge(() => decideInitiative(command, state), command) };
}

/** The same for one signer's signature stream. */
export function givenSignature(...history: SignatureEvent[]) {
  const state = foldSignature(history);
  return { when: (command: SignatureCommand) => judge(() => decideSignature(command, state), command) };
}
