import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';

const parse = cookieParser();

/** The pages read two cookies (language, CSRF); parsed only for them, not on every API request. */
export function withCookies(request: Request, response: Response): void {
  if (request.cookies === undefined) parse(request, response, () => undefined);
}
