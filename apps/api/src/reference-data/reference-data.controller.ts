import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems';
import { CategoryView, DistrictView, RoutingRuleView } from './reference-data.views';
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
  @ApiOperation({ summary: 'The departments ideas are routed to' })
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
  @ApiOperation({ summary: 'Change a department’s name, response deadline or lead (administrators)' })
  async changeDepartment(
    @Param('code') code: string,
    @Body() input: DepartmentChangeInput,
    @StaffContext() _staff: RequestContext,
  ): Promise<DepartmentAdminView> {
    return toDepartmentAdminView(await this.departmentAdmin.change(code, input));
  }

  @Get('districts')
  @ApiOperation({ summary: 'The districts an idea can be about' })
  @ApiOkResponse({ type: [DistrictView] })
  async districts() {
    return [...(await this.referenceData.snapshot()).districts.values()];
  }

  @Get('categories')
  @ApiOperation({ summary: 'The categories an idea can have' })
  @ApiOkResponse({ type: [CategoryView] })
  async categories() {
    return [...(await this.referenceData.snapshot()).categories.values()];
  }

  @Get('routing-rules')
  @Roles(...ENDPOINT_ROLES.readRoutingRules)
  @ApiOperation({ summary: 'The routing rules, which send a new idea to a department' })
  @ApiOkResponse({ type: [RoutingRuleView] })
  listRules(@StaffContext() _staff: RequestContext) {
    return this.routingRules.list();
  }

  @Get('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.readRoutingRules)
  @ApiOperation({ summary: 'One routing rule' })
  @ApiOkResponse({ type: RoutingRuleView })
  @ApiProblems({ 404: 'No routing rule has this id' })
  getRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.get(id);
  }

  @Post('routing-rules')
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOperation({ summary: 'Add a routing rule (administrators)' })
  @ApiCreatedResponse({ type: RoutingRuleView })
  @ApiProblems({ 409: 'A routing rule with this id exists', 422: 'Invalid fields, or a department, category or district that does not exist' })
  createRule(@StaffContext() _staff: RequestContext, @Body() input: CreateRoutingRuleInput) {
    return this.routingRules.create(input);
  }

  @Put('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOperation({ summary: 'Replace a routing rule (administrators)' })
  @ApiOkResponse({ type: RoutingRuleView })
  @ApiProblems({ 404: 'No routing rule has this id', 422: 'Invalid fields, or a department, category or district that does not exist' })
  replaceRule(@StaffContext() _staff: RequestContext, @Param('id') id: string, @Body() input: RoutingRuleInput) {
    return this.routingRules.replace(id, input);
  }

  @Delete('routing-rules/:id')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a routing rule (administrators)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems({ 404: 'No routing rule has this id' })
  removeRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.remove(id);
  }
}
