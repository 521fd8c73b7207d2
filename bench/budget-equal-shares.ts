/**
 * The Method of Equal Shares with add1 completion in exact arithmetic (libs/budgets), on two synthetic elections:
 *   wieliczka   6,586 voters × 50 projects, budget 1,000,000 (the size of Wieliczka's 2023 green budget vote)
 *   large       100,000 voters × 100 projects, budget 10,000,000
 * and greedy on the large one for scale. Ballots are generated (bench/support/synthetic-election.ts, fixed seeds).
 *
 * Run:   npm run -s bench:budget-equal-shares
 * Output: one JSON line; per case the seconds, the number of equal-shares runs add1 needed, the winners and the final share.
 */
import { equalShares, greedy } from '../libs/budgets/src';
import { syntheticElection } from './support/synthetic-election';

const log = (message: string) => process.stderr.write(`[bench:budget-equal-shares] ${message}\n`);

function measure(name: string, shape: Parameters<typeof syntheticElection>[0]) {
  const election = syntheticElection(shape);
  log(`${name}: ${shape.voters} voters × ${shape.projects} projects`);
  const started = performance.now();
  const result = equalShares(election, { completion: 'add1', arithmetic: 'exact' });
  const seconds = (performance.now() - started) / 1000;
  const greedyStarted = performance.now();
  const byGreedy = greedy(election);
  const greedyMs = performance.now() - greedyStarted;
  log(`${name}: ${seconds.toFixed(2)} s`);
  return {
    voters: shape.voters,
    projects: shape.projects,
    budget: shape.budget,
    seconds: Number(seconds.toFixed(3)),
    winners: result.winners.length,
    totalCost: result.totalCost,
    perVoterBudget: Number(result.perVoterBudget),
    startPerVoterBudget: Math.floor(shape.budget / shape.voters),
    greedyWinners: byGreedy.winners.length,
    greedyMs: Number(greedyMs.toFixed(1)),
  };
}

const wieliczka = measure('wieliczka', { voters: 6586, projects: 50, budget: 1_000_000, maxApprovals: 10, seed: 2023 });
const large = measure('large', { voters: 100_000, projects: 100, budget: 10_000_000, maxApprovals: 10, seed: 100 });
process.stdout.write(`${JSON.stringify({ bench: 'budget-equal-shares', rule: 'equal-shares', completion: 'add1', arithmetic: 'exact', wieliczka, large })}\n`);
