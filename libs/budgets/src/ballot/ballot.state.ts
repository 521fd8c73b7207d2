import type { BallotEvent } from './ballot.events';

export interface Ballot {
  ballotId: string;
  roundId: string;
  choices: string[];
  channel: 'online' | 'paper';
  castAt: string;
  changedAt: string | null;
}

export function evolveBallot(state: Ballot | null, event: BallotEvent): Ballot | null {
  const { roundId, ballotId, choices, at } = event.data;
  if (event.type === 'BallotCast') return { ballotId, roundId, choices, channel: event.data.channel, castAt: at, changedAt: null };
  return state === null ? null : { ...state, choices, changedAt: at };
}

export function foldBallot(events: readonly BallotEvent[]): Ballot | null {
  return events.reduce(evolveBallot, null);
}
