/**
 * Among projects that the rule rates equal: more supporters first, then lower cost, then the earlier in the election's
 * project list (the reference implementation stops with an error there; a round must still produce a result).
 */
export function breakTie(tied: readonly number[], supporterCount: readonly number[], costs: readonly number[]): number {
  return tied.reduce((best, candidate) => {
    if (supporterCount[candidate] !== supporterCount[best]) return supporterCount[candidate] > supporterCount[best] ? candidate : best;
    if (costs[candidate] !== costs[best]) return costs[candidate] < costs[best] ? candidate : best;
    return candidate < best ? candidate : best;
  });
}
