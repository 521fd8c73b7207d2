import type { Feasibility, RoundSettings } from '@civic/budgets';
import type { FeasibilityInput, RoundSettingsInput } from './budget-round.dto';

/** The flat input as the domain's settings; what is missing for the choice made (maxChoices for approval) the domain refuses (422). */
export function toRoundSettings(input: RoundSettingsInput): RoundSettings {
  return {
    title: input.title,
    scope: input.district ? { kind: 'district', district: input.district } : { kind: 'municipality' },
    amount: input.amount,
    currency: input.currency,
    ballot: input.ballot === 'knapsack' ? { kind: 'knapsack' } : { kind: 'approval', maxChoices: input.maxChoices as number },
    rule: input.rule === 'greedy' ? { kind: 'greedy' } : { kind: 'equal-shares', completion: input.completion ?? 'add1' },
    minimumAge: input.minimumAge ?? null,
    schedule: input.schedule,
  };
}

export function toFeasibility(input: FeasibilityInput): Feasibility {
  return input.feasible
    ? { feasible: true, costEstimate: input.costEstimate as number, note: input.reason ?? null }
    : { feasible: false, reason: input.reason ?? '' };
}
