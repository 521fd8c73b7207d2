import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ProblemError } from '../http/problem';
import { ROLES_KEY } from './roles.decorator';
import { StaffDirectory } from './staff-directory';
import { attachStaff } from './staff-of-request';
import { IdentityProviderUnavailable, InvalidStaffToken, StaffTokenVerifier } from './staff-token-verifier';
import { type Role, type StaffMember } from '@civic/casework';

// RFC 6750 §3: no credentials → the scheme alone; credentials that do not hold → invalid_token. The reason stays in our logs.
const CHALLENGE = 'Bearer realm="civic-ideas"';
const INVALID_TOKEN_CHALLENGE = `${CHALLENGE}, error="invalid_token", error_description="The token is invalid or expired"`;
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i; // the scheme is case-insensitive (RFC 7235)

/**
 * Every route marked @Roles(...) needs a verified bearer token (else 401) with
 * one of those roles (else 403); unmarked routes are public.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  private readonly logger = new Logger('StaffAuth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: StaffTokenVerifier,
    private readonly directory: StaffDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const token = bearerToken(request);
    if (token === undefined) throw signInRequired(response, 'Send a bearer token from the identity provider in the Authorization header.');
    const staff = await verifyStaffToken(this.verifier, token, response, this.logger);
    attachStaff(request, staff);
    this.directory.noteSignIn(staff);
    if (!roles.some((role) => staff.roles.has(role))) throw roleNotAllowed(roles);
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header; null when the header is there but malformed; undefined when there is none. */
export function bearerToken(request: Request): string | null | undefined {
  const authorization = request.header('authorization');
  if (!authorization || !/^Bearer\s/i.test(authorization)) return undefined;
  return BEARER.exec(authorization)?.[1] ?? null;
}

/** The staff member a token vouches for, or the problem the client gets: 401 with a challenge, or 503 while the identity provider is down. */
export async function verifyStaffToken(verifier: StaffTokenVerifier, token: string | null, response: Response, logger: Logger): Promise<StaffMember> {
  try {
    if (token === null) throw new InvalidStaffToken('malformed Authorization header');
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidStaffToken) {
      logger.debug(`Refused a staff token: ${error.message}`);
      throw unauthorized(
        response,
        INVALID_TOKEN_CHALLENGE,
        'invalid-token',
        'The sign-in token is not valid',
        'The token is invalid or expired. Sign in again.',
      );
    }
    if (error instanceof IdentityProviderUnavailable) {
      logger.error(error.message);
      throw new ProblemError(503, 'identity-provider-unavailable', 'Sign-in cannot be checked right now', 'Nothing was changed. Please try again in a moment.');
    }
    throw error;
  }
}

/** 401 for a request with no credentials at all. */
export function signInRequired(response: Response, detail: string): ProblemError {
  return unauthorized(response, CHALLENGE, 'sign-in-required', 'Staff sign-in is required', detail);
}

export function roleNotAllowed(roles: readonly Role[]): ProblemError {
  return new ProblemError(403, 'role-not-allowed', 'Your role does not allow this', `This needs one of the roles: ${roles.join(', ')}.`);
}

function unauthorized(response: Response, challenge: string, code: string, title: string, detail: string): ProblemError {
  response.setHeader('WWW-Authenticate', challenge);
  return new ProblemError(401, code, title, detail);
}
