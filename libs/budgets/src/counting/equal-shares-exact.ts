import Fraction from 'fraction.js';
import type { PreparedElection } from './prepared-election';
import { ratioToNumber, smallGcd } from './scaled-amounts';
import { breakTie } from './tie-breaking';

export interface EqualSharesRun {
  /** Project indices in funding order. */
  winners: number[];
  /** Projects that dropped out because their supporters could no longer pay for them, with what those supporters had left. */
  droppedOut: Map<number, number>;
  /** Each voter's share of the budget at the start of the run. */
  perVoterBudget: number;
}

const ZERO = 0; // class 0 always holds the voters with nothing left
/** A float comparison closer than this (relative to the cost) is settled exactly. The floats' own error stays below 1e-10. */
const CLOSE = 1e-9;
/** Effective vote counts within this relative distance of the best are compared exactly. */
const NEAR_TIE = 1e-5;

type SupporterClasses = Array<[cls: number, voters: number]>;
type FloatJudgement = { kind: 'pays'; effectiveVotes: number } | { kind: 'cannot-pay'; moneyLeft: number } | { kind: 'too-close' };
/** The exact share a project asks of each paying supporter: owed / (payers × denominator). */
interface ExactShare {
  project: number;
  owed: bigint;
  payers: number;
}

/**
 * One run of the Method of Equal Shares in exact arithmetic, for a given total budget shared equally by all voters.
 *
 * Each round, every project still in the running asks its supporters to split its cost as equally as they can (a supporter
 * short of the equal share gives all they have left). The project funded is the one with the largest "effective vote count"
 * (its cost divided by the largest share it asks of anyone), as the reference implementation of equalshares.net rates them.
 * A project whose supporters have less left between them than it costs drops out for good.
 *
 * Speed without giving up exactness: voters who hold the same amount are kept together in a class, so the arithmetic is per
 * class and not per voter; amounts are BigInt numerators over one common denominator (scaled-amounts.ts); and each class
 * also carries its amount as a float, so that a comparison is made on floats when they are clearly apart, exactly otherwise.
 */
export function equalSharesExactRun(election: PreparedElection, totalBudget: number): EqualSharesRun {
  const { costs, supporterTypes, supporterCount, typeWeight } = election;
  for (const cost of costs) if (!Number.isSafeInteger(cost)) throw new RangeError(`exact equal shares needs whole-unit costs, not ${cost}`);
  const voters = Math.max(1, election.voters);
  const budget = new Fraction(totalBudget);
  let denominator = BigInt(voters) * budget.d;
  const amount: bigint[] = [0n, budget.n];
  const approx: number[] = [0, totalBudget / voters];
  const population: number[] = [0, election.voters];
  let liveClasses = [ZERO, 1];
  const classOf = new Int32Array(typeWeight.length).fill(1);
  const histogram: number[] = [0, 0];

  // remaining project -> its effective vote count when last looked at: an upper bound, since money only ever goes down
  const remaining = new Map<number, number>();
  costs.forEach((cost, project) => {
    if (cost > 0 && supporterCount[project] > 0) remaining.set(project, supporterCount[project]);
  });
  const winners: number[] = [];
  const droppedOut = new Map<number, number>();

  const byAmount = (a: number, b: number) => approx[a] - approx[b] || (amount[a] < amount[b] ? -1 : amount[a] > amount[b] ? 1 : 0);
  const supporterClasses = (project: number): SupporterClasses => {
    const touched: number[] = [];
    for (const type of supporterTypes[project]) {
      const cls = classOf[type];
      if (histogram[cls] === 0) touched.push(cls);
      histogram[cls] += typeWeight[type];
    }
    touched.sort(byAmount);
    return touched.map((cls) => {
      const count = histogram[cls];
      histogram[cls] = 0;
      return [cls, count];
    });
  };

  const judgeInFloats = (project: number): FloatJudgement => {
    const cost = costs[project];
    let paid = 0;
    let payers = supporterCount[project];
    for (const [cls, count] of supporterClasses(project)) {
      if (cls === ZERO) {
        payers -= count;
        continue;
      }
      const owed = cost - paid;
      const margin = owed - approx[cls] * payers;
      if (Math.abs(margin) <= CLOSE * cost) return { kind: 'too-close' };
      if (margin < 0) return { kind: 'pays', effectiveVotes: (cost * payers) / owed };
      paid += approx[cls] * count;
      payers -= count;
    }
    return { kind: 'cannot-pay', moneyLeft: paid };
  };

  /** The exact share the project asks, or undefined (with what its supporters have left) if they cannot pay for it. */
  const judgeExactly = (project: number): { share?: ExactShare; moneyLeft: bigint } => {
    const cost = BigInt(costs[project]) * denominator;
    let paid = 0n;
    let payers = supporterCount[project];
    for (const [cls, count] of supporterClasses(project)) {
      if (cls === ZERO) {
        payers -= count;
        continue;
      }
      const owed = cost - paid;
      if (owed <= amount[cls] * BigInt(payers)) return { share: { project, owed, payers }, moneyLeft: paid };
      paid += amount[cls] * BigInt(count);
      payers -= count;
    }
    return { moneyLeft: paid };
  };

  /** Compares effective vote counts cost × payers / owed (the common denominator cancels out). */
  const compareVotes = (a: ExactShare, b: ExactShare): number => {
    const left = BigInt(costs[a.project]) * BigInt(a.payers) * b.owed;
    const right = BigInt(costs[b.project]) * BigInt(b.payers) * a.owed;
    return left > right ? 1 : left < right ? -1 : 0;
  };

  for (;;) {
    let bestVotes = 0;
    let contenders: Array<{ project: number; votes: number }> = [];
    const byBound = [...remaining.keys()].sort((a, b) => remaining.get(b)! - remaining.get(a)! || a - b);
    for (const project of byBound) {
      if (remaining.get(project)! < bestVotes * (1 - NEAR_TIE)) break; // cannot beat the best any more
      let judgement = judgeInFloats(project);
      if (judgement.kind === 'too-close') {
        const exact = judgeExactly(project);
        judgement =
          exact.share === undefined
            ? { kind: 'cannot-pay', moneyLeft: ratioToNumber(exact.moneyLeft, denominator) }
            : { kind: 'pays', effectiveVotes: ratioToNumber(BigInt(costs[project]) * BigInt(exact.share.payers) * denominator, exact.share.owed) };
      }
      if (judgement.kind === 'cannot-pay') {
        remaining.delete(project);
        droppedOut.set(project, judgement.moneyLeft);
        continue;
      }
      const votes = judgement.effectiveVotes;
      remaining.set(project, votes);
      if (votes >= bestVotes * (1 - NEAR_TIE)) {
        bestVotes = Math.max(bestVotes, votes);
        contenders.push({ project, votes });
        contenders = contenders.filter((contender) => contender.votes >= bestVotes * (1 - NEAR_TIE));
      }
    }
    if (contenders.length === 0) break;

    // settle the round exactly among the projects near the top
    let best: ExactShare[] = [];
    for (const { project } of contenders) {
      const share = judgeExactly(project).share!;
      const order = best.length === 0 ? 1 : compareVotes(share, best[0]);
      if (order > 0) best = [share];
      else if (order === 0) best.push(share);
    }
    const fundedProject = breakTie(
      best.map((share) => share.project),
      supporterCount,
      costs,
    );
    const { owed, payers } = best.find((share) => share.project === fundedProject)!;
    winners.push(fundedProject);
    remaining.delete(fundedProject);

    // the share is owed / (payers × denominator): refine the common denominator just enough to express it
    const divisor = smallGcd(Number(owed % BigInt(payers)), payers);
    const refine = BigInt(payers / divisor);
    const share = owed / BigInt(divisor);
    if (refine !== 1n) {
      denominator *= refine;
      for (const cls of liveClasses) amount[cls] *= refine;
    }
    // every class of its supporters pays the share, or all it has
    const moveTo = new Map<number, number>();
    for (const [cls, count] of supporterClasses(fundedProject)) {
      let target = ZERO;
      if (cls !== ZERO && amount[cls] > share) {
        target = amount.length;
        amount.push(amount[cls] - share);
        approx.push(ratioToNumber(amount[target], denominator));
        population.push(0);
        histogram.push(0);
        liveClasses.push(target);
      }
      moveTo.set(cls, target);
      population[cls] -= count;
      population[target] += count;
    }
    for (const type of supporterTypes[fundedProject]) classOf[type] = moveTo.get(classOf[type])!;
    if (refine !== 1n) for (const cls of liveClasses) approx[cls] = ratioToNumber(amount[cls], denominator);
    liveClasses = liveClasses.filter((cls) => cls === ZERO || population[cls] > 0);
  }
  return { winners, droppedOut, perVoterBudget: totalBudget / voters };
}
