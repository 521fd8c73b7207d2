import type { Election } from './election';
import type { EqualSharesRun } from './equal-shares-exact';
import { breakTie } from './tie-breaking';

/**
 * The same run as equalSharesExactRun in double-precision floats, voter by voter and summing in the same order as the
 * reference implementation, so that its float results (rounding included) can be reproduced. Prefer the exact run: floats
 * can misjudge a tie or an "exactly affordable" project.
 */
export function equalSharesFloatRun(election: Election, totalBudget: number): EqualSharesRun {
  const indexOf = new Map(election.projects.map((project, index) => [project.id, index]));
  const costs = election.projects.map((project) => project.cost);
  const approvers: number[][] = election.projects.map(() => []);
  election.ballots.forEach((ballot, voter) => {
    for (const project of new Set(ballot.map((id) => indexOf.get(id)!))) approvers[project].push(voter);
  });
  const supporterCount = approvers.map((list) => list.length);
  const endowment = totalBudget / Math.max(1, election.ballots.length);
  const money = new Float64Array(election.ballots.length).fill(endowment);
  const remaining = new Map<number, number>();
  costs.forEach((cost, project) => {
    if (cost > 0 && approvers[project].length > 0) remaining.set(project, approvers[project].length);
  });
  const winners: number[] = [];
  const droppedOut = new Map<number, number>();
  for (;;) {
    let best: number[] = [];
    let bestCount = 0;
    const byBound = [...remaining.keys()].sort((a, b) => remaining.get(b)! - remaining.get(a)!);
    for (const project of byBound) {
      if (remaining.get(project)! < bestCount) break;
      const cost = costs[project];
      let moneyLeft = 0;
      for (const voter of approvers[project]) moneyLeft += money[voter];
      if (moneyLeft < cost) {
        remaining.delete(project);
        droppedOut.set(project, moneyLeft);
        continue;
      }
      approvers[project].sort((a, b) => money[a] - money[b]);
      let paid = 0;
      let payers = approvers[project].length;
      for (const voter of approvers[project]) {
        const share = (cost - paid) / payers;
        if (share > money[voter]) {
          paid += money[voter];
          payers -= 1;
          continue;
        }
        const effectiveVotes = cost / share;
        remaining.set(project, effectiveVotes);
        if (effectiveVotes > bestCount) {
          bestCount = effectiveVotes;
          best = [project];
        } else if (effectiveVotes === bestCount) {
          best.push(project);
        }
        break;
      }
    }
    if (best.length === 0) break;
    const funded = breakTie(best, supporterCount, costs);
    winners.push(funded);
    remaining.delete(funded);
    const share = costs[funded] / bestCount;
    for (const voter of approvers[funded]) money[voter] = money[voter] > share ? money[voter] - share : 0;
  }
  return { winners, droppedOut, perVoterBudget: endowment };
}
