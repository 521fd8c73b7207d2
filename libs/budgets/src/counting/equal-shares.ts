import type { CountResult, Election, ProjectOutcome } from './election';
import { type EqualSharesRun, equalSharesExactRun } from './equal-shares-exact';
import { equalSharesFloatRun } from './equal-shares-float';
import { prepareElection } from './prepared-election';

export type Completion = 'none' | 'add1';
export type Arithmetic = 'exact' | 'float';

export interface EqualSharesOptions {
  completion?: Completion;
  arithmetic?: Arithmetic;
}

/**
 * The Method of Equal Shares. Every voter starts with an equal share of the budget (budget / voters) and projects are
 * funded while their supporters can pay for them together.
 *
 * Completion `add1`: plain equal shares usually leaves money unspent, so the count is run again with every voter's share
 * one unit (of the currency) higher, and again, as long as the projects it funds still fit the real budget; the last
 * outcome that fits is the result. As in the reference implementation, the shares start from the whole unit below
 * budget / voters, and the raising stops early once nothing else would fit the real budget.
 */
export function equalShares(election: Election, options: EqualSharesOptions = {}): CountResult {
  const completion = options.completion ?? 'none';
  const run = runner(election, options.arithmetic ?? 'exact');
  const voters = Math.max(1, election.ballots.length);
  let result: EqualSharesRun;
  if (completion === 'none') {
    result = run(election.budget);
  } else {
    let total = Math.floor(election.budget / voters) * voters;
    result = run(total);
    let cost = costOf(election, result.winners);
    while (!isExhaustive(election, result.winners, cost) && !fundsEverySupportedProject(election, result.winners)) {
      const next = run(total + voters);
      const nextCost = costOf(election, next.winners);
      if (nextCost > election.budget) break;
      total += voters;
      result = next;
      cost = nextCost;
    }
  }
  return toCountResult(election, result);
}

function runner(election: Election, arithmetic: Arithmetic): (totalBudget: number) => EqualSharesRun {
  if (arithmetic === 'float') return (totalBudget) => equalSharesFloatRun(election, totalBudget);
  const prepared = prepareElection(election);
  return (totalBudget) => equalSharesExactRun(prepared, totalBudget);
}

function costOf(election: Election, winners: number[]): number {
  return winners.reduce((sum, project) => sum + election.projects[project].cost, 0);
}

/** True when no project left out would fit in what the outcome leaves of the real budget. */
function isExhaustive(election: Election, winners: number[], cost: number): boolean {
  const funded = new Set(winners);
  return election.projects.every((project, index) => funded.has(index) || cost + project.cost > election.budget);
}

/**
 * When every project anyone voted for is funded, no higher share can add one (nobody pays for a project they did not
 * vote for): the reference implementation would raise the shares for ever here, so the count stops.
 */
function fundsEverySupportedProject(election: Election, winners: number[]): boolean {
  const supported = new Set(election.ballots.flat());
  const funded = new Set(winners.map((project) => election.projects[project].id));
  return election.projects.every((project) => funded.has(project.id) || project.cost <= 0 || !supported.has(project.id));
}

function toCountResult(election: Election, run: EqualSharesRun): CountResult {
  const fundedAs = new Map(run.winners.map((project, position) => [project, position + 1]));
  const outcomes: ProjectOutcome[] = election.projects.map((project, index) => {
    const position = fundedAs.get(index);
    if (position !== undefined) return { projectId: project.id, funded: true, fundedAs: position, cost: project.cost };
    const moneyLeft = run.droppedOut.get(index);
    if (moneyLeft === undefined) return { projectId: project.id, funded: false, reason: 'no-supporters', cost: project.cost };
    return { projectId: project.id, funded: false, reason: 'supporters-shares-ran-out', cost: project.cost, supportersMoneyLeft: moneyLeft };
  });
  return {
    winners: run.winners.map((project) => election.projects[project].id),
    totalCost: costOf(election, run.winners),
    outcomes,
    perVoterBudget: run.perVoterBudget,
  };
}
