export { BUDGET_ROUNDS, type BudgetRoundRow } from './budget-rounds.table';
export { foldRoundRow } from './budget-rounds.fold';
export { budgetRoundsProjection } from './budget-rounds.projection';
export { listBudgetRounds, type BudgetRoundListItem } from './budget-rounds.query';
