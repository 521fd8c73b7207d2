import { addCalendarMonths } from './calendar-months';

describe('addCalendarMonths', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-08-30', 6, '2027-02-28'],
    ['2026-08-28', 6, '2027-02-28'],
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-12-31', 6, '2027-06-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-05', 12, '2027-12-05'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('given %s, when %i calendar months are added, then it is %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('refuses what is not a local date', () => {
    expect(() => addCalendarMonths('2026-8-31', 6)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-08-31', 1.5)).toThrow(RangeError);
  });
});
