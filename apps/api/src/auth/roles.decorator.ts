import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type Role } from '@civic/casework';

export const ROLES_KEY = 'civic:staff-roles';

/**
 * Marks a staff endpoint: a verified token is required (else 401) and one of
 * these roles (else 403). Department-scoped checks happen where the idea's
 * department is known (the access policy). Endpoints without it are public.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate)' }),
    ApiForbiddenResponse({ description: `Signed in, but none of the roles ${roles.join(', ')} (or not in this department) (application/problem+json)` }),
  );
