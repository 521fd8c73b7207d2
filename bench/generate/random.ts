// Deterministic randomness: the same history on every machine for a seed.

export type Random = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine for a seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const between = (r: Random, lo: number, hi: number) => lo + r() * (hi - lo);
export const intBetween = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const chance = (r: Random, p: number) => r() < p;
export const pick = <T>(r: Random, values: readonly T[]): T => values[Math.floor(r() * values.length)];

export function weighted<T>(r: Random, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of entries) total += w;
  let x = r() * total;
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

export function uuidFrom(r: Random): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(r() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
