import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { ApiIfMatch, ApiProblems } from '../openapi/api-problems';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { setEtag, IfMatch } from '../http/if-match';
import { ProblemError } from '../http/problem';
import { SubmitRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext, StaffContext, type StaffRequestContext } from '../http/request-context';
import { ChangeIdeaCommand, type IdeaChange } from './change-idea.command';
import { AuditView } from './audit.view';
import { GetIdeaAuditQuery } from './get-idea-audit.query';
import { GetIdeaQuery } from './get-idea.query';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency';
import { IdeaView } from './idea.view';
import { IdeaByPublicCode, PUBLIC_CODE_PATTERN } from './idea-by-public-code';
import {
  AnswerIdeaInput,
  AskedQuestion,
  AskCitizenInput,
  AssignIdeaInput,
  ChangedIdea,
  CompleteImplementationInput,
  DiagnoseIdeaInput,
  HidePublicTextInput,
  ImplementationProgressInput,
  MarkDuplicateInput,
  RouteIdeaInput,
} from './staff-commands.dto';
import { SubmitIdeaCommand } from './submit-idea.command';
import { SubmitIdeaInput, SubmittedIdea } from './submit-idea.dto';

const IdeaId = () => Param('id', new ParseUUIDPipe({ version: undefined }));
/** What any staff change of an idea can answer besides 401/403 and the rest every operation can. */
const CHANGE_PROBLEMS = {
  400: 'The id is not a UUID, If-Match is not a revision, or ill-formed input',
  404: 'No idea has this id',
  409: 'The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment',
  422: 'Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department)',
} as const;
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the revision you read' };

@ApiTags('ideas')
@Controller('ideas')
export class IdeasController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly byPublicCode: IdeaByPublicCode,
  ) {}

  @Post()
  @SubmitRateLimit()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat the same key to retry safely' })
  @ApiCreatedResponse({ type: SubmittedIdea })
  @ApiProblems({
    400: 'An Idempotency-Key that is not 8–200 visible ASCII characters, or ill-formed input',
    409: 'budget-round-not-taking-proposals: the budget round in budgetRound is past its proposals phase',
    422: 'Invalid fields (each in errors), an unknown category or district, a budget round that is unknown or for another district, or an Idempotency-Key used before for a different request',
  })
  @ApiOperation({
    summary: 'Submit an idea (a citizen, no sign-in)',
    description: "Answers with the idea's id, public code and the citizen's private tracking token. Repeat the same Idempotency-Key to retry safely.",
  })
  async submit(
    @Body() input: SubmitIdeaInput,
    @Headers('idempotency-key') key: string | undefined,
    @CitizenContext() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (key !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(key))
      throw new ProblemError(400, 'bad-idempotency-key', 'Idempotency-Key is not usable', 'Use 8–200 visible ASCII characters, e.g. a UUID.');
    const { replayed, ...submitted } = await this.commands.execute(new SubmitIdeaCommand(input, key ?? null, context));
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    setEtag(response, submitted.revision);
    return submitted;
  }

  @Get(':id')
  @Roles(...ENDPOINT_ROLES.readIdea)
  @ApiParam({ name: 'id', description: "The idea's id (a UUID) or its public code (K-2026-000123, as the citizen quotes it)" })
  @ApiOkResponse({ type: IdeaView, headers: { ETag: { description: 'The revision, to send back as If-Match', schema: { type: 'string' } } } })
  @ApiProblems({ 400: 'The id is neither a UUID nor a public code, or ill-formed input', 404: 'No idea has this id or public code' })
  @ApiOperation({ summary: 'Read an idea (by id or public code), with its ETag for a later change' })
  async get(@Param('id') idOrCode: string, @StaffContext() context: StaffRequestContext, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetIdeaQuery(await this.ideaIdOf(idOrCode), context.staff));
    setEtag(response, view.revision);
    return view;
  }

  @Get(':id/audit')
  @Roles(...ENDPOINT_ROLES.auditIdea)
  @ApiOkResponse({ type: AuditView, description: 'Who did what and when, from the event stream; never the submitter’s personal data' })
  @ApiProblems({ 400: 'The id is not a UUID, or ill-formed input', 404: 'No idea has this id' })
  @ApiOperation({ summary: 'Who did what to an idea and when' })
  audit(@IdeaId() id: string, @StaffContext() context: StaffRequestContext) {
    return this.queries.execute(new GetIdeaAuditQuery(id, context.staff));
  }

  @Roles(...ENDPOINT_ROLES.routeIdea)
  @Post(':id/route')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Route an idea to a department' })
  route(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: RouteIdeaInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'RouteIdea', department: body.department, reason: body.reason, routedBy: 'hand', ruleId: null }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.assignIdea)
  @Post(':id/assign')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Assign an idea to a case handler' })
  assign(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: AssignIdeaInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'AssignIdea', assignee: body.assignee }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.workOnIdea)
  @Post(':id/diagnosis')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Record the diagnosis: accepted, rejected or needs information, with a reason' })
  diagnose(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: DiagnoseIdeaInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'DiagnoseIdea', ...body }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.workOnIdea)
  @Post(':id/questions')
  @HttpCode(200)
  @ApiOkResponse({ type: AskedQuestion })
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOperation({ summary: 'Ask the citizen a question (they answer through their tracking link)' })
  async ask(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: AskCitizenInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const questionId = randomUUID();
    return { ...(await this.change(id, revision, { type: 'AskCitizen', questionId, question: body.question }, staff, response)), questionId };
  }

  @Roles(...ENDPOINT_ROLES.workOnIdea)
  @Post(':id/answer')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Answer the citizen in plain language' })
  answer(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: AnswerIdeaInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'AnswerIdea', ...body }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.workOnIdea)
  @Post(':id/implementation')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Record progress on implementing an accepted idea' })
  progress(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: ImplementationProgressInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'RecordImplementationProgress', note: body.note, percentComplete: body.percentComplete ?? null }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.workOnIdea)
  @Post(':id/implementation/complete')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Mark an accepted idea as implemented' })
  complete(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: CompleteImplementationInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'CompleteImplementation', note: body.note }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.markDuplicate)
  @Post(':id/duplicate')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: 'Close an idea as a duplicate of another' })
  duplicate(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: MarkDuplicateInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'MarkDuplicate', duplicateOf: body.duplicateOf }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.moderate)
  @Post(':id/hide')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems({ ...CHANGE_PROBLEMS, 409: 'The public text is already hidden, or someone changed the idea at the same moment' })
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({
    summary: "Hide an idea's public title and description (they break the rules)",
    description:
      'The public page and JSON then say the municipality hid the text, and why (the reason category); code, status and timeline stay public. Reversible.',
  })
  hide(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @Body() body: HidePublicTextInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'HidePublicText', reason: body.reason, note: body.note?.trim() || null }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.moderate)
  @Post(':id/restore')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems({ ...CHANGE_PROBLEMS, 409: 'The public text is not hidden, or someone changed the idea at the same moment' })
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: "Show a hidden idea's public text again" })
  restore(@IdeaId() id: string, @IfMatch() revision: number, @StaffContext() staff: StaffRequestContext, @Res({ passthrough: true }) response: Response) {
    return this.change(id, revision, { type: 'RestorePublicText' }, staff, response);
  }

  @Roles(...ENDPOINT_ROLES.moderate)
  @Post(':id/reports/dismiss')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems({
    ...CHANGE_PROBLEMS,
    409: 'No report is open (GET /moderation/queue), or someone changed the idea at the same moment',
    503: 'The moderation queue has not caught up with the reports made so far within 3 s (Retry-After); nothing was changed',
  })
  @ApiOkResponse({ type: ChangedIdea })
  @ApiOperation({ summary: "Dismiss an idea's open reports: reviewed, the text stays visible" })
  dismissReports(
    @IdeaId() id: string,
    @IfMatch() revision: number,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'DismissReports' }, staff, response);
  }

  private async ideaIdOf(idOrCode: string): Promise<string> {
    if (isUUID(idOrCode)) return idOrCode;
    if (!PUBLIC_CODE_PATTERN.test(idOrCode))
      throw new ProblemError(400, 'bad-idea-id', 'Not an idea id or public code', "Use the idea's id (a UUID) or its public code, e.g. K-2026-000123.", {
        errors: [{ field: 'id', message: 'must be a UUID or a public code like K-2026-000123' }],
      });
    const id = await this.byPublicCode.idOf(idOrCode);
    if (id === null) throw new ProblemError(404, 'idea-not-found', 'No such idea', `No idea has the public code ${idOrCode.toUpperCase()}.`);
    return id;
  }

  private async change(id: string, revision: number, change: IdeaChange, staff: StaffRequestContext, response: Response): Promise<ChangedIdea> {
    const result = await this.commands.execute(new ChangeIdeaCommand(id, revision, change, staff));
    setEtag(response, result.revision);
    return { id, revision: result.revision };
  }
}
