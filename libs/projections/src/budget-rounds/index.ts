export { BUDGET_ROUND_PROPOSALS, BUDGET_ROUNDS, type BudgetRoundProposalRow, type BudgetRoundRow } from './budget-rounds.table';
export { foldProposalRows, foldRoundRow } from './budget-rounds.fold';
export { budgetRoundsProjection } from './budget-rounds.projection';
export { ideaProposalStatus, listBudgetRounds, type BudgetRoundListItem, type IdeaProposalStatus } from './budget-rounds.query';
