export { BUDGET_BALLOTS, type BudgetBallotRow } from './budget-ballots.table';
export { foldBallotRow } from './budget-ballots.fold';
export { budgetBallotsProjection } from './budget-ballots.projection';
export { ballotsOfRound, ballotTurnout, type CountedBallot } from './budget-ballots.query';
