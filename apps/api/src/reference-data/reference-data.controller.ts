import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { type RequestContext, StaffContext } from '../http/request-context';
import { DepartmentAdminView, DepartmentChangeInput, DepartmentView, toDepartmentAdminView, toDepartmentView } from './department.dto';
import { DepartmentsService } from './departments.service';
import { ReferenceData } from './reference-data';
import { CreateRoutingRuleInput, RoutingRuleInput } from './routing-rule.dto';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('reference data')
@Controller()
export class ReferenceDataController {
  constructor(
    private readonly referenceData: ReferenceData,
    private readonly routingRules: RoutingRulesService,
    private readonly departmentAdmin: DepartmentsService,
  ) {}

  @Get('departments')
  @ApiOkResponse({ type: [DepartmentView] })
  async departments(): Promise<DepartmentView[]> {
    // The public view: the lead's address is for the worker's e-mails and the admin only.
    return [...(await this.referenceData.snapshot()).departments.values()].map(toDepartmentView);
  }

  @Patch('departments/:code')
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOkResponse({ type: DepartmentAdminView })
  @ApiNotFoundResponse({ description: 'No such department (application/problem+json)' })
  @ApiUnprocessableEntityResponse({
    description: 'A blank name, responseWorkingDays outside 1–60, a leadEmail that is not an e-mail address, unknown fields or nothing to change',
  })
  async changeDepartment(
    @Param('code') code: string,
    @Body() input: DepartmentChangeInput,
    @StaffContext() _staff: RequestContext,
  ): Promise<DepartmentAdminView> {
    return toDepartmentAdminView(await this.departmentAdmin.change(code, input));
  }

  @Get('districts')
  async districts() {
    return [...(await this.referenceData.snapshot()).districts.values()];
  }

  @Get('categories')
  async categories() {
    return [...(await this.referenceData.snapshot()).categories.values()];
  }

  @Get('routing-rules')
  @Roles(...ENDPOINT_ROLES.readRoutingRules)
  listRules(@StaffContext() _staff: RequestContext) {
    return this.routingRules.list();
  }

  @Get('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.readRoutingRules)
  getRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.get(id);
  }

  @Post('routing-rules')
  @Roles(...ENDPOINT_ROLES.administer)
  createRule(@StaffContext() _staff: RequestContext, @Body() input: CreateRoutingRuleInput) {
    return this.routingRules.create(input);
  }

  @Put('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.administer)
  replaceRule(@StaffContext() _staff: RequestContext, @Param('id') id: string, @Body() input: RoutingRuleInput) {
    return this.routingRules.replace(id, input);
  }

  @Delete('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(204)
  removeRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.remove(id);
  }
}
