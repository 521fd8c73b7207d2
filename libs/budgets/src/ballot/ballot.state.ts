import type { VerificationMethod } from './ballot.commands';
import type { AgeCheck } from './voter-age';
import type { BallotEvent } from './ballot.events';

/** An online request not confirmed yet: only the link made for the newest one confirms it. */
export interface PendingBallot {
  choices: string[];
  method: VerificationMethod;
  requestRevision: number;
  ageCheck?: AgeCheck;
}

export interface Ballot {
  ballotId: string;
  roundId: string;
  /** The choices that count; empty while nothing is confirmed. */
  choices: string[];
  /** Whether a ballot counts (cast, or confirmed) — an unconfirmed request does not. */
  counted: boolean;
  channel: 'online' | 'paper';
  castAt: string | null;
  changedAt: string | null;
  pending: PendingBallot | null;
  /** Revision of the newest BallotRequested; -1 when none. */
  requestRevision: number;
  erased: boolean;
}

/** The ballot after one more of its events; `revision` is that event's position in the ballot's stream. Pure. */
export function evolveBallot(state: Ballot | null, event: BallotEvent, revision = 0): Ballot | null {
  const { roundId, ballotId, at } = event.data;
  switch (event.type) {
    case 'BallotRequested': {
      const { ageCheck } = event.data;
      const pending: PendingBallot = { choices: event.data.choices, method: event.data.method, requestRevision: revision, ...(ageCheck ? { ageCheck } : {}) };
      const base: Ballot = state ?? {
        ballotId,
        roundId,
        choices: [],
        counted: false,
        channel: 'online',
        castAt: null,
        changedAt: null,
        pending: null,
        requestRevision: -1,
        erased: false,
      };
      return { ...base, pending, requestRevision: revision };
    }
    case 'BallotCast': {
      const { choices, channel } = event.data;
      return {
        ...(state ?? { requestRevision: -1, erased: false }),
        ballotId,
        roundId,
        choices,
        counted: true,
        channel,
        castAt: at,
        changedAt: null,
        pending: null,
      };
    }
    case 'BallotChanged':
      return state === null ? null : { ...state, choices: event.data.choices, counted: true, changedAt: at, pending: null };
    case 'VoterDataErased':
      return state === null ? null : { ...state, erased: true };
  }
}

export function foldBallot(events: readonly BallotEvent[]): Ballot | null {
  return events.reduce<Ballot | null>((state, event, revision) => evolveBallot(state, event, revision), null);
}
