import { ProblemError } from '../http/problem';
import { localDate, resolveReportPeriod } from './report-period';

const ZONE = 'Europe/Copenhagen';
// Tuesday 24 November 2026, 10:00 in Copenhagen.
const NOW = new Date('2026-11-24T09:00:00Z');

describe('the report period', () => {
  it('defaults to the last 12 calendar months, this one included', () => {
    expect(resolveReportPeriod({}, NOW, ZONE)).toEqual({ from: '2025-12-01', to: '2026-12-01' });
  });

  it('takes the month of the local date: 31 December 23:30 UTC is already January in Copenhagen', () => {
    expect(resolveReportPeriod({}, new Date('2026-12-31T23:30:00Z'), ZONE)).toEqual({ from: '2026-02-01', to: '2027-02-01' });
    expect(localDate(new Date('2026-12-31T23:30:00Z'), ZONE)).toBe('2027-01-01');
  });

  it('fills in the missing end: 12 months before `to`, or up to the first of next month after `from`', () => {
    expect(resolveReportPeriod({ to: '2026-03-31' }, NOW, ZONE)).toEqual({ from: '2025-03-31', to: '2026-03-31' });
    expect(resolveReportPeriod({ to: '2024-02-29' }, NOW, ZONE)).toEqual({ from: '2023-02-28', to: '2024-02-29' });
    expect(resolveReportPeriod({ from: '2026-06-15' }, NOW, ZONE)).toEqual({ from: '2026-06-15', to: '2026-12-01' });
  });

  it('keeps a given period as it is', () => {
    expect(resolveReportPeriod({ from: '2026-01-01', to: '2026-01-02' }, NOW, ZONE)).toEqual({ from: '2026-01-01', to: '2026-01-02' });
  });

  it('refuses an empty or reversed period with a 422 problem naming the field', () => {
    for (const input of [{ from: '2026-05-01', to: '2026-05-01' }, { from: '2026-05-02', to: '2026-05-01' }, { from: '2027-01-01' }]) {
      let thrown: unknown;
      try {
        resolveReportPeriod(input, NOW, ZONE);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ProblemError);
      expect(thrown).toMatchObject({ status: 422, code: 'invalid-period' });
    }
  });

  it('refuses more than 10 years', () => {
    expect(resolveReportPeriod({ from: '2016-01-01', to: '2026-01-01' }, NOW, ZONE)).toEqual({ from: '2016-01-01', to: '2026-01-01' });
    expect(() => resolveReportPeriod({ from: '2016-01-01', to: '2026-01-02' }, NOW, ZONE)).toThrow(ProblemError);
  });
});
