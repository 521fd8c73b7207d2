import { formatCopyProgress } from './copy-progress';

describe('formatCopyProgress', () => {
  it('says how far, against the source head, and how fast, on one line', () => {
    const line = formatCopyProgress({ copied: 1500, skipped: 500, globalPosition: 2000n, headGlobalPosition: 8000n, elapsedMs: 3000, done: false });
    expect(line).toBe('copying: copied 1500 · skipped 500 already there · at position 2000 of ~8000 (25.0 %) · 500 events/s · 3.0 s');
    expect(line).not.toContain('\n');
  });

  it('leaves the position out for an empty source, and marks the end', () => {
    expect(formatCopyProgress({ copied: 0, skipped: 0, globalPosition: null, headGlobalPosition: null, elapsedMs: 10, done: true })).toBe(
      'done: copied 0 · skipped 0 already there · 0 events/s · 0.0 s',
    );
  });
});
