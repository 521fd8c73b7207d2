import type { RoundSettings } from '@civic/budgets';
import type { BudgetRoundRepository } from '../budget-round.repository';

export const EXAMPLE_SETTINGS: RoundSettings = {
  title: 'Hele byen 2027',
  scope: { kind: 'municipality' },
  amount: 120,
  currency: 'DKK',
  ballot: { kind: 'approval', maxChoices: 2 },
  rule: { kind: 'equal-shares', completion: 'add1' },
  minimumAge: null,
  schedule: {
    proposals: { from: '2027-03-01', to: '2027-03-31' },
    review: { from: '2027-04-01', to: '2027-04-30' },
    voting: { from: '2027-05-01', to: '2027-05-14' },
    results: { from: '2027-05-15', to: '2027-05-31' },
    implementation: { from: '2027-06-01', to: '2028-12-31' },
  },
};

/** The README's example up to open voting: park 60, library 50, playground 30 on the ballot. Returns the round's revision. */
export async function openExampleRoundForVoting(rounds: BudgetRoundRepository, roundId: string): Promise<number> {
  const context = { actor: 'staff:anna', correlationId: `example-${roundId}` };
  const base = { roundId, at: '2027-04-02T10:00:00.000Z', actor: context.actor };
  let { revision } = await rounds.execute({ type: 'OpenRound', ...base, settings: EXAMPLE_SETTINGS }, 'new', context);
  const costs = { park: 60, library: 50, playground: 30 };
  for (const proposalId of Object.keys(costs)) {
    ({ revision } = await rounds.execute(
      { type: 'SubmitProposal', ...base, proposalId, title: `The ${proposalId}`, summary: `A ${proposalId}.`, ideaId: null },
      revision,
      context,
    ));
  }
  ({ revision } = await rounds.execute({ type: 'AdvancePhase', ...base, to: 'review' }, revision, context));
  for (const [proposalId, costEstimate] of Object.entries(costs)) {
    const feasibility = { feasible: true as const, costEstimate, note: null };
    ({ revision } = await rounds.execute({ type: 'RecordFeasibility', ...base, proposalId, feasibility }, revision, context));
  }
  return (await rounds.execute({ type: 'AdvancePhase', ...base, to: 'voting' }, revision, context)).revision;
}
