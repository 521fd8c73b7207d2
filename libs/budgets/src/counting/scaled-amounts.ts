/**
 * Exact amounts as integers over one common denominator: amount = numerator / denominator. Adding, subtracting and
 * comparing amounts are then plain BigInt operations with no greatest-common-divisor on large numbers, which is what made
 * general-purpose fractions slow here; the denominator only grows when a share is paid that needs a finer unit.
 */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  const excessBits = denominator.toString(2).length - 900; // keep both under the float range (about 2^1024)
  if (excessBits <= 0) return Number(numerator) / Number(denominator);
  const shift = BigInt(excessBits);
  return Number(numerator >> shift) / Number(denominator >> shift);
}

export function smallGcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
