import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { RESPONSE_WORKING_DAYS_MAX, RESPONSE_WORKING_DAYS_MIN } from '../reference-data/department.dto';
import { accessRefused } from '../auth/access-policy.refusal';
import { PageContext } from '../pages/page-context';
import { PageCsrfGuard } from '../pages/page-csrf';
import { PageRenderer } from '../pages/page-renderer';
import { DepartmentsService } from '../reference-data/departments.service';
import { ReferenceData } from '../reference-data/reference-data';
import { RoutingRuleEntity } from '../reference-data/routing-rule.entity';
import { StaffFrame } from './staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';

type Errors = Record<string, Partial<Record<'name' | 'responseWorkingDays', string>>>;

/**
 * The admin's page: departments (name, response deadline) edited as the API's
 * PATCH /departments/{code} does, the routing rules as they stand, and the
 * queue dashboard, which accepts this session.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/admin')
export class StaffAdminPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly departments: DepartmentsService,
    private readonly frame: StaffFrame,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  async admin(@Query('done') done: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.show(request, response, {}, {}, typeof done === 'string' && /^[\wÆØÅæøå-]{1,40}$/.test(done) ? done : null, 200);
  }

  @Post('departments/:code')
  @UseGuards(PageCsrfGuard)
  async changeDepartment(@Param('code') code: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireAdmin(request);
    const form = (request.body ?? {}) as Record<string, unknown>;
    const name = typeof form.name === 'string' ? form.name.trim() : '';
    const days = Number(form.responseWorkingDays);
    const errors = {
      ...(name === '' || name.length > 200 ? { name: 'required' } : {}),
      ...(!Number.isInteger(days) || days < RESPONSE_WORKING_DAYS_MIN || days > RESPONSE_WORKING_DAYS_MAX ? { responseWorkingDays: 'workingDays' } : {}),
    };
    if (Object.keys(errors).length)
      return this.show(
        request,
        response,
        { [code]: errors },
        { [code]: { name: String(form.name ?? ''), days: String(form.responseWorkingDays ?? '') } },
        null,
        422,
      );
    await this.departments.change(code, { name, responseWorkingDays: days });
    response.redirect(303, `/staff/admin?done=${encodeURIComponent(code)}`);
  }

  private requireAdmin(request: Request) {
    const staff = sessionStaff(request);
    if (!staff.roles.has('admin')) throw accessRefused('Departments and routing rules are the admin’s.');
    return staff;
  }

  private async show(
    request: Request,
    response: Response,
    errors: Errors,
    typed: Record<string, { name: string; days: string }>,
    done: string | null,
    status: number,
  ) {
    const staff = this.requireAdmin(request);
    const lang = this.page.language(request, response);
    const snapshot = await this.reference.snapshot();
    const rules = await this.dataSource.getRepository(RoutingRuleEntity).find({ order: { priority: 'DESC', id: 'ASC' } });
    const name = (map: ReadonlyMap<string, { name: string }>, code: string | null) => (code === null ? '–' : (map.get(code)?.name ?? code));
    this.renderer.render(
      request,
      response,
      'staff-admin',
      lang,
      {
        titleKey: 'staff.admin.title',
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        done,
        hasErrors: Object.keys(errors).length > 0,
        min: RESPONSE_WORKING_DAYS_MIN,
        max: RESPONSE_WORKING_DAYS_MAX,
        departments: [...snapshot.departments.values()].map((department) => ({
          code: department.code,
          name: typed[department.code]?.name ?? department.name,
          days: typed[department.code]?.days ?? String(department.responseWorkingDays),
          errors: errors[department.code] ?? {},
        })),
        rules: rules.map((rule) => ({
          id: rule.id,
          department: name(snapshot.departments, rule.department),
          category: name(snapshot.categories, rule.category),
          district: name(snapshot.districts, rule.district),
          keywords: rule.keywords.join(', ') || '–',
          priority: rule.priority,
        })),
      },
      status,
    );
  }
}
