import fc from 'fast-check';
import {
  CellChanges,
  cellId,
  contributionOf,
  type ContributingRow,
  decodeFloat64s,
  encodeFloat64s,
  formattedLocalMonth,
  localMonthOf,
  MergedFigures,
  nthOfHistogram,
  nthOfSortedLists,
  countBelow,
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
  due_at: '2026-03-16T09:00:00.000Z',
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

  it('looks up the same month as Intl formats, minute by minute across month starts, in zones a quarter or half hour off', () => {
    const zones = ['Europe/Copenhagen', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    // Every 7 minutes (across quarter hours) from 14 hours before a month's start in UTC to 14 after: where every zone's month starts.
    // From 1975 (before the quarter-hour rule: formatted each time) to 2040.
    fc.assert(
      fc.property(fc.integer({ min: 1975, max: 2040 }), fc.integer({ min: 0, max: 11 }), fc.constantFrom(...zones), (year, month, zone) => {
        const start = Date.UTC(year, month, 1);
        for (let offset = -14 * 60; offset <= 14 * 60; offset += 7) {
          const at = new Date(start + offset * 60_000 + 1234);
          expect(localMonthOf(at, zone)).toBe(formattedLocalMonth(at, zone));
        }
      }),
      { numRuns: 200 },
    );
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

  it('keeps the deadlines of the open ideas only, so the overdue are counted at any instant', () => {
    const first = new CellChanges(['all']);
    first.apply(contributionOf(row({ due_at: '2026-03-20T10:00:00.000Z' }), ZONE), 1);
    first.apply(contributionOf(row({ due_at: new Date('2026-03-16T09:00:00.000Z') }), ZONE), 1);
    first.apply(contributionOf(row({ due_at: null }), ZONE), 1); // no deadline: never overdue
    first.apply(contributionOf(row({ closed_at: '2026-03-05T09:00:00.000Z' }), ZONE), 1);
    first.apply(contributionOf(answeredRow(3, 48.5), ZONE), 1);
    const [cell] = first.resultingCells(new Map());
    expect(cell).toMatchObject({ received: 5, openBacklog: 3, openDue: [Date.parse('2026-03-16T09:00:00.000Z'), Date.parse('2026-03-20T10:00:00.000Z')] });
    expect(
      [Date.parse('2026-03-16T09:00:00.000Z'), Date.parse('2026-03-16T09:00:00.001Z'), Date.parse('2026-04-01T00:00:00.000Z')].map((now) =>
        countBelow(cell.openDue, now),
      ),
    ).toEqual([0, 1, 2]);

    const answered = new CellChanges(['all']);
    answered.apply(contributionOf(row({ due_at: '2026-03-20T10:00:00.000Z' }), ZONE), -1);
    answered.apply(contributionOf(answeredRow(2, 30, { due_at: '2026-03-20T10:00:00.000Z' }), ZONE), 1);
    const [after] = answered.resultingCells(new Map([[cellId('all', '', '2026-03'), cell]]));
    expect(after).toMatchObject({ received: 5, openBacklog: 2, openDue: [Date.parse('2026-03-16T09:00:00.000Z')] });
  });

  it('keeps the hours sorted, merges cells and stores them as float64 bytes, exactly', () => {
    const changes = new CellChanges(['all']);
    for (const hours of [240.25, 1 / 3, 72, 1e-9]) changes.apply(contributionOf(answeredRow(1, hours), ZONE), 1);
    const [cell] = changes.resultingCells(new Map());
    expect(cell.hours).toEqual([1e-9, 1 / 3, 72, 240.25]);
    expect(Array.from(decodeFloat64s(encodeFloat64s(cell.hours)))).toEqual(cell.hours);
    const merged = new MergedFigures();
    merged.add({ ...cell, hours: decodeFloat64s(encodeFloat64s(cell.hours)) });
    merged.add({ ...cell, hours: [5] });
    expect(Array.from(merged.sortedHours())).toEqual([1e-9, 1 / 3, 5, 72, 240.25]);
    expect(merged.counts.received).toBe(8);
    expect(merged.workingDays).toEqual([0, 8]);
  });
});

describe('nthOfSortedLists', () => {
  const sortedUnion = (lists: number[][]) => Float64Array.from(lists.flat()).sort();
  // Few distinct values (many ties), wide ranges, and the awkward doubles.
  const value = fc.oneof(
    fc.integer({ min: 0, max: 6 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc.constantFrom(0, 1e-9, 1 / 3, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE),
  );
  const lists = fc.array(
    fc.array(value, { maxLength: 40 }).map((list) => list.sort((a, b) => a - b)),
    { minLength: 1, maxLength: 12 },
  );

  it('gives, for every rank, what sorting the lists together gives', () => {
    fc.assert(
      fc.property(lists, (given) => {
        const all = sortedUnion(given);
        const typed = given.map((list) => Float64Array.from(list));
        for (let index = 0; index < all.length; index++) {
          const nth = nthOfSortedLists(typed, index);
          expect(nth === all[index] ? all[index] : nth).toBe(all[index]); // −0 and 0 are equal: either one is the value
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives what sorting gives on long lists of real hours, at the ranks the percentiles read', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .array(fc.double({ noNaN: true, min: 0, max: 2000, noDefaultInfinity: true }), { minLength: 200, maxLength: 3000 })
            .map((list) => list.sort((a, b) => a - b)),
          { minLength: 1, maxLength: 30 },
        ),
        (given) => {
          const all = sortedUnion(given);
          const typed = given.map((list) => Float64Array.from(list));
          for (const fraction of [0.5, 0.9]) {
            const position = fraction * (all.length - 1);
            for (const index of new Set([Math.floor(position), Math.ceil(position)])) {
              if (all.length > 0) expect(nthOfSortedLists(typed, index)).toBe(all[index]);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('handles ties across lists, a single list, empty lists, and refuses ranks it does not hold', () => {
    const tied = [Float64Array.of(1, 2, 2, 2), Float64Array.of(2, 2, 3), Float64Array.of(), Float64Array.of(2)];
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => nthOfSortedLists(tied, i))).toEqual([1, 2, 2, 2, 2, 2, 2, 3]);
    expect([0, 1, 2].map((i) => nthOfSortedLists([Float64Array.of(5, 7, 9)], i))).toEqual([5, 7, 9]);
    expect(nthOfSortedLists([[], [4], []], 0)).toBe(4);
    expect(() => nthOfSortedLists([], 0)).toThrow(RangeError);
    expect(() => nthOfSortedLists([[], []], 0)).toThrow(RangeError);
    expect(() => nthOfSortedLists([[1, 2]], 2)).toThrow(RangeError);
    expect(() => nthOfSortedLists([[1, 2]], -1)).toThrow(RangeError);
  });
});

describe('MergedFigures', () => {
  it('takes the percentiles of its cells, loose values and other groups as percentile_cont over all their values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ noNaN: true, min: 0, max: 500, noDefaultInfinity: true }), { maxLength: 50 }), { maxLength: 6 }),
        fc.array(fc.double({ noNaN: true, min: 0, max: 500, noDefaultInfinity: true }), { maxLength: 20 }),
        (cells, loose) => {
          const counts = { received: 1, answered: 1, implemented: 0, openBacklog: 0, deadlinesMissed: 0, withinDeadline: 0, withDeadline: 0 };
          const group = new MergedFigures();
          for (const hours of cells) group.add({ ...counts, workingDays: [], hours: Float64Array.from(hours).sort() });
          const other = new MergedFigures();
          for (const hours of loose) other.add({ ...counts, workingDays: [1], hours: [hours] }); // rows of a partly covered month, in any order
          const total = new MergedFigures();
          total.merge(group);
          total.merge(other);
          const all = Float64Array.from([...cells.flat(), ...loose]).sort();
          expect(total.hourCount).toBe(all.length);
          expect(total.counts.received).toBe(cells.length + loose.length);
          expect(total.workingDays).toEqual(loose.length > 0 ? [loose.length] : []); // each loose idea took 0 working days
          for (const fraction of [0.5, 0.9]) {
            expect(percentileCont(total.hourCount, (i) => total.nthHour(i), fraction)).toBe(percentileCont(all.length, (i) => all[i], fraction));
          }
          expect(Array.from(total.sortedHours())).toEqual(Array.from(all));
        },
      ),
    );
  });

  it('reads hours from bytes at any offset', () => {
    const hours = [0.5, 1 / 3, 48, 1e-9];
    const encoded = encodeFloat64s(hours);
    const shifted = Buffer.alloc(encoded.length + 3);
    encoded.copy(shifted, 3);
    expect(Array.from(decodeFloat64s(shifted.subarray(3)))).toEqual(hours);
    expect(Array.from(decodeFloat64s(Buffer.alloc(0)))).toEqual([]);
    expect(() => decodeFloat64s(Buffer.alloc(7))).toThrow(RangeError);
  });
});
