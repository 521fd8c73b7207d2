interface BallotDataBase {
  roundId: string;
  ballotId: string;
  at: string;
  actor: string;
  /** Proposal ids, as the voter ordered them. */
  choices: string[];
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

export type BallotEvent = BallotCast | BallotChanged;
export const BALLOT_EVENT_TYPES: readonly BallotEvent['type'][] = ['BallotCast', 'BallotChanged'];
