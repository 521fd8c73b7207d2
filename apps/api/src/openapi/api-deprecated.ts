import { applyDecorators, Header } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

export interface Deprecation {
  /** The day the operation was deprecated (YYYY-MM-DD). */
  readonly since: string;
  /** The day it stops working, at least 12 months later (README, "API versioning"). */
  readonly sunset: string;
  /** What to use instead, e.g. "GET /ideas/{id}/audit". */
  readonly replacement: string;
}

/** `Deprecation: @<seconds>` (RFC 9745) and `Sunset: <HTTP date>` (RFC 8594) for a day. */
export function deprecationHeaders({ since, sunset }: Deprecation): { deprecation: string; sunset: string } {
  const day = (date: string) => {
    const time = Date.parse(`${date}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) throw new Error(`Not a day (YYYY-MM-DD): ${date}`);
    return time;
  };
  return { deprecation: `@${day(since) / 1000}`, sunset: new Date(day(sunset)).toUTCString() };
}

/**
 * Marks an operation on its way out: `deprecated: true` and the dates in the
 * document, and the Deprecation and Sunset headers on every answer it gives.
 */
export const ApiDeprecated = (deprecation: Deprecation) => {
  const headers = deprecationHeaders(deprecation);
  const note = `Deprecated since ${deprecation.since}; works until ${deprecation.sunset}. Use ${deprecation.replacement} instead.`;
  // Merged into the operation's own metadata (ApiOperation would reset its summary), in whichever order the decorators run.
  const markDeprecated: MethodDecorator = (_target, _key, descriptor) => {
    const operation = (Reflect.getMetadata(DECORATORS.API_OPERATION, descriptor.value as object) ?? {}) as { description?: string };
    const description = operation.description ? `${note}\n\n${operation.description}` : note;
    Reflect.defineMetadata(DECORATORS.API_OPERATION, { ...operation, deprecated: true, description }, descriptor.value as object);
  };
  return applyDecorators(markDeprecated, Header('Deprecation', headers.deprecation), Header('Sunset', headers.sunset));
};
