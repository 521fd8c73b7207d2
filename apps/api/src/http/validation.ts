import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemError } from './problem';

/** Unknown fields, wrong types, bad enums and oversized text: 422 with every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidFields(flatten(errors)),
  });
}

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
