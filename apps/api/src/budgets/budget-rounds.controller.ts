import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { IfMatch, setEtag } from '../http/if-match';
import { ProblemError } from '../http/problem';
import { SubmitRateLimit, TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext, StaffContext, type StaffRequestContext } from '../http/request-context';
import { ApiIfMatch, ApiProblems } from '../openapi/api-problems';
import {
  AdvancePhaseInput,
  BallotConfirmed,
  BallotReceived,
  ConfirmBallotInput,
  ErasedVoterData,
  EraseVoterInput,
  OnlineBallotInput,
  CastPaperBallot,
  ChangedBudgetRound,
  FeasibilityInput,
  MergeProposalsInput,
  PaperBallotInput,
  RoundSettingsInput,
  SubmitProposalInput,
  SubmittedProposal,
  WinnerCompletedInput,
  WinnerProgressInput,
} from './budget-round.dto';
import { toFeasibility, toRoundSettings } from './budget-round-settings';
import { BudgetRoundView } from './budget-round.view';
import { CastPaperBallotCommand } from './cast-paper-ballot.command';
import { ChangeBudgetRoundCommand, type RoundChange } from './change-budget-round.command';
import { GetBudgetRoundPbQuery } from './get-budget-round-pb.query';
import { GetBudgetRoundQuery } from './get-budget-round.query';
import { OnlineVoting } from './online-voting';
import { ReferenceData } from '../reference-data/reference-data';

const RoundId = () => Param('id', new ParseUUIDPipe({ version: undefined }));
const ProposalId = () => Param('proposalId', new ParseUUIDPipe({ version: undefined }));
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the revision you read' };
const CHANGE_PROBLEMS = {
  400: 'An id is not a UUID, If-Match is not a revision, or ill-formed input',
  404: 'No round (or proposal) has this id',
  409: 'The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment',
  422: 'Invalid fields (each in errors)',
} as const;

@ApiTags('budget-rounds')
@Controller('budget-rounds')
export class BudgetRoundsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly voting: OnlineVoting,
    private readonly reference: ReferenceData,
  ) {}

  @Post()
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiCreatedResponse({ type: ChangedBudgetRound })
  @ApiProblems({ 400: 'Ill-formed input', 422: 'Invalid fields (each in errors)' })
  @ApiOperation({ summary: 'Open a participatory-budget round (staff)', description: 'The round starts in its proposals phase.' })
  open(@Body() body: RoundSettingsInput, @StaffContext() staff: StaffRequestContext, @Res({ passthrough: true }) response: Response) {
    return this.change(randomUUID(), 'new', { type: 'OpenRound', settings: toRoundSettings(body) }, staff, response);
  }

  @Get(':id')
  @ApiOkResponse({ type: BudgetRoundView, headers: { ETag: { description: 'The revision, to send back as If-Match', schema: { type: 'string' } } } })
  @ApiProblems({ 400: 'The id is not a UUID', 404: 'No round has this id' })
  @ApiOperation({ summary: 'A round: its phases and dates, proposals and their review, and the results with why each project was or was not funded' })
  async get(@RoundId() id: string, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetBudgetRoundQuery(id));
    setEtag(response, view.revision);
    return view;
  }

  @Get(':id/pabulib')
  @ApiOkResponse({
    description: 'The counted round as a pabulib .pb file: budget, rule, the projects on the ballot (cost, votes, selected) and every ballot, voters numbered',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiProblems({ 400: 'The id is not a UUID', 404: 'No round has this id', 409: 'Voting has not closed yet' })
  @ApiOperation({ summary: 'A counted round as a pabulib .pb file, to recount with any tool (npm run budget:winners)' })
  async pabulib(@RoundId() id: string, @Res() response: Response): Promise<void> {
    const text = await this.queries.execute(new GetBudgetRoundPbQuery(id));
    response.status(200).type('text/plain; charset=utf-8').setHeader('Content-Disposition', `inline; filename="budget-round-${id}.pb"`).send(text);
  }

  @Put(':id/settings')
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({ summary: 'Change a round’s settings, until voting opens' })
  configure(
    @RoundId() id: string,
    @IfMatch() revision: number,
    @Body() body: RoundSettingsInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'ConfigureRound', settings: toRoundSettings(body) }, staff, response);
  }

  @Post(':id/phase')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({ summary: 'Move a round to its next phase (voting opens only when every proposal is reviewed)' })
  advance(
    @RoundId() id: string,
    @IfMatch() revision: number,
    @Body() body: AdvancePhaseInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'AdvancePhase', to: body.to }, staff, response);
  }

  @Post(':id/proposals')
  @SubmitRateLimit()
  @ApiCreatedResponse({ type: SubmittedProposal })
  @ApiProblems({
    ...CHANGE_PROBLEMS,
    400: 'The id is not a UUID, or ill-formed input',
    422: 'Invalid fields (each in errors): an unknown category or district, or a district outside the round’s',
  })
  @ApiOperation({ summary: 'Submit a proposal into a round (a citizen, no sign-in), while proposals are open' })
  async propose(
    @RoundId() id: string,
    @Body() body: SubmitProposalInput,
    @CitizenContext() citizen: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { categories, districts } = await this.reference.snapshot();
    const unknown = [
      body.category !== undefined &&
        !categories.has(body.category) && { field: 'category', message: `unknown category "${body.category}"; see GET /categories` },
      body.district !== undefined && !districts.has(body.district) && { field: 'district', message: `unknown district "${body.district}"; see GET /districts` },
    ].filter((error): error is { field: string; message: string } => Boolean(error));
    if (unknown.length > 0)
      throw new ProblemError(422, 'validation-failed', 'The request has invalid fields', 'See errors for each field that needs fixing.', { errors: unknown });
    const proposalId = randomUUID();
    const place = { ...(body.category === undefined ? {} : { category: body.category }), ...(body.district === undefined ? {} : { district: body.district }) };
    const changed = await this.change(
      id,
      'current',
      { type: 'SubmitProposal', proposalId, title: body.title, summary: body.summary, ideaId: null, ...place },
      citizen,
      response,
    );
    return { ...changed, proposalId };
  }

  @Post(':id/proposals/:proposalId/feasibility')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({ summary: 'Record whether a proposal is feasible (with its cost estimate) or not (with a reason the proposer reads)' })
  feasibility(
    @RoundId() id: string,
    @ProposalId() proposalId: string,
    @IfMatch() revision: number,
    @Body() body: FeasibilityInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'RecordFeasibility', proposalId, feasibility: toFeasibility(body) }, staff, response);
  }

  @Post(':id/merges')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({ summary: 'Merge similar proposals into one' })
  merge(
    @RoundId() id: string,
    @IfMatch() revision: number,
    @Body() body: MergeProposalsInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'MergeProposals', into: body.into, proposalIds: body.proposalIds }, staff, response);
  }

  @Post(':id/paper-ballots')
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiCreatedResponse({ type: CastPaperBallot })
  @ApiProblems({ ...CHANGE_PROBLEMS, 409: 'Voting is not open' })
  @ApiOperation({ summary: 'Enter a paper ballot from a voting place (recorded as paper)' })
  paperBallot(@RoundId() id: string, @Body() body: PaperBallotInput, @StaffContext() staff: StaffRequestContext) {
    return this.commands.execute(new CastPaperBallotCommand(id, body.choices, body.votingPlace, staff));
  }

  @Post(':id/ballots')
  @SubmitRateLimit()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: BallotReceived })
  @ApiProblems({
    400: 'The id is not a UUID, or ill-formed input',
    404: 'No round has this id',
    409: 'Voting is not open',
    422: 'The ballot breaks the round’s method (too many projects, over the amount, a project not on the ballot), or the voter does not belong to the round (residence, age)',
  })
  @ApiOperation({
    summary:
      'Vote online (a citizen, no sign-in): a confirmation link is e-mailed; the ballot counts once it is followed, and replaces the voter’s earlier one',
  })
  vote(@RoundId() id: string, @Body() body: OnlineBallotInput, @CitizenContext() citizen: RequestContext) {
    return this.voting.byEmail(
      id,
      body.email,
      { choices: body.choices, residence: body.residence, ageConfirmed: body.ageConfirmed ?? false, language: body.language ?? 'da' },
      citizen,
    );
  }

  @Post(':id/ballots/confirmation')
  @TrackRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: BallotConfirmed })
  @ApiProblems({ 400: 'Ill-formed input', 404: 'The link is not valid (a newer one may have been sent)', 409: 'Voting has closed' })
  @ApiOperation({ summary: 'Confirm an online ballot with the token from the e-mailed link' })
  confirmBallot(@RoundId() id: string, @Body() body: ConfirmBallotInput, @CitizenContext() citizen: RequestContext) {
    return this.voting.confirm(id, body.token, citizen);
  }

  @Post(':id/ballots/personal-data/erase')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(200)
  @ApiOkResponse({ type: ErasedVoterData })
  @ApiProblems({ 400: 'Ill-formed input', 404: 'No online ballot with this address in this round', 422: 'Invalid fields (each in errors)' })
  @ApiOperation({ summary: 'Erase an online voter’s sealed address (GDPR art. 17), by an administrator; the ballot still counts' })
  eraseVoter(@RoundId() id: string, @Body() body: EraseVoterInput, @StaffContext() staff: StaffRequestContext) {
    return this.voting.eraseVoter(id, body.email, staff);
  }

  @Post(':id/close-voting')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems({
    ...CHANGE_PROBLEMS,
    409: 'Voting is not open, someone changed the round at the same moment, or ballots are still being recorded (ballots-not-counted-yet: try again in a moment)',
  })
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({ summary: 'Close voting and count the ballots by the round’s rule; the results say why each project was or was not funded' })
  closeVoting(@RoundId() id: string, @IfMatch() revision: number, @StaffContext() staff: StaffRequestContext, @Res({ passthrough: true }) response: Response) {
    return this.change(id, revision, { type: 'CloseVoting' }, staff, response);
  }

  @Post(':id/winners/:proposalId/progress')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({
    summary: 'Record progress on a funded project',
    description: 'Recorded on the project’s idea (as its implementation progress) once the worker has carried the winner on as one; on the round before that.',
  })
  progress(
    @RoundId() id: string,
    @ProposalId() proposalId: string,
    @IfMatch() revision: number,
    @Body() body: WinnerProgressInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(
      id,
      revision,
      { type: 'RecordWinnerProgress', proposalId, note: body.note, percentComplete: body.percentComplete ?? null },
      staff,
      response,
    );
  }

  @Post(':id/winners/:proposalId/completion')
  @HttpCode(200)
  @Roles(...ENDPOINT_ROLES.manageBudgetRounds)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(CHANGE_PROBLEMS)
  @ApiOkResponse({ type: ChangedBudgetRound })
  @ApiOperation({
    summary: 'Record that a funded project has been carried out',
    description: 'Completes the project’s idea once the worker has carried the winner on as one; recorded on the round before that.',
  })
  complete(
    @RoundId() id: string,
    @ProposalId() proposalId: string,
    @IfMatch() revision: number,
    @Body() body: WinnerCompletedInput,
    @StaffContext() staff: StaffRequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(id, revision, { type: 'CompleteWinner', proposalId, note: body.note }, staff, response);
  }

  private async change(id: string, revision: number | 'new' | 'current', change: RoundChange, context: RequestContext, response: Response) {
    const changed = await this.commands.execute(new ChangeBudgetRoundCommand(id, revision, change, context));
    setEtag(response, changed.revision);
    return changed;
  }
}
