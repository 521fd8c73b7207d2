import {
  CellChanges,
  cellId,
  contributionOf,
  type ContributingRow,
  decodeHours,
  encodeHours,
  localMonthOf,
  MergedFigures,
  nthOfHistogram,
  percentileCont,
} from './response-time-histograms.cells';

const ZONE = 'Europe/Copenhagen';
const row = (overrides: Partial<ContributingRow> = {}): ContributingRow => ({
  department: 'TMF',
  district: 'valby',
  category: 'roads',
  received_at: '2026-03-02T09:00:00.000Z',
  answered_at: null,
  implemented_at: null,
  closed_at: null,
  deadline_missed_at: null,
  answered_within_deadline: null,
  working_days_to_answer: null,
  hours_to_answer: null,
  ...overrides,
});
const answeredRow = (workingDays: number, hours: number, overrides: Partial<ContributingRow> = {}) =>
  row({ answered_at: '2026-03-20T09:00:00.000Z', working_days_to_answer: workingDays, hours_to_answer: hours, answered_within_deadline: true, ...overrides });

describe('percentileCont', () => {
  it("interpolates as PostgreSQL's percentile_cont does", () => {
    const values = [2, 3, 5, 8, 13];
    expect(percentileCont(5, (i) => values[i], 0.5)).toBe(5);
    expect(percentileCont(5, (i) => values[i], 0.9)).toBeCloseTo(11, 10); // 8 + 0.6 × 5
    expect(percentileCont(1, () => 7, 0.9)).toBe(7);
    expect(percentileCont(0, () => 0, 0.5)).toBeNull();
  });

  it('reads a histogram of small integers by rank', () => {
    const histogram = [1, 0, 2, 0, 1]; // 0, 2, 2, 4
    expect([0, 1, 2, 3].map((i) => nthOfHistogram(histogram, i))).toEqual([0, 2, 2, 4]);
    expect(() => nthOfHistogram(histogram, 4)).toThrow(RangeError);
  });
});

describe('cells', () => {
  it('puts an idea in the local month it was received (midnight in Copenhagen, not UTC)', () => {
    expect(localMonthOf(new Date('2026-02-28T23:30:00.000Z'), ZONE)).toBe('2026-03');
    expect(localMonthOf(new Date('2026-03-31T22:30:00.000Z'), ZONE)).toBe('2026-04');
    expect(contributionOf(row({ department: null }), ZONE).keys).toEqual({ all: '', department: '', district: 'valby', category: 'roads' });
  });

  it("moves a re-routed, answered idea out of its old department's cell and into the new one", () => {
    const first = new CellChanges();
    first.apply(contributionOf(row(), ZONE), 1);
    first.apply(contributionOf(answeredRow(3, 48.5), ZONE), 1);
    const stored = new Map(first.resultingCells(new Map()).map((cell) => [cellId(cell.dimension, cell.groupKey, cell.month), cell]));
    expect(stored.get(cellId('department', 'TMF', '2026-03'))).toMatchObject({
      received: 2,
      answered: 1,
      openBacklog: 1,
      workingDays: [0, 0, 0, 1],
      hours: [48.5],
    });

    const moved = new CellChanges();
    moved.apply(contributionOf(answeredRow(3, 48.5), ZONE), -1);
    moved.apply(contributionOf(answeredRow(3, 48.5, { department: 'KFF' }), ZONE), 1);
    const after = new Map(moved.resultingCells(stored).map((cell) => [cellId(cell.dimension, cell.groupKey, cell.month), cell]));
    expect(after.get(cellId('department', 'TMF', '2026-03'))).toMatchObject({ received: 1, answered: 0, openBacklog: 1, workingDays: [], hours: [] });
    expect(after.get(cellId('department', 'KFF', '2026-03'))).toMatchObject({
      received: 1,
      answered: 1,
      withinDeadline: 1,
      workingDays: [0, 0, 0, 1],
      hours: [48.5],
    });
    expect(after.get(cellId('all', '', '2026-03'))).toMatchObject({ received: 2, answered: 1, hours: [48.5] });
  });

  it('keeps the hours sorted, merges cells and stores them as float64 bytes, exactly', () => {
    const changes = new CellChanges(['all']);
    for (const hours of [240.25, 1 / 3, 72, 1e-9]) changes.apply(contributionOf(answeredRow(1, hours), ZONE), 1);
    const [cell] = changes.resultingCells(new Map());
    expect(cell.hours).toEqual([1e-9, 1 / 3, 72, 240.25]);
    expect(Array.from(decodeHours(encodeHours(cell.hours)))).toEqual(cell.hours);
    const merged = new MergedFigures();
    merged.add({ ...cell, hours: decodeHours(encodeHours(cell.hours)) });
    merged.add({ ...cell, hours: [5] });
    expect(Array.from(merged.sortedHours())).toEqual([1e-9, 1 / 3, 5, 72, 240.25]);
    expect(merged.counts.received).toBe(8);
    expect(merged.workingDays).toEqual([0, 8]);
  });
});
