import { responseTimesCsv, throughputCsv, toCsv } from './response-times.csv';
import type { ResponseTimesFigures } from './response-times.query';

const figures = (o: Partial<ResponseTimesFigures> = {}): ResponseTimesFigures => ({
  received: 5,
  answered: 4,
  implemented: 1,
  openBacklog: 1,
  overdue: 0,
  deadlinesMissed: 2,
  medianWorkingDaysToAnswer: 4,
  p90WorkingDaysToAnswer: 7.1,
  medianHoursToAnswer: 96.25,
  p90HoursToAnswer: 170,
  answeredWithinDeadline: 3,
  answeredWithinDeadlineShare: 0.75,
  ...o,
});

describe('CSV (RFC 4180)', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv(['text'], [['Vej, sti'], ['sagt "ja"'], ['to\nlinjer'], ['cr\rlf']])).toBe(
      'text\r\n"Vej, sti"\r\n"sagt ""ja"""\r\n"to\nlinjer"\r\n"cr\rlf"\r\n',
    );
  });

  it('leaves null empty and keeps non-ASCII as it is', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 'ØKF']])).toBe('a,b,c\r\n,,ØKF\r\n');
  });
});

describe('the report CSVs', () => {
  it('has one line per group and a total, the first column named after the grouping', () => {
    const csv = responseTimesCsv({
      from: '2026-01-01',
      to: '2027-01-01',
      timeZone: 'Europe/Copenhagen',
      groupBy: 'department',
      generatedAt: '2026-11-24T09:00:00.000Z',
      groups: [
        { group: 'ØKF', ...figures() },
        {
          group: null,
          ...figures({
            received: 1,
            answered: 0,
            deadlinesMissed: 0,
            medianWorkingDaysToAnswer: null,
            p90WorkingDaysToAnswer: null,
            medianHoursToAnswer: null,
            p90HoursToAnswer: null,
            answeredWithinDeadline: 0,
            answeredWithinDeadlineShare: null,
          }),
        },
      ],
      total: figures({ received: 6 }),
    });
    expect(csv.split('\r\n')).toEqual([
      'department,received,answered,implemented,open_backlog,overdue,deadlines_missed,median_working_days_to_answer,p90_working_days_to_answer,median_hours_to_answer,p90_hours_to_answer,answered_within_deadline,answered_within_deadline_share',
      'ØKF,5,4,1,1,0,2,4,7.1,96.25,170,3,0.75',
      ',1,0,1,1,0,0,,,,,0,',
      'total,6,4,1,1,0,2,4,7.1,96.25,170,3,0.75',
      '',
    ]);
  });

  it('has one line per month for throughput', () => {
    const csv = throughputCsv({
      from: '2026-10-01',
      to: '2026-12-01',
      timeZone: 'Europe/Copenhagen',
      months: [
        { month: '2026-10', received: 3, answered: 1, implemented: 0, deadlinesMissed: 0 },
        { month: '2026-11', received: 0, answered: 2, implemented: 1, deadlinesMissed: 1 },
      ],
    });
    expect(csv).toBe('month,received,answered,implemented,deadlines_missed\r\n2026-10,3,1,0,0\r\n2026-11,0,2,1,1\r\n');
  });
});
