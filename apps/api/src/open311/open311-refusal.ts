import type { Request, Response } from 'express';
import type { ProblemError } from '../http/problem';
import { formatOfPath, send, XML } from './open311-format';

const OPEN311_PATH = /^\/open311\/v2\//;

/** A problem as GeoReport v2's error text: its title, detail and the fields at fault. */
export function describeProblem(problem: ProblemError): string {
  const fields = (problem.extensions?.errors as { field: string; message: string }[] | undefined)?.map((e) => `${e.field}: ${e.message}`);
  return [problem.title, problem.detail, ...(fields ?? [])].filter(Boolean).join(' — ');
}

/**
 * For the refusals made before any controller (unreadable bodies, NUL bytes):
 * under /open311/v2 they answer in GeoReport v2's error format too, so an
 * Open311 client can read them. False elsewhere: the caller answers as usual.
 */
export function sendOpen311Refusal(request: Request, response: Response, problem: ProblemError): boolean {
  if (!OPEN311_PATH.test(request.path)) return false;
  send(response, formatOfPath(request.path), problem.status, [{ code: problem.status, description: describeProblem(problem) }], XML.errors);
  return true;
}
