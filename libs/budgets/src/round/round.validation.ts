import { InvalidCommandError } from './round.errors';
import { PHASES, type Feasibility, type RoundSettings } from './round.vocabulary';

const CURRENCY = /^[A-Z]{3}$/;
const MAX_AMOUNT = 1e12;

export function requireText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidCommandError(`${field} is required.`, field);
  if (value.length > max) throw new InvalidCommandError(`${field} is longer than ${max} characters.`, field);
  return value.trim();
}

export function optionalText(value: unknown, field: string, max = 100): string | null {
  return value === undefined || value === null ? null : requireText(value, field, max);
}

export function requireTimestamp(value: unknown, field: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new InvalidCommandError(`${field} must be an ISO-8601 timestamp.`, field);
  return value;
}

export function requireWholeAmount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0 || value > MAX_AMOUNT) {
    throw new InvalidCommandError(`${field} must be a whole amount above zero.`, field);
  }
  return value;
}

export function validateSettings(settings: RoundSettings): RoundSettings {
  requireText(settings.title, 'title', 200);
  requireWholeAmount(settings.amount, 'amount');
  if (!CURRENCY.test(settings.currency)) throw new InvalidCommandError('currency must be an ISO 4217 code such as DKK.', 'currency');
  if (settings.scope.kind === 'district') requireText(settings.scope.district, 'scope.district', 100);
  else if (settings.scope.kind !== 'municipality') throw new InvalidCommandError('scope is municipality or district.', 'scope');
  if (settings.ballot.kind === 'approval') {
    const k = settings.ballot.maxChoices;
    if (!Number.isSafeInteger(k) || k < 1 || k > 1000) throw new InvalidCommandError('ballot.maxChoices must be a whole number from 1.', 'ballot.maxChoices');
  } else if (settings.ballot.kind !== 'knapsack') throw new InvalidCommandError('ballot is approval or knapsack.', 'ballot');
  if (settings.rule.kind === 'equal-shares') {
    if (settings.rule.completion !== 'none' && settings.rule.completion !== 'add1')
      throw new InvalidCommandError('rule.completion is none or add1.', 'rule.completion');
  } else if (settings.rule.kind !== 'greedy') throw new InvalidCommandError('rule is greedy or equal-shares.', 'rule');
  const age = settings.minimumAge;
  if (age !== null && (!Number.isSafeInteger(age) || age < 0 || age > 120))
    throw new InvalidCommandError('minimumAge is a whole number of years or null.', 'minimumAge');
  let previousEnd = '';
  for (const phase of PHASES) {
    const dates = settings.schedule?.[phase];
    if (dates === undefined || Number.isNaN(Date.parse(dates.from)) || Number.isNaN(Date.parse(dates.to))) {
      throw new InvalidCommandError(`schedule.${phase} needs from and to dates.`, `schedule.${phase}`);
    }
    if (Date.parse(dates.to) < Date.parse(dates.from) || (previousEnd !== '' && Date.parse(dates.from) < Date.parse(previousEnd))) {
      throw new InvalidCommandError(`schedule.${phase} must start after the phase before it and end after it starts.`, `schedule.${phase}`);
    }
    previousEnd = dates.to;
  }
  return settings;
}

export function validateFeasibility(feasibility: Feasibility): Feasibility {
  if (feasibility.feasible === true) {
    requireWholeAmount(feasibility.costEstimate, 'costEstimate');
    if (feasibility.note !== null) requireText(feasibility.note, 'note', 2000);
  } else if (feasibility.feasible === false) {
    requireText(feasibility.reason, 'reason', 2000);
  } else {
    throw new InvalidCommandError('feasible is true or false.', 'feasible');
  }
  return feasibility;
}
