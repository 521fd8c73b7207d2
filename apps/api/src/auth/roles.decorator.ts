import { SetMetadata } from '@nestjs/common';
import type { Role } from './staff-member';

export const ROLES_KEY = 'civic:staff-roles';

/**
 * Marks a staff endpoint: a verified token is required (else 401) and one of
 * these roles (else 403). Department-scoped checks happen where the idea's
 * department is known (the access policy). Endpoints without it are public.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
