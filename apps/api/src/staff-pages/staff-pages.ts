import type { Provider, Type } from '@nestjs/common';
import type { StaffAuthOptions } from '../auth/staff-auth.options';
import { StaffOidc } from './staff-oidc';
import { StaffFrame } from './staff-nav';
import { StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';
import { StaffSessions } from './staff-sessions';
import { StaffSignInController } from './staff-sign-in.controller';
import { StaffInboxPageController } from './staff-inbox-page.controller';
import { StaffCasePageController } from './staff-case-page.controller';
import { StaffModerationPageController } from './staff-moderation-page.controller';
import { StaffAdminPageController } from './staff-admin-page.controller';
import { StaffRoutingRulesPageController } from './staff-routing-rules-page.controller';
import { RoutingRulesService } from '../reference-data/routing-rules.service';
import { DepartmentsService } from '../reference-data/departments.service';
import { StaffDashboardPageController } from './dashboard/staff-dashboard-page.controller';
import { BudgetRoundRepository, IdeaRepository } from '@civic/casework';
import { StaffBudgetRoundsPageController } from './budgets/staff-budget-rounds-page.controller';
import { IdeaByPublicCode } from '../ideas/idea-by-public-code';
import { STAFF_AUTH_OPTIONS, STAFF_SIGN_IN } from './staff-pages.tokens';
import type { StaffSignInOptions } from './staff-sign-in.options';

/** The staff workspace's pages and what they stand on, mounted beside the citizens' pages (same layout, texts, CSRF). */
export function staffPages(auth: StaffAuthOptions, signIn: StaffSignInOptions): { controllers: Type[]; providers: Provider[] } {
  return {
    controllers: [
      StaffSignInController,
      StaffInboxPageController,
      StaffCasePageController,
      StaffModerationPageController,
      StaffDashboardPageController,
      StaffAdminPageController,
      StaffBudgetRoundsPageController,
      StaffRoutingRulesPageController,
    ],
    providers: [
      { provide: STAFF_SIGN_IN, useValue: signIn },
      { provide: STAFF_AUTH_OPTIONS, useValue: auth },
      StaffSessions,
      StaffOidc,
      StaffSessionGuard,
      StaffPageErrorFilter,
      IdeaByPublicCode,
      StaffFrame,
      DepartmentsService,
      BudgetRoundRepository,
      RoutingRulesService,
      IdeaRepository,
    ],
  };
}
