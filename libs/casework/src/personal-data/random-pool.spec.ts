import { randomBytesFromPool } from './random-pool';

describe('Random bytes from the pool', () => {
  it('gives the size asked for, never the same bytes twice, across refills of the pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const bytes = randomBytesFromPool(i % 2 ? 12 : 32); // about 44 kB: ten refills and more
      expect(bytes.length).toBe(i % 2 ? 12 : 32);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('hands out copies: changing one changes nothing the pool gives later', () => {
    const first = randomBytesFromPool(32);
    first.fill(0);
    expect(randomBytesFromPool(32).equals(Buffer.alloc(32))).toBe(false);
  });

  it('looks random: every byte value turns up, none far more often than the others', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1024; i++) for (const byte of randomBytesFromPool(32)) counts[byte]++;
    // 32,768 bytes: 128 of each value expected; a zeroed or repeated pool would be far off.
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(210);
  });

  it('refuses sizes it cannot give', () => {
    expect(() => randomBytesFromPool(0)).toThrow(RangeError);
    expect(() => randomBytesFromPool(4097)).toThrow(RangeError);
    expect(() => randomBytesFromPool(1.5)).toThrow(RangeError);
  });
});
