import { type Feasibility, PHASES, type RoundSettings } from '@civic/budgets';
import type { BudgetRoundView } from '../../budgets/budget-round.view';

export type Form = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** What a form asks for, checked here so the page can say which field is wrong and keep the rest. */
export class FormInvalid extends Error {
  constructor(readonly errors: FieldErrors) {
    super('invalid form');
  }
}

/** The round page's forms, each named by the path it posts to. */
export const ROUND_ACTIONS = ['settings', 'phase', 'proposal', 'feasibility', 'merge', 'paperBallot', 'closeVoting', 'progress', 'complete'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

/** The rule as one choice: greedy, or equal shares with its completion. */
export const RULE_CHOICES = ['equal-shares:add1', 'equal-shares:none', 'greedy'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_MAX = 2000;

/** The string fields of a posted form; repeated fields (checkboxes) are read with listOf. */
export function fieldsOf(body: unknown): Form {
  return Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function listOf(body: unknown, field: string): string[] {
  const value = ((body ?? {}) as Record<string, unknown>)[field];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '');
}

/** A whole number typed in a form, or null when it is not one within the bounds. */
function wholeNumber(value: string | undefined, min: number, max: number): number | null {
  const text = (value ?? '').trim().replace(/[\s.]/g, '');
  if (!/^\d+$/.test(text)) return null;
  const number = Number(text);
  return Number.isSafeInteger(number) && number >= min && number <= max ? number : null;
}

/** The settings form as the domain's settings, or FormInvalid naming each field that is wrong. */
export function settingsOf(form: Form, districts: ReadonlySet<string>): RoundSettings {
  const errors: FieldErrors = {};
  const title = (form.title ?? '').trim();
  if (title === '') errors.title = 'required';
  else if (title.length > 200) errors.title = 'tooLong';
  const district = form.district ?? '';
  if (district !== '' && !districts.has(district)) errors.district = 'choose';
  const amount = wholeNumber(form.amount, 1, 1e12);
  if (amount === null) errors.amount = 'wholeAmount';
  const currency = (form.currency ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'currency';
  const ballot = form.ballot;
  if (ballot !== 'approval' && ballot !== 'knapsack') errors.ballot = 'choose';
  const maxChoices = ballot === 'approval' ? wholeNumber(form.maxChoices, 1, 1000) : null;
  if (ballot === 'approval' && maxChoices === null) errors.maxChoices = 'maxChoices';
  const rule = form.rule as (typeof RULE_CHOICES)[number];
  if (!RULE_CHOICES.includes(rule)) errors.rule = 'choose';
  const minimumAge = (form.minimumAge ?? '').trim() === '' ? null : wholeNumber(form.minimumAge, 0, 120);
  if ((form.minimumAge ?? '').trim() !== '' && minimumAge === null) errors.minimumAge = 'age';
  const schedule = {} as RoundSettings['schedule'];
  let previousEnd = '';
  for (const phase of PHASES) {
    const from = (form[`${phase}From`] ?? '').trim();
    const to = (form[`${phase}To`] ?? '').trim();
    const valid = (date: string) => DATE.test(date) && !Number.isNaN(Date.parse(date));
    if (!valid(from)) errors[`${phase}From`] = 'date';
    if (!valid(to)) errors[`${phase}To`] = 'date';
    else if (valid(from) && (to < from || (previousEnd !== '' && from < previousEnd))) errors[`${phase}From`] = 'phaseOrder';
    if (valid(to)) previousEnd = to;
    schedule[phase] = { from, to };
  }
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return {
    title,
    scope: district === '' ? { kind: 'municipality' } : { kind: 'district', district },
    amount: amount!,
    currency,
    ballot: ballot === 'knapsack' ? { kind: 'knapsack' } : { kind: 'approval', maxChoices: maxChoices! },
    rule: rule === 'greedy' ? { kind: 'greedy' } : { kind: 'equal-shares', completion: rule === 'equal-shares:none' ? 'none' : 'add1' },
    minimumAge,
    schedule,
  };
}

/** The settings form's values for a round as it stands (what the form shows before anything is typed). */
export function formOfSettings(settings: RoundSettings): Form {
  const form: Form = {
    title: settings.title,
    district: settings.scope.kind === 'district' ? settings.scope.district : '',
    amount: String(settings.amount),
    currency: settings.currency,
    ballot: settings.ballot.kind,
    maxChoices: settings.ballot.kind === 'approval' ? String(settings.ballot.maxChoices) : '',
    rule: settings.rule.kind === 'greedy' ? 'greedy' : `equal-shares:${settings.rule.completion}`,
    minimumAge: settings.minimumAge === null ? '' : String(settings.minimumAge),
  };
  for (const phase of PHASES) {
    form[`${phase}From`] = settings.schedule[phase].from;
    form[`${phase}To`] = settings.schedule[phase].to;
  }
  return form;
}

/** What a new round's form starts with. */
export const NEW_ROUND_FORM: Form = { currency: 'DKK', ballot: 'approval', maxChoices: '3', rule: 'equal-shares:add1' };

export function feasibilityOf(form: Form): Feasibility {
  const reason = (form.reason ?? '').trim();
  if (reason.length > TEXT_MAX) throw new FormInvalid({ reason: 'tooLong' });
  if (form.feasible === 'yes') {
    const cost = wholeNumber(form.costEstimate, 1, 1e12);
    if (cost === null) throw new FormInvalid({ costEstimate: 'wholeAmount' });
    return { feasible: true, costEstimate: cost, note: reason === '' ? null : reason };
  }
  if (form.feasible === 'no') {
    if (reason === '') throw new FormInvalid({ reason: 'required' });
    return { feasible: false, reason };
  }
  throw new FormInvalid({ feasible: 'choose' });
}

/**
 * A proposal staff enter in the round: title and summary, and optionally what it is about and where (the reference
 * data's codes; the district one the round's scope holds), which its idea gets if it wins.
 */
export function enteredProposalOf(
  form: Form,
  categories: ReadonlySet<string>,
  districts: ReadonlySet<string>,
): { title: string; summary: string; category?: string; district?: string } {
  const errors: FieldErrors = {};
  const title = (form.title ?? '').trim();
  const summary = (form.summary ?? '').trim();
  const category = form.category ?? '';
  const district = form.district ?? '';
  if (title === '') errors.title = 'required';
  else if (title.length > 200) errors.title = 'tooLong';
  if (summary === '') errors.summary = 'required';
  else if (summary.length > TEXT_MAX) errors.summary = 'tooLong';
  if (category !== '' && !categories.has(category)) errors.category = 'choose';
  if (district !== '' && !districts.has(district)) errors.district = 'choose';
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return { title, summary, ...(category === '' ? {} : { category }), ...(district === '' ? {} : { district }) };
}

export function noteOf(form: Form): string {
  const note = (form.note ?? '').trim();
  if (note === '') throw new FormInvalid({ note: 'required' });
  if (note.length > TEXT_MAX) throw new FormInvalid({ note: 'tooLong' });
  return note;
}

export function percentOf(form: Form): number | null {
  if ((form.percentComplete ?? '').trim() === '') return null;
  const percent = wholeNumber(form.percentComplete, 0, 100);
  if (percent === null) throw new FormInvalid({ percentComplete: 'percent' });
  return percent;
}

/** A paper sheet as typed in: the ticks must fit the round's ballot (the domain checks again). */
export function paperBallotOf(form: Form, choices: string[], round: BudgetRoundView): { choices: string[]; votingPlace: string } {
  const errors: FieldErrors = {};
  const votingPlace = (form.votingPlace ?? '').trim();
  if (votingPlace === '') errors.votingPlace = 'required';
  else if (votingPlace.length > 200) errors.votingPlace = 'tooLong';
  const onBallot = new Map(round.proposals.filter((proposal) => proposal.review === 'feasible').map((proposal) => [proposal.id, proposal.cost ?? 0]));
  const ticked = [...new Set(choices)];
  if (ticked.length === 0 || ticked.some((id) => !onBallot.has(id))) errors.choices = 'choices';
  else if (round.maxChoices !== null && ticked.length > round.maxChoices) errors.choices = 'tooManyChoices';
  else if (round.ballot === 'knapsack' && ticked.reduce((sum, id) => sum + onBallot.get(id)!, 0) > round.amount) errors.choices = 'overBudget';
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return { choices: ticked, votingPlace };
}
