import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ProblemError } from '../http/problem';
import { ROLES_KEY } from './roles.decorator';
import { attachStaff } from './staff-of-request';
import type { Role } from './staff-member';
import { IdentityProviderUnavailable, InvalidStaffToken, StaffTokenVerifier } from './staff-token-verifier';

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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const authorization = request.header('authorization');
    if (!authorization || !/^Bearer\s/i.test(authorization)) throw unauthorized(response, CHALLENGE, 'sign-in-required', 'Staff sign-in is required', 'Send a bearer token from the identity provider in the Authorization header.');
    const token = BEARER.exec(authorization)?.[1];
    const staff = await (token ? this.verifier.verify(token) : Promise.reject(new InvalidStaffToken('malformed Authorization header'))).catch((error: unknown) => {
      if (error instanceof InvalidStaffToken) {
        this.logger.debug(`Refused a staff token: ${error.message}`);
        throw unauthorized(response, INVALID_TOKEN_CHALLENGE, 'invalid-token', 'The sign-in token is not valid', 'The token is invalid or expired. Sign in again.');
      }
      if (error instanceof IdentityProviderUnavailable) {
        this.logger.error(error.message);
        throw new ProblemError(503, 'identity-provider-unavailable', 'Sign-in cannot be checked right now', 'Nothing was changed. Please try again in a moment.');
      }
      throw error;
    });
    attachStaff(request, staff);
    if (!roles.some((role) => staff.roles.has(role))) throw new ProblemError(403, 'role-not-allowed', 'Your role does not allow this', `This needs one of the roles: ${roles.join(', ')}.`);
    return true;
  }
}

function unauthorized(response: Response, challenge: string, code: string, title: string, detail: string): ProblemError {
  response.setHeader('WWW-Authenticate', challenge);
  return new ProblemError(401, code, title, detail);
}
