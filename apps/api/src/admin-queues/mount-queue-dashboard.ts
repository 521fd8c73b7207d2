import type { NestExpressApplication } from '@nestjs/platform-express';
import { type Request, type Response, Router } from 'express';
import { StaffSessions } from '../staff-pages/staff-sessions';
import { sessionIdOf } from '../staff-pages/staff-session-cookie';
import { STAFF_SIGN_IN } from '../staff-pages/staff-pages.tokens';
import type { StaffSignInOptions } from '../staff-pages/staff-sign-in.options';
import { StaffDirectory } from '../auth/staff-directory';
import { StaffTokenVerifier } from '../auth/staff-token-verifier';
import { queueDashboardAccess, queueDashboardReachable } from './queue-dashboard-access';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './queue-dashboard';

/** The session routes are Nest's (the guard checks them); everything else under the path is the board, behind the access check. */
const SESSION_ROUTE = /^\/session\/?$/;

/** Puts Bull Board at /admin/queues, admins only. Called before app.init(), so it sits in front of Nest's routes. */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const board = Router();
  board.use((request, _response, next) => next(SESSION_ROUTE.test(request.path) ? 'router' : undefined));
  const dashboard = app.get(QueueDashboard);
  const sessions = app.get(StaffSessions, { strict: false });
  const production = app.get<StaffSignInOptions>(STAFF_SIGN_IN, { strict: false }).production;
  const fromStaffSession = async (request: Request, response: Response) => (await sessions.resume(sessionIdOf(request, response, production)))?.staff ?? null;
  board.use(queueDashboardAccess(app.get(StaffTokenVerifier), app.get(StaffDirectory), fromStaffSession), queueDashboardReachable(dashboard), dashboard.router);
  app.use(QUEUE_DASHBOARD_PATH, board);
}
