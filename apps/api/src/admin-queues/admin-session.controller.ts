import { Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { bearerToken } from '../auth/staff-auth.guard';
import { type RequestContext, StaffContext } from '../http/request-context';
import { clearAdminSession, setAdminSession } from './admin-session-cookie';

/** Turns an admin's bearer token into the dashboard's session cookie, for a browser that opens /admin/queues. */
@ApiTags('admin')
@Controller('admin/queues/session')
export class AdminSessionController {
  @Post()
  @HttpCode(204)
  @Roles(...ENDPOINT_ROLES.queueDashboard)
  @ApiOperation({ summary: 'Open the queue dashboard (/admin/queues) in this browser: the bearer token becomes its session cookie' })
  @ApiNoContentResponse({ description: `Sets the HttpOnly cookie the dashboard accepts, for as long as the token lives` })
  open(@StaffContext() _admin: RequestContext, @Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    // The guard has verified the Authorization header's token (and only that header) to get here.
    setAdminSession(request, response, bearerToken(request)!);
  }

  /** Signing out needs no token: it only clears the cookie, and an expired one must be clearable too. */
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out of the queue dashboard' })
  @ApiNoContentResponse({ description: 'Clears the session cookie' })
  close(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    clearAdminSession(request, response);
  }
}
