import { applyDecorators, Header } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';

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
  return applyDecorators(
    ApiOperation({
      deprecated: true,
      description: `Deprecated since ${deprecation.since}; works until ${deprecation.sunset}. Use ${deprecation.replacement} instead.`,
    }),
    Header('Deprecation', headers.deprecation),
    Header('Sunset', headers.sunset),
  );
};
