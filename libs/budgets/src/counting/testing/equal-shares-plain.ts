import Fraction from 'fraction.js';
import type { Election } from '../election';
import { breakTie } from '../tie-breaking';

/**
 * The Method of Equal Shares written the plain way: every voter's money a fraction.js Fraction, every project
 * re-evaluated every round. Slow, obviously right; the tests hold the fast count to it.
 */
export function equalSharesPlain(election: Election, totalBudget: number): string[] {
  const index = new Map(election.projects.map((project, i) => [project.id, i]));
  const approvers: number[][] = election.projects.map(() => []);
  election.ballots.forEach((ballot, voter) => new Set(ballot.map((id) => index.get(id)!)).forEach((project) => approvers[project].push(voter)));
  const costs = election.projects.map((project) => project.cost);
  const supporters = approvers.map((list) => list.length);
  const money = election.ballots.map(() => new Fraction(totalBudget).div(election.ballots.length));
  const open = new Set(costs.map((_, project) => project).filter((project) => costs[project] > 0 && supporters[project] > 0));
  const winners: number[] = [];
  for (;;) {
    let best: number[] = [];
    let bestVotes = new Fraction(0);
    for (const project of [...open]) {
      const mine = approvers[project].map((voter) => money[voter]).sort((a, b) => a.compare(b));
      if (mine.reduce((sum, m) => sum.add(m), new Fraction(0)).compare(costs[project]) < 0) {
        open.delete(project);
        continue;
      }
      let paid = new Fraction(0);
      let payers = mine.length;
      for (const m of mine) {
        const share = new Fraction(costs[project]).sub(paid).div(payers);
        if (share.compare(m) > 0) {
          paid = paid.add(m);
          payers -= 1;
          continue;
        }
        const votes = new Fraction(costs[project]).div(share);
        if (votes.compare(bestVotes) > 0) [best, bestVotes] = [[project], votes];
        else if (votes.equals(bestVotes)) best.push(project);
        break;
      }
    }
    if (best.length === 0) break;
    const funded = breakTie(best, supporters, costs);
    const share = new Fraction(costs[funded]).div(bestVotes);
    for (const voter of approvers[funded]) money[voter] = money[voter].compare(share) > 0 ? money[voter].sub(share) : new Fraction(0);
    winners.push(funded);
    open.delete(funded);
  }
  return winners.map((project) => election.projects[project].id);
}
