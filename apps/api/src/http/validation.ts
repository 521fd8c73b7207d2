import { type ArgumentMetadata, ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import { ProblemError } from './problem';

/**
 * A body class may check a body itself, in plain code, before class-transformer and class-validator:
 * `acceptsAsIs` answers true only for a body every one of its decorators accepts, with nothing to strip or
 * convert, and that body goes to the handler as it is. Anything else, valid or not, goes the usual way, so
 * every refusal still comes from class-validator with its messages. For the hot paths (POST /ideas), where
 * the decorators' walk cost more than the rest of the request's own work.
 */
export interface AcceptedAsIs {
  acceptsAsIs(body: unknown): boolean;
}

class CivicValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && acceptsAsIs(metadata.metatype, value)) return Promise.resolve(value);
    return super.transform(value, metadata);
  }
}

function acceptsAsIs(metatype: ArgumentMetadata['metatype'], value: unknown): boolean {
  const check = (metatype as Partial<AcceptedAsIs> | undefined)?.acceptsAsIs;
  return typeof check === 'function' && check.call(metatype, value) === true;
}

/** Unknown fields, wrong types, bad enums and oversized text: 422 with every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new CivicValidationPipe(VALIDATION_OPTIONS);
}

/** class-validator's part (what a body a class does not accept as it is goes through). */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => invalidFields(flatten(errors)),
};

/** The one shape of a 422 for fields, whoever finds them. */
export function invalidFields(errors: { field: string; message: string }[]): ProblemError {
  return new ProblemError(422, 'validation-failed', 'The request has invalid fields', 'See errors for each field that needs fixing.', { errors });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
