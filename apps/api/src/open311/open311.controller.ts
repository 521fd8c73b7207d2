import { Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiExtraModels, ApiOperation, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { SubmitIdeaCommand } from '../ideas/submit-idea.command';
import { ApiOpen311Errors, ApiOpen311Ok, ApiOpen311OkList } from './api-open311';
import { Open311ApiKeys } from './open311-api-keys';
import { Open311Error } from './open311-error';
import { Open311ErrorFilter } from './open311-error.filter';
import { formatOf, send, sendObject, XML } from './open311-format';
import { OPEN311_OPTIONS, type Open311Options } from './open311-options';
import { Open311Requests } from './open311-requests';
import { Open311Services } from './open311-services';
import { type FormFields, optional, toSubmission } from './open311-submission';
import { Open311RequestView, Open311ServiceDefinitionView, Open311ServiceView, Open311SubmittedView } from './open311.views';

const FORMAT = { name: 'format', enum: ['json', 'xml'] } as const;

/**
 * Open311 GeoReport v2, for the clients a municipality already has
 * (FixMyStreet, city apps): the categories as services, and service requests
 * that become ideas through the same command as the web form.
 */
@ApiTags('open311')
@UseFilters(Open311ErrorFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(
    private readonly commands: CommandBus,
    private readonly services: Open311Services,
    private readonly requests: Open311Requests,
    private readonly keys: Open311ApiKeys,
    @Inject(OPEN311_OPTIONS) private readonly options: Open311Options,
  ) {}

  @Get('services.:format')
  @ApiOperation({ summary: 'The categories as Open311 services' })
  @ApiParam(FORMAT)
  @ApiOpen311OkList(Open311ServiceView, 'A list of services (GeoReport v2 service list)')
  @ApiOpen311Errors({ 404: 'An unknown format or jurisdiction_id' })
  async listServices(@Param('format') extension: string, @Query() query: FormFields, @Res() response: Response): Promise<void> {
    const format = formatOf(extension);
    this.checkJurisdiction(query);
    send(response, format, 200, await this.services.list(), XML.services);
  }

  @Get('services/:code.:format')
  @ApiOperation({ summary: "A service's definition: the attributes its category asks for" })
  @ApiParam({ name: 'code', example: 'roads' })
  @ApiParam(FORMAT)
  @ApiExtraModels(Open311ServiceDefinitionView)
  @ApiOpen311Ok({ $ref: getSchemaPath(Open311ServiceDefinitionView) }, 'A service definition (GeoReport v2)')
  @ApiOpen311Errors({ 404: 'No such service, format or jurisdiction_id' })
  async serviceDefinition(@Param('code') code: string, @Param('format') extension: string, @Query() query: FormFields, @Res() response: Response) {
    const format = formatOf(extension);
    this.checkJurisdiction(query);
    const found = await this.services.find(code);
    if (!found) throw new Open311Error(404, `No service has the code "${code.slice(0, 40)}"; see services.${format}`);
    const { definition } = found;
    sendObject(response, format, definition, {
      root: 'service_definition',
      content: {
        service_code: definition.service_code,
        attributes: {
          attribute: definition.attributes.map(({ values, ...attribute }) => ({ ...attribute, ...(values && { values: { value: values } }) })),
        },
      },
    });
  }

  @Post('requests.:format')
  @ApiOperation({
    summary: 'Submit a service request: it becomes an idea, like one from the web form (channel open311)',
    description: 'application/x-www-form-urlencoded, as GeoReport v2 says; api_key is issued per client by an admin (POST /open311/api-keys).',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiParam(FORMAT)
  @ApiOpen311OkList(Open311SubmittedView, '[{ service_request_id, service_notice, account_id }]: the public code of the new idea')
  @ApiOpen311Errors({
    400: 'A missing api_key or service_code, an unknown service, a missing or invalid attribute, a bad location',
    403: 'An unknown or revoked api_key',
    404: 'An unknown format or jurisdiction_id',
    422: 'A point outside every district',
    429: 'Too many requests with this api_key',
  })
  async submit(@Param('format') extension: string, @Req() request: Request, @CitizenContext() context: RequestContext, @Res() response: Response) {
    const format = formatOf(extension);
    const form: FormFields = typeof request.body === 'object' && request.body !== null ? request.body : {};
    this.checkJurisdiction(form);
    const client = await this.keys.authorise(form.api_key);
    const code = optional(form, 'service_code', 100);
    if (code === null) throw new Open311Error(400, 'service_code is required: see services.json');
    const found = await this.services.find(code);
    if (!found) throw new Open311Error(400, `service_code "${code.slice(0, 40)}" is not a service here: see services.json`);
    const input = toSubmission(form, { name: found.service.service_name, definition: found.definition }, { boundaries: await this.services.boundaries() });
    // The audit trail names the client (its key's id) that sent it in.
    const submitted = await this.commands.execute(new SubmitIdeaCommand(input, null, { ...context, actor: `open311:${client.id}` }));
    const department = submitted.department ? await this.services.department(submitted.department) : null;
    const accountId = optional(form, 'account_id', 300);
    send(
      response,
      format,
      200,
      [
        {
          service_request_id: submitted.publicCode,
          service_notice: department
            ? `${department.name} svarer inden for ${department.responseWorkingDays} arbejdsdage (answers within ${department.responseWorkingDays} working days)`
            : 'Idéen fordeles til den ansvarlige forvaltning (being routed to the responsible department)',
          account_id: accountId,
        },
      ],
      XML.serviceRequests,
    );
  }

  @Get('requests.:format')
  @ApiOperation({ summary: 'Service requests, newest first: public data only (default the last 90 days, at most 1,000)' })
  @ApiParam(FORMAT)
  @ApiOpen311OkList(Open311RequestView, 'A list of service requests (GeoReport v2)')
  @ApiOpen311Errors({ 400: 'A malformed filter', 404: 'An unknown format or jurisdiction_id' })
  async listRequests(@Param('format') extension: string, @Query() query: FormFields, @Res() response: Response) {
    const format = formatOf(extension);
    this.checkJurisdiction(query);
    send(response, format, 200, await this.requests.list(query), XML.serviceRequests);
  }

  @Get('requests/:id.:format')
  @ApiOperation({ summary: 'One service request by its id (the public code): status, public answer, department, dates' })
  @ApiParam({ name: 'id', example: 'K-2026-000123' })
  @ApiParam(FORMAT)
  @ApiOpen311OkList(Open311RequestView, 'A list holding the one service request (GeoReport v2)')
  @ApiOpen311Errors({ 404: 'No such request, format or jurisdiction_id' })
  async getRequest(@Param('id') id: string, @Param('format') extension: string, @Query() query: FormFields, @Res() response: Response) {
    const format = formatOf(extension);
    this.checkJurisdiction(query);
    const found = await this.requests.get(id);
    if (!found) throw new Open311Error(404, `No service request has the id "${id.slice(0, 40)}"`);
    send(response, format, 200, [found], XML.serviceRequests);
  }

  /** One endpoint, one jurisdiction: a client naming another has been pointed at the wrong server. */
  private checkJurisdiction(fields: FormFields): void {
    const given = optional(fields, 'jurisdiction_id', 200);
    const served = this.options.jurisdictionId;
    if (given !== null && served !== null && given !== served)
      throw new Open311Error(404, `jurisdiction_id "${given.slice(0, 100)}" is not served here; this is "${served}"`);
  }
}
