import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type RequestContext, StaffContext } from '../http/request-context';
import { ReferenceData } from './reference-data';
import { CreateRoutingRuleInput, RoutingRuleInput } from './routing-rule.dto';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('reference data')
@Controller()
export class ReferenceDataController {
  constructor(
    private readonly referenceData: ReferenceData,
    private readonly routingRules: RoutingRulesService,
  ) {}

  @Get('departments')
  async departments() {
    return [...(await this.referenceData.snapshot()).departments.values()];
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
  listRules(@StaffContext() _staff: RequestContext) {
    return this.routingRules.list();
  }

  @Get('routing-rules/:id')
  getRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.get(id);
  }

  @Post('routing-rules')
  createRule(@StaffContext() _staff: RequestContext, @Body() input: CreateRoutingRuleInput) {
    return this.routingRules.create(input);
  }

  @Put('routing-rules/:id')
  replaceRule(@StaffContext() _staff: RequestContext, @Param('id') id: string, @Body() input: RoutingRuleInput) {
    return this.routingRules.replace(id, input);
  }

  @Delete('routing-rules/:id')
  @HttpCode(204)
  removeRule(@StaffContext() _staff: RequestContext, @Param('id') id: string) {
    return this.routingRules.remove(id);
  }
}
