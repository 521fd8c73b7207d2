import type { AgeCheck } from './voter-age';

/** A verified voter voting online, with what the round's eligibility rule needs to know about them. */
export interface OnlineVoter {
  kind: 'online';
  /** The district the voter gave when verifying; null when not asked (a municipality-wide round). */
  district: string | null;
  /** Age in whole years on the day of voting, when the round has an age limit; null when unknown. */
  age: number | null;
  /**
   * How the age was known, where the round has an age limit: the identity provider's birthdate (a younger age is refused
   * as such) or the voter's statement. Recorded on the ballot so that the count can tell them apart.
   */
  ageCheck?: AgeCheck;
}

/** A paper ballot from a voting place, typed in by staff. */
export interface PaperBallot {
  kind: 'paper';
  votingPlace: string;
}

/** How an online voter proved who they are: an e-mailed link, or a verified identity (OpenID Connect). */
export type VerificationMethod = 'email' | 'oidc';

/** The voter's address or name, sealed by the caller under a key of its own (erasable); the domain only carries it. */
export interface SealedVoter {
  readonly keyId: string;
  readonly ciphertext: string;
}

export interface CastBallot {
  type: 'CastBallot';
  roundId: string;
  /** Online: derived from the voter (see ballot.stream.ts); paper: a new id per sheet. */
  ballotId: string;
  /** Proposal ids. */
  choices: string[];
  voter: OnlineVoter | PaperBallot;
  at: string;
  /** Online: the ballot id again (no name); paper: the staff member who typed it in. */
  actor: string;
}

/**
 * A voter votes online: by e-mail the ballot waits for its confirmation link (BallotRequested); with a verified identity
 * it counts at once. A later request replaces the earlier one; only a confirmed ballot counts.
 */
export interface RequestOnlineBallot {
  type: 'RequestOnlineBallot';
  roundId: string;
  /** The keyed hash of the voter's verified address or identity with the round: one ballot per voter per round. */
  ballotId: string;
  choices: string[];
  voter: OnlineVoter;
  /** The voter stated that they belong to the round's scope (live in the municipality or its district). */
  residenceStated: boolean;
  method: VerificationMethod;
  sealedVoter: SealedVoter;
  language: string;
  at: string;
  actor: string;
}

/** The e-mailed link was followed: the request at `requestRevision` of the ballot's stream (its MAC checked by the caller) counts. */
export interface ConfirmOnlineBallot {
  type: 'ConfirmOnlineBallot';
  roundId: string;
  ballotId: string;
  requestRevision: number;
  at: string;
  actor: string;
}

/** Erase the voter's sealed address or name (the key is shredded by the caller); the ballot still counts. */
export interface EraseVoterData {
  type: 'EraseVoterData';
  roundId: string;
  ballotId: string;
  at: string;
  by: string;
}

export type BallotCommand = CastBallot | RequestOnlineBallot | ConfirmOnlineBallot | EraseVoterData;
