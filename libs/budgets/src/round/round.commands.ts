import type { Feasibility, Phase, RoundSettings } from './round.vocabulary';

/** Every command names its round and carries the time it happens: the domain never reads a clock. */
interface CommandBase {
  roundId: string;
  /** ISO-8601 timestamp. */
  at: string;
  /** The staff member or citizen acting (a subject, never an address). */
  actor: string;
}

export interface OpenRound extends CommandBase {
  type: 'OpenRound';
  settings: RoundSettings;
}

/** Changes the settings; only before voting opens, so that nobody votes on one ballot and is counted by another rule. */
export interface ConfigureRound extends CommandBase {
  type: 'ConfigureRound';
  settings: RoundSettings;
}

/** Moves the round to the next phase. Voting closes by CloseVoting, which counts the ballots. */
export interface AdvancePhase extends CommandBase {
  type: 'AdvancePhase';
  to: Phase;
}

export interface SubmitProposal extends CommandBase {
  type: 'SubmitProposal';
  proposalId: string;
  title: string;
  summary: string;
  /** The idea this proposal was submitted as, when it came in through the idea form; null when entered in the round. */
  ideaId: string | null;
  /**
   * When the proposer sent it (an idea's submission time; absent: `at`). A proposal that came in through the idea form
   * is recorded by the worker a moment later: if the round has left its proposals phase by then, it still counts when
   * it was sent while proposals were open.
   */
  submittedAt?: string;
  /** The idea's district and category (proposals entered in the round have none). */
  district?: string | null;
  category?: string | null;
}

export interface RecordFeasibility extends CommandBase {
  type: 'RecordFeasibility';
  proposalId: string;
  feasibility: Feasibility;
}

/** Similar proposals become one: the sources are closed and point at the one that stays. */
export interface MergeProposals extends CommandBase {
  type: 'MergeProposals';
  into: string;
  proposalIds: string[];
}

/** Closes voting and counts. The ballots (each a list of proposal ids) are read by the caller from the ballot streams. */
export interface CloseVoting extends CommandBase {
  type: 'CloseVoting';
  ballots: string[][];
}

export interface RecordWinnerProgress extends CommandBase {
  type: 'RecordWinnerProgress';
  proposalId: string;
  note: string;
  percentComplete: number | null;
}

export interface CompleteWinner extends CommandBase {
  type: 'CompleteWinner';
  proposalId: string;
  note: string;
}

export type RoundCommand =
  OpenRound | ConfigureRound | AdvancePhase | SubmitProposal | RecordFeasibility | MergeProposals | CloseVoting | RecordWinnerProgress | CompleteWinner;
