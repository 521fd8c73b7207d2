import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { LANGUAGES } from '@civic/ideas';
import { IDEMPOTENCY_KEY_PATTERN } from '../ideas/idempotency';
import { SubmitIdeaInput } from '../ideas/submit-idea.dto';

/** What the form sends, as typed: shown again when something needs fixing. */
export interface SubmitFormValues {
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly district: string;
  readonly place: string;
  /** A budget round's id, or '' for none. */
  readonly budgetRound: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly language: string;
  readonly idempotencyKey: string;
}

/** A field's problem as a text key (pages.errors.<kind>). */
export type FieldErrorKind = 'required' | 'choose' | 'tooLong' | 'email' | 'phone' | 'budgetRound' | 'budgetRoundClosed';
export type FieldErrors = Partial<Record<keyof SubmitFormValues, FieldErrorKind>>;

/** The form's field order, so the error summary lists problems in the order the fields appear. */
export const SUBMIT_FIELDS = ['title', 'description', 'category', 'district', 'place', 'budgetRound', 'name', 'email', 'phone', 'language'] as const;

const FIELDS: (keyof SubmitFormValues)[] = [...SUBMIT_FIELDS, 'idempotencyKey'];

export function readSubmitForm(body: unknown): SubmitFormValues {
  const form = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(FIELDS.map((field) => [field, typeof form[field] === 'string' ? form[field] : ''])) as unknown as SubmitFormValues;
}

/**
 * The API's own input class and rules, so the form accepts exactly what
 * POST /ideas accepts. The place is free text: the location's address (sealed
 * with the title and description, never shown publicly), without a point.
 */
export async function toSubmitInput(values: SubmitFormValues): Promise<{ input: SubmitIdeaInput; errors: FieldErrors }> {
  const place = values.place.trim();
  const contact = { name: blankless(values.name), email: blankless(values.email), phone: blankless(values.phone) };
  const hasContact = Object.values(contact).some((value) => value !== undefined);
  const plain = {
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category,
    district: values.district,
    ...(place ? { location: { address: place } } : {}),
    ...(values.budgetRound ? { budgetRound: { roundId: values.budgetRound } } : {}),
    language: values.language,
    channel: 'web',
    ...(hasContact ? { contact } : {}),
  };
  const input = plainToInstance(SubmitIdeaInput, plain);
  const errors: FieldErrors = {};
  for (const error of await validate(input, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true })) collect(error, errors);
  if (!(LANGUAGES as readonly string[]).includes(values.language)) errors.language = 'choose';
  return { input, errors };
}

export function idempotencyKeyOf(values: SubmitFormValues): string | null {
  return IDEMPOTENCY_KEY_PATTERN.test(values.idempotencyKey) ? values.idempotencyKey : null;
}

function blankless(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function collect(error: ValidationError, errors: FieldErrors): void {
  for (const child of error.children ?? []) collect(child, errors);
  // The location's address is the form's place; the round's id is the form's choice of round.
  const field = (
    error.property === 'address' || error.property === 'location' ? 'place' : error.property === 'roundId' ? 'budgetRound' : error.property
  ) as keyof SubmitFormValues;
  const constraints = Object.keys(error.constraints ?? {});
  if (constraints.length === 0 || errors[field]) return;
  errors[field] = kindOf(field, constraints[0]);
}

function kindOf(field: keyof SubmitFormValues, constraint: string): FieldErrorKind {
  if (constraint === 'maxLength') return 'tooLong';
  if (field === 'email') return 'email';
  if (field === 'phone') return 'phone';
  if (field === 'category' || field === 'district' || field === 'language') return 'choose';
  if (field === 'budgetRound') return 'budgetRound';
  return 'required';
}
