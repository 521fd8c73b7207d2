import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemError } from './problem';

/** The idea's revision as an entity tag: "7". */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

export function setEtag(response: Response, revision: number): void {
  response.setHeader('ETag', etagOf(revision));
}

/** The revision the caller saw, from If-Match; staff changes without it are refused (428). */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<Request>().header('if-match');
  if (!header)
    throw new ProblemError(
      428,
      'if-match-required',
      'If-Match is required',
      'Send the ETag you read from GET /ideas/:id as If-Match, so a change made meanwhile is not overwritten.',
    );
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match) throw new ProblemError(400, 'bad-if-match', 'If-Match is not a revision', 'Send the ETag exactly as you received it, e.g. "3".');
  return Number(match[1]);
});
