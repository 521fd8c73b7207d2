import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@civic/casework';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffSignInOptions } from './staff-sign-in.options';

/** What every staff page's frame needs: who is signed in, the pages their roles open, and where signing out may lead. */
@Injectable()
export class StaffFrame {
  private readonly formActionOrigins: readonly string[];

  constructor(@Inject(STAFF_SIGN_IN) options: StaffSignInOptions) {
    // Signing out continues at the provider (RP-initiated logout): the sign-out form's redirect goes there.
    this.formActionOrigins = options.oidc ? [new URL(options.oidc.issuer).origin] : [];
  }

  of(staff: StaffMember): {
    staffNav: { subject: string; dashboard: boolean; budgetRounds: boolean; moderation: boolean; admin: boolean };
    formActionOrigins: readonly string[];
  } {
    return {
      staffNav: {
        subject: staff.subject,
        dashboard: staff.roles.has('manager'),
        budgetRounds: ENDPOINT_ROLES.manageBudgetRounds.some((role) => staff.roles.has(role)),
        moderation: ENDPOINT_ROLES.moderationQueue.some((role) => staff.roles.has(role)),
        admin: staff.roles.has('admin'),
      },
      formActionOrigins: this.formActionOrigins,
    };
  }
}
