import type { SealedVoter, VerificationMethod } from './ballot.commands';
import type { AgeCheck } from './voter-age';

interface BallotDataBase {
  roundId: string;
  ballotId: string;
  at: string;
  actor: string;
  /** Proposal ids, as the voter ordered them. */
  choices: string[];
  /** Online, in a round with an age limit: whether the identity provider vouched for the age or the voter stated it. */
  ageCheck?: AgeCheck;
}

/** The first ballot of a voter, or a paper ballot. Carries no name or address: only the choices are kept for the count. */
export interface BallotCast {
  type: 'BallotCast';
  data: BallotDataBase & { channel: 'online' | 'paper'; votingPlace: string | null };
}

/** A voter changed their mind before voting closed: these choices replace the earlier ones. */
export interface BallotChanged {
  type: 'BallotChanged';
  data: BallotDataBase;
}

/**
 * An online voter asked for this ballot; it counts only once confirmed (BallotCast or BallotChanged follow). The voter's
 * address or name is sealed under a key of the ballot's own, so erasing it leaves the choices for the count.
 */
export interface BallotRequested {
  type: 'BallotRequested';
  data: BallotDataBase & { method: VerificationMethod; voter: SealedVoter; language: string };
}

export interface VoterDataErased {
  type: 'VoterDataErased';
  data: { roundId: string; ballotId: string; at: string; by: string };
}

export type BallotEvent = BallotCast | BallotChanged | BallotRequested | VoterDataErased;
export const BALLOT_EVENT_TYPES: readonly BallotEvent['type'][] = ['BallotCast', 'BallotChanged', 'BallotRequested', 'VoterDataErased'];
/** The events that say what a ballot counts as. */
export const COUNTED_BALLOT_EVENT_TYPES: readonly BallotEvent['type'][] = ['BallotCast', 'BallotChanged'];
