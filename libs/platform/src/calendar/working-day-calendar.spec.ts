import { WorkingDayCalendar } from './working-day-calendar';

describe('WorkingDayCalendar (Denmark, Copenhagen time)', () => {
  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });

  it('knows weekends and Danish public holidays, and that Store Bededag is gone since 2024', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-04-02')).toBe(false); // Skærtorsdag
    expect(calendar.isWorkingDay('2026-05-14')).toBe(false); // Kristi Himmelfartsdag
    expect(calendar.isWorkingDay('2026-12-25')).toBe(false); // Juledag
    expect(calendar.isWorkingDay('2026-05-01')).toBe(true); // 1. maj is an observance, not a public holiday
    expect(calendar.isWorkingDay('2025-05-16')).toBe(true); // former Store Bededag
  });

  it('takes the local date, not the UTC one', () => {
    expect(calendar.localDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(calendar.localDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('sets a 10-working-day deadline at the local midnight ending the 10th working day', () => {
    // Routed Tuesday 24 Nov 2026 → Tuesday 8 Dec ends at midnight CET (UTC+1).
    expect(calendar.addWorkingDays(new Date('2026-11-24T10:00:00Z'), 10).toISOString()).toBe('2026-12-08T23:00:00.000Z');
  });

  it('skips Easter: routed the Monday before Easter 2026, 5 working days end on Tuesday 7 April (CEST)', () => {
    // Mon 30 Mar; Tue 31, Wed 1, (Thu 2, Fri 3 holidays), (Mon 6 holiday), Tue 7, Wed 8, Thu 9 → 5th is Thu 9 Apr.
    expect(calendar.addWorkingDays(new Date('2026-03-30T08:00:00Z'), 5).toISOString()).toBe('2026-04-09T22:00:00.000Z');
  });

  it('dates a reminder at the start of the day that leaves N working days', () => {
    const deadline = new Date('2026-12-08T23:00:00.000Z'); // ends Tuesday 8 Dec
    expect(calendar.startOfWorkingDaysLeft(deadline, 1).toISOString()).toBe('2026-12-07T23:00:00.000Z'); // Tue 8 Dec 00:00 CET
    expect(calendar.startOfWorkingDaysLeft(deadline, 2).toISOString()).toBe('2026-12-06T23:00:00.000Z'); // Mon 7 Dec
    expect(calendar.startOfWorkingDaysLeft(deadline, 3).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // Fri 4 Dec, over the weekend
    // Easter 2026: the deadline ending Thu 9 Apr, 3 working days left starts Tue 7 Apr (Mon 6 Apr is a holiday).
    expect(calendar.startOfWorkingDaysLeft(new Date('2026-04-09T22:00:00.000Z'), 3).toISOString()).toBe('2026-04-06T22:00:00.000Z');
    expect(() => calendar.startOfWorkingDaysLeft(deadline, 0)).toThrow(/at least 1/);
  });

  it('starts counting on Monday for an idea routed on a Saturday', () => {
    expect(calendar.addWorkingDays(new Date('2026-11-28T12:00:00Z'), 1).toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('finds local midnight across daylight saving changes', () => {
    expect(calendar.startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // DST starts that night
    expect(calendar.startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(calendar.startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // DST ends that night
    expect(calendar.startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('counts working days between two instants', () => {
    const tuesday = new Date('2026-11-24T10:00:00Z');
    expect(calendar.workingDaysBetween(tuesday, new Date('2026-11-24T15:00:00Z'))).toBe(0);
    expect(calendar.workingDaysBetween(tuesday, new Date('2026-11-25T08:00:00Z'))).toBe(1);
    expect(calendar.workingDaysBetween(tuesday, new Date('2026-12-01T08:00:00Z'))).toBe(5); // over a weekend
    expect(calendar.workingDaysBetween(tuesday, new Date('2026-12-08T22:59:00Z'))).toBe(10);
  });

  it('counts working days between dates across years as a day-by-day count does (holidays, weekends, leap years)', () => {
    const dayByDay = (from: string, to: string) => {
      let count = 0;
      for (let day = Date.parse(`${from}T00:00:00Z`) + 86_400_000; day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
        if (calendar.isWorkingDay(new Date(day).toISOString().slice(0, 10))) count++;
      }
      return count;
    };
    // Noon UTC is the same date in Copenhagen.
    const noon = (date: string) => new Date(`${date}T12:00:00Z`);
    const dates = ['2023-12-29', '2024-02-28', '2024-02-29', '2024-03-01', '2024-12-24', '2024-12-31', '2025-01-01', '2025-04-17', '2026-06-05', '2027-12-31'];
    for (const from of dates) {
      for (const to of dates)
        expect({ from, to, days: calendar.workingDaysBetween(noon(from), noon(to)) }).toEqual({ from, to, days: from < to ? dayByDay(from, to) : 0 });
    }
  });

  it('remembers what it computed without changing an answer: every minute around midnights and DST changes, and fresh Dates each time', () => {
    const remembered = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
    const plain = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Each window twice, so the second pass answers from memory.
    for (const pass of [1, 2]) {
      for (const around of ['2026-03-29T00:00:00Z', '2026-10-24T21:00:00Z', '2026-10-25T00:00:00Z', '2026-12-31T22:30:00Z', '2027-03-28T00:30:00Z']) {
        for (let minute = -180; minute <= 180; minute += 1) {
          const instant = new Date(Date.parse(around) + minute * 60_000 + (pass === 2 ? 59_999 : 0));
          expect(remembered.localDate(instant)).toBe(plain.format(instant));
        }
      }
    }
    const first = remembered.addWorkingDays(new Date('2026-11-24T10:00:00Z'), 10);
    first.setTime(0); // a caller changing its Date does not change the next answer
    expect(remembered.addWorkingDays(new Date('2026-11-24T12:00:00Z'), 10).toISOString()).toBe('2026-12-08T23:00:00.000Z');
    expect(remembered.addWorkingDays(new Date('2026-11-24T12:00:00Z'), 5).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    const midnight = remembered.startOfLocalDay('2026-10-25');
    midnight.setTime(0);
    expect(remembered.startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('uses another country when configured', () => {
    const sweden = new WorkingDayCalendar({ country: 'SE', timeZone: 'Europe/Stockholm' });
    expect(sweden.isWorkingDay('2026-06-06')).toBe(false); // Saturday anyway
    expect(sweden.isWorkingDay('2026-06-19')).toBe(false); // Midsommarafton is a day off in Sweden
    expect(calendar.isWorkingDay('2026-06-19')).toBe(true);
  });

  it('refuses an unknown country', () => {
    expect(() => new WorkingDayCalendar({ country: 'XX', timeZone: 'UTC' })).toThrow(/No public holiday calendar/);
  });
});
