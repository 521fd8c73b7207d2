import { decideBallot } from '../../ballot/ballot.decide';
import type { BallotCommand } from '../../ballot/ballot.commands';
import type { BallotEvent } from '../../ballot/ballot.events';
import { foldBallot } from '../../ballot/ballot.state';
import type { RoundCommand } from '../round.commands';
import { decideRound } from '../round.decide';
import type { BudgetDomainError } from '../round.errors';
import type { RoundEvent } from '../round.events';
import { foldRound } from '../round.evolve';

type ErrorClass = abstract new (...args: never[]) => BudgetDomainError;

function judged<E>(decide: () => E[]) {
  return {
    then(...expected: E[]): void {
      expect(decide()).toEqual(expected);
    },
    thenThrows(errorClass: ErrorClass, expected?: Partial<Pick<BudgetDomainError, 'code' | 'kind' | 'field'>>): void {
      let produced: E[] | undefined;
      let thrown: unknown;
      try {
        produced = decide();
      } catch (error) {
        thrown = error;
      }
      if (produced !== undefined) throw new Error(`Expected ${errorClass.name}, but the command produced ${JSON.stringify(produced)}`);
      expect(thrown).toBeInstanceOf(errorClass);
      if (expected !== undefined) expect(thrown).toMatchObject(expected);
    },
    /** For results too long to spell out: the events, to be inspected. */
    events(): E[] {
      return decide();
    },
  };
}

/** given(...round history).when(command).then(...expected) | .thenThrows(ErrorClass, { field }) */
export function given(...history: RoundEvent[]) {
  const round = foldRound(history);
  return {
    when: (command: RoundCommand) => judged(() => decideRound(command, round)),
    /** A ballot: the round's history above, and the ballot's own. */
    withBallot: (...ballotHistory: BallotEvent[]) => ({
      when: (command: BallotCommand) => judged(() => decideBallot(command, foldBallot(ballotHistory), round)),
    }),
  };
}
