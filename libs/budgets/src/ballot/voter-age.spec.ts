import { initialRound } from '../round/round.state';
import type { Schedule } from '../round/round.vocabulary';
import { ageLimitDay, ageOn } from './voter-age';

describe('a voter’s age', () => {
  it('counts whole years, a year more from the birthday itself', () => {
    expect(ageOn('2009-03-28', '2027-03-27')).toBe(17);
    expect(ageOn('2009-03-28', '2027-03-28')).toBe(18);
    expect(ageOn('2009-03-28', '2027-12-31')).toBe(18);
    expect(ageOn('2009-03-28', '2027-03-28T23:59:59Z')).toBe(18);
  });

  it('born on 29 February: a year older on 1 March in other years, on the day in leap years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('knows no age from a birthdate that says too little or is no date', () => {
    for (const birthdate of ['0000-05-12', '2008', '2007-02-29', '2008-13-01', '2008-04-31', '12-05-2008', '', '2030-01-01']) {
      expect([birthdate, ageOn(birthdate, '2027-03-28')]).toEqual([birthdate, null]);
    }
    expect(ageOn('2027-03-28', '2027-03-28')).toBe(0);
  });

  it('is judged on the last day of voting, or today when the round gives no date', () => {
    const schedule = { voting: { from: '2027-03-01', to: '2027-03-28' } } as Schedule;
    const round = { ...initialRound('r'), settings: { schedule } } as ReturnType<typeof initialRound>;
    expect(ageLimitDay(round, '2027-03-02T10:00:00.000Z')).toBe('2027-03-28');
    expect(ageLimitDay(initialRound('r'), '2027-03-02T10:00:00.000Z')).toBe('2027-03-02');
  });
});
