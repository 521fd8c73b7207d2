import type { CastBallot } from '../../ballot/ballot.commands';
import type { BallotEvent } from '../../ballot/ballot.events';
import type { RoundCommand } from '../round.commands';
import type { RoundEvent } from '../round.events';
import type { Feasibility, Phase, RoundSettings } from '../round.vocabulary';

export const ROUND = 'r1';
export const AT = '2027-03-01T09:00:00.000Z';
export const LATER = '2027-05-10T12:00:00.000Z';
export const STAFF = 'staff:anna';

export const settings = (overrides: Partial<RoundSettings> = {}): RoundSettings => ({
  title: 'Nørrebro 2027',
  scope: { kind: 'district', district: 'Nørrebro' },
  amount: 120,
  currency: 'DKK',
  ballot: { kind: 'approval', maxChoices: 2 },
  rule: { kind: 'equal-shares', completion: 'add1' },
  minimumAge: 16,
  schedule: {
    proposals: { from: '2027-03-01', to: '2027-03-31' },
    review: { from: '2027-04-01', to: '2027-04-30' },
    voting: { from: '2027-05-01', to: '2027-05-14' },
    results: { from: '2027-05-15', to: '2027-05-31' },
    implementation: { from: '2027-06-01', to: '2028-12-31' },
  },
  ...overrides,
});

const base = { roundId: ROUND, at: AT, actor: STAFF };
const later = { roundId: ROUND, at: LATER, actor: STAFF };

// commands
export const openRound = (overrides: Partial<RoundSettings> = {}): RoundCommand => ({ type: 'OpenRound', ...base, settings: settings(overrides) });
export const configureRound = (overrides: Partial<RoundSettings> = {}): RoundCommand => ({ type: 'ConfigureRound', ...later, settings: settings(overrides) });
export const advance = (to: Phase): RoundCommand => ({
  type: 'AdvancePhase',
  ...later,
  to,
});
export const submitProposal = (proposalId: string, title = `Project ${proposalId}`): RoundCommand => ({
  type: 'SubmitProposal',
  ...later,
  proposalId,
  title,
  summary: `What ${proposalId} is about.`,
  ideaId: null,
});
/** A proposal that came in as an idea (its id is the idea's), recorded by the worker at LATER; sent at `submittedAt`. */
export const submitIdeaProposal = (ideaId: string, submittedAt: string): RoundCommand => ({
  type: 'SubmitProposal',
  ...later,
  proposalId: ideaId,
  title: `Idea ${ideaId}`,
  summary: `What idea ${ideaId} is about.`,
  ideaId,
  submittedAt,
  district: 'Nørrebro',
  category: 'parks',
});
export const recordFeasibility = (proposalId: string, feasibility: Feasibility): RoundCommand => ({
  type: 'RecordFeasibility',
  ...later,
  proposalId,
  feasibility,
});
export const merge = (into: string, ...proposalIds: string[]): RoundCommand => ({ type: 'MergeProposals', ...later, into, proposalIds });
export const closeVoting = (ballots: string[][]): RoundCommand => ({ type: 'CloseVoting', ...later, ballots });
export const recordProgress = (proposalId: string, percentComplete: number | null = 40): RoundCommand => ({
  type: 'RecordWinnerProgress',
  ...later,
  proposalId,
  note: 'Tender published.',
  percentComplete,
});
export const completeWinner = (proposalId: string): RoundCommand => ({ type: 'CompleteWinner', ...later, proposalId, note: 'Opened to the public.' });

// events
export const opened = (overrides: Partial<RoundSettings> = {}): RoundEvent => ({ type: 'RoundOpened', data: { ...base, settings: settings(overrides) } });
export const advanced = (from: 'proposals' | 'review' | 'voting' | 'results', to: 'review' | 'voting' | 'results' | 'implementation'): RoundEvent => ({
  type: 'PhaseAdvanced',
  data: { ...later, from, to },
});
export const proposed = (proposalId: string, title = `Project ${proposalId}`): RoundEvent => ({
  type: 'ProposalSubmitted',
  data: { ...later, proposalId, title, summary: `What ${proposalId} is about.`, ideaId: null },
});
export const proposedFromIdea = (ideaId: string, submittedAt: string): RoundEvent => ({
  type: 'ProposalSubmitted',
  data: {
    ...later,
    proposalId: ideaId,
    title: `Idea ${ideaId}`,
    summary: `What idea ${ideaId} is about.`,
    ideaId,
    submittedAt,
    district: 'Nørrebro',
    category: 'parks',
  },
});
/** Moved on at a given time (the fixtures' `advanced` moves at LATER). */
export const advancedAt = (
  at: string,
  from: 'proposals' | 'review' | 'voting' | 'results',
  to: 'review' | 'voting' | 'results' | 'implementation',
): RoundEvent => ({
  type: 'PhaseAdvanced',
  data: { roundId: ROUND, actor: STAFF, at, from, to },
});
export const feasible = (proposalId: string, costEstimate: number): RoundEvent => ({
  type: 'ProposalFeasibilityRecorded',
  data: { ...later, proposalId, feasibility: { feasible: true, costEstimate, note: null } },
});
export const infeasible = (proposalId: string, reason = 'The land is not the municipality’s.'): RoundEvent => ({
  type: 'ProposalFeasibilityRecorded',
  data: { ...later, proposalId, feasibility: { feasible: false, reason } },
});
export const merged = (into: string, ...proposalIds: string[]): RoundEvent => ({ type: 'ProposalsMerged', data: { ...later, into, proposalIds } });

/** The README's example as a round: park 60, library 50, playground 30, and a fourth proposal found not feasible. */
export const reviewed: RoundEvent[] = [
  opened(),
  proposed('park'),
  proposed('library'),
  proposed('playground'),
  proposed('helipad'),
  advanced('proposals', 'review'),
  feasible('park', 60),
  feasible('library', 50),
  feasible('playground', 30),
  infeasible('helipad'),
];
export const votingOpen: RoundEvent[] = [...reviewed, advanced('review', 'voting')];
export const exampleBallots = [['park', 'library'], ['park', 'library'], ['park', 'library'], ['playground']];

// ballots
export const castOnline = (ballotId: string, choices: string[], voter: { district?: string | null; age?: number | null } = {}): CastBallot => ({
  type: 'CastBallot',
  roundId: ROUND,
  ballotId,
  choices,
  voter: { kind: 'online', district: voter.district === undefined ? 'Nørrebro' : voter.district, age: voter.age === undefined ? 30 : voter.age },
  at: LATER,
  actor: ballotId,
});
export const castPaper = (ballotId: string, choices: string[]): CastBallot => ({
  type: 'CastBallot',
  roundId: ROUND,
  ballotId,
  choices,
  voter: { kind: 'paper', votingPlace: 'Nørrebro Library' },
  at: LATER,
  actor: STAFF,
});
export const ballotCast = (ballotId: string, choices: string[], channel: 'online' | 'paper' = 'online'): BallotEvent => ({
  type: 'BallotCast',
  data: {
    roundId: ROUND,
    ballotId,
    at: LATER,
    actor: channel === 'online' ? ballotId : STAFF,
    choices,
    channel,
    votingPlace: channel === 'paper' ? 'Nørrebro Library' : null,
  },
});
