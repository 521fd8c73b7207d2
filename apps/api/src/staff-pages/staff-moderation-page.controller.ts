import { Controller, Get, Inject, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { listModerationQueue } from '@civic/projections';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { accessRefused } from '../auth/access-policy.refusal';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { PageContext } from '../pages/page-context';
import { PageRenderer } from '../pages/page-renderer';
import { StaffFrame } from './staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';

/**
 * The moderators' review queue: ideas citizens reported that nobody has
 * reviewed yet, the longest waiting first, with the count and the latest
 * reasons. Each links to its case page, where the member hides the text,
 * restores it or dismisses the reports (managers read the queue only).
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/moderation')
export class StaffModerationPageController {
  constructor(
    @Inject(PG_POOL) private readonly db: Pool,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly frame: StaffFrame,
  ) {}

  @Get()
  async queue(@Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = sessionStaff(request);
    if (!ENDPOINT_ROLES.moderationQueue.some((role) => staff.roles.has(role)))
      throw accessRefused('The moderation queue is for dispatchers, leads and managers.');
    const lang = this.page.language(request, response);
    const items = await listModerationQueue(this.db);
    this.renderer.render(request, response, 'staff-moderation', lang, {
      titleKey: 'staff.moderation.title',
      path: '/staff/moderation',
      ...this.frame.of(staff),
      csrf: this.page.csrfToken(request, response),
      items,
    });
  }
}
