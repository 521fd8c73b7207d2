/** A verified voter voting online, with what the round's eligibility rule needs to know about them. */
export interface OnlineVoter {
  kind: 'online';
  /** The district the voter gave when verifying; null when not asked (a municipality-wide round). */
  district: string | null;
  /** Age in whole years on the day of voting, when the round has an age limit; null when unknown. */
  age: number | null;
}

/** A paper ballot from a voting place, typed in by staff. */
export interface PaperBallot {
  kind: 'paper';
  votingPlace: string;
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

export type BallotCommand = CastBallot;
