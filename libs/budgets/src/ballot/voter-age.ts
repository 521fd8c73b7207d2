import type { BudgetRound } from '../round/round.state';

/** How a voter's age was known when the ballot was cast: from the identity provider's birthdate, or the voter's own word. */
export type AgeCheck = 'identity-provider' | 'statement';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A person's age in whole years on `day`, from a birthdate as OpenID Connect's `birthdate` claim gives it (YYYY-MM-DD).
 * Null when the birthdate says too little (the year 0000 the standard allows for "year withheld", a year alone) or is not a
 * real date, or comes after `day`. Someone born on 29 February turns a year older on 1 March in other years: the
 * birthday is not reached until the month and day are, so nobody is counted old enough a day early.
 */
export function ageOn(birthdate: string, day: string): number | null {
  const born = parseDay(birthdate);
  const on = parseDay(day.slice(0, 10));
  if (born === null || on === null || born.year === 0) return null;
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  const age = on.year - born.year - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : null;
}

/** The day a round's age limit is judged on: the last day of voting, or `today` (YYYY-MM-DD) when the round gives none. */
export function ageLimitDay(round: BudgetRound, today: string): string {
  const closes = round.settings?.schedule?.voting?.to;
  return typeof closes === 'string' && parseDay(closes.slice(0, 10)) !== null ? closes.slice(0, 10) : today.slice(0, 10);
}

function parseDay(text: string): { year: number; month: number; day: number } | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap || year === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? { year, month, day } : null;
}
