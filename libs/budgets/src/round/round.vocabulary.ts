/** The phases of a budget round, in the only order they run. */
export const PHASES = ['proposals', 'review', 'voting', 'results', 'implementation'] as const;
export type Phase = (typeof PHASES)[number];

/** Who the round is for: the whole municipality or one district (voters must live there). */
export type RoundScope = { kind: 'municipality' } | { kind: 'district'; district: string };

/** How a voter fills in the ballot: approve at most k projects, or any projects whose costs add up to at most the budget. */
export type BallotMethod = { kind: 'approval'; maxChoices: number } | { kind: 'knapsack' };

/** The rule that turns ballots into funded projects. */
export type CountingRule = { kind: 'greedy' } | { kind: 'equal-shares'; completion: 'none' | 'add1' };

/** The planned dates of each phase (ISO-8601 dates or timestamps), shown to citizens. The move itself is a staff act. */
export type Schedule = Record<Phase, { from: string; to: string }>;

/** What a round is set up with; staff can change it until voting opens. */
export interface RoundSettings {
  title: string;
  scope: RoundScope;
  /** Whole units of the currency. */
  amount: number;
  /** ISO 4217, e.g. DKK, SEK, NOK, EUR. */
  currency: string;
  ballot: BallotMethod;
  rule: CountingRule;
  /** Voters younger than this cannot vote; null: any age (Paris lets every resident vote). */
  minimumAge: number | null;
  schedule: Schedule;
}

/** A staff member's review of a proposal: on the ballot with a cost, or not with a reason the proposer reads. */
export type Feasibility = { feasible: true; costEstimate: number; note: string | null } | { feasible: false; reason: string };

export type ProjectResult =
  | { proposalId: string; votes: number; cost: number; funded: true; fundedAs: number }
  | {
      proposalId: string;
      votes: number;
      cost: number;
      funded: false;
      reason: 'did-not-fit-remaining-budget' | 'supporters-shares-ran-out' | 'no-supporters';
      remainingBudget?: number;
      supportersMoneyLeft?: number;
    };
