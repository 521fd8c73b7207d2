/** A calendar date without a time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The same day `months` calendar months later, clamped to the end of a
 * shorter month: 31 August + 6 months is the last day of February (28th, or
 * 29th in a leap year); 30 November + 3 months likewise.
 */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  const match = LOCAL_DATE.exec(date);
  if (!match || !Number.isInteger(months)) throw new RangeError(`Not a date 'YYYY-MM-DD' and whole months: ${date}, ${months}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
