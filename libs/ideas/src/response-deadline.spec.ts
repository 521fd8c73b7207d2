import type { IdeaRoutedData } from './idea.events';
import { DEFAULT_RESPONSE_WORKING_DAYS, deadlineAfterRouting, responseDeadline, type TodaysDeadlineRule, type WorkingDayCounter } from './response-deadline';

/** Every day a working day: enough to see which count was used. */
const EVERY_DAY: WorkingDayCounter = { addWorkingDays: (from, days) => new Date(from.getTime() + days * 86_400_000) };
const today: TodaysDeadlineRule = { responseWorkingDays: new Map([['roads', 5]]), calendar: EVERY_DAY };
const AT = '2026-11-24T10:00:00.000Z';

const routing = (o: Partial<IdeaRoutedData> = {}): IdeaRoutedData => ({
  ideaId: 'idea-1',
  at: AT,
  department: 'roads',
  previousDepartment: null,
  routedBy: 'hand',
  ruleId: null,
  reason: '',
  ...o,
});

describe('response deadlines', () => {
  it("counts a department's own working days, or the default for one not known", () => {
    expect(responseDeadline(new Date(AT), 5, EVERY_DAY)).toEqual({ respondBy: '2026-11-29T10:00:00.000Z', workingDays: 5 });
    expect(responseDeadline(new Date(AT), undefined, EVERY_DAY)).toEqual({ respondBy: '2026-12-04T10:00:00.000Z', workingDays: DEFAULT_RESPONSE_WORKING_DAYS });
    expect(DEFAULT_RESPONSE_WORKING_DAYS).toBe(10);
  });

  it('takes the deadline a routing carries, whatever the idea had', () => {
    const current = { respondBy: '2026-12-01T23:00:00.000Z', workingDays: 5 };
    expect(deadlineAfterRouting(routing({ respondBy: '2026-12-08T23:00:00Z', responseWorkingDays: 10 }), current, today)).toEqual({
      respondBy: '2026-12-08T23:00:00.000Z',
      workingDays: 10,
    });
    expect(deadlineAfterRouting(routing({ respondBy: '2026-12-08T23:00:00Z' }), current, today)).toEqual({
      respondBy: '2026-12-08T23:00:00.000Z',
      workingDays: 5,
    });
    expect(deadlineAfterRouting(routing({ respondBy: '2026-12-08T23:00:00Z' }), null, today)).toEqual({
      respondBy: '2026-12-08T23:00:00.000Z',
      workingDays: null,
    });
  });

  it("dates a first routing recorded without a deadline by the department's rule today, and lets a re-routing keep the deadline", () => {
    expect(deadlineAfterRouting(routing(), null, today)).toEqual({ respondBy: '2026-11-29T10:00:00.000Z', workingDays: 5 });
    expect(deadlineAfterRouting(routing({ department: 'gone' }), null, today)).toEqual({ respondBy: '2026-12-04T10:00:00.000Z', workingDays: 10 });
    const current = { respondBy: '2026-12-01T23:00:00.000Z', workingDays: null };
    expect(deadlineAfterRouting(routing({ department: 'parks', previousDepartment: 'roads' }), current, today)).toBe(current);
  });
});
