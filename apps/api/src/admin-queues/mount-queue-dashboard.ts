import type { NestExpressApplication } from '@nestjs/platform-express';
import { Router } from 'express';
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
  board.use(queueDashboardAccess(app.get(StaffTokenVerifier), app.get(StaffDirectory)), queueDashboardReachable(dashboard), dashboard.router);
  app.use(QUEUE_DASHBOARD_PATH, board);
}
