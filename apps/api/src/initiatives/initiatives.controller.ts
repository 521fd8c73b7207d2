import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { IfMatch } from '../http/if-match';
import { SubmitRateLimit, TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext, StaffContext, type StaffRequestContext } from '../http/request-context';
import { ApiIfMatch, ApiProblems } from '../openapi/api-problems';
import { ApiJsonOrPage } from '../openapi/api-json-or-page';
import { CouncilDecisionHandler } from './council-decision.handler';
import {
  ConfirmSignatureInput,
  CouncilDecisionInput,
  EraseSignerInput,
  ReturnInitiativeInput,
  ReviseInitiativeInput,
  SignInitiativeInput,
  StartInitiativeInput,
} from './initiative-input.dto';
import { InitiativePersonalDataHandler } from './initiative-personal-data.handler';
import { InitiativeQueries } from './initiative-queries';
import {
  ChangedInitiative,
  ErasedSignerData,
  InitiativeListView,
  InitiativeView,
  SignatureConfirmedView,
  SignatureReceived,
  StartedInitiative,
} from './initiative.views';
import { InitiatorHandler } from './initiator.handler';
import { ScreenInitiativeHandler } from './screen-initiative.handler';
import { SignInitiativeHandler } from './sign-initiative.handler';
import { StartInitiativeHandler } from './start-initiative.handler';

const InitiativeId = () => Param('id', new ParseUUIDPipe({ version: undefined }));
const IF_MATCH = { name: 'If-Match', required: true, description: 'The revision you read (GET /initiatives/{id} or the screening list)' };
const STAFF_CHANGE = {
  400: 'The id is not a UUID, If-Match is not a revision, or ill-formed input',
  404: 'No initiative has this id',
  409: 'The change does not fit where the initiative stands, someone changed it at the same moment, or the residents are not known',
  422: 'Invalid fields (each in errors)',
} as const;

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly start: StartInitiativeHandler,
    private readonly screen: ScreenInitiativeHandler,
    private readonly council: CouncilDecisionHandler,
    private readonly signing: SignInitiativeHandler,
    private readonly personalData: InitiativePersonalDataHandler,
    private readonly queries: InitiativeQueries,
  ) {}

  @Post()
  @SubmitRateLimit()
  @ApiCreatedResponse({ type: StartedInitiative })
  @ApiProblems({ 400: 'Ill-formed input', 422: 'Invalid fields (each in errors)' })
  @ApiOperation({ summary: 'Start a citizen initiative (no sign-in); staff screen it before the collection of signatures opens' })
  startInitiative(@Body() input: StartInitiativeInput, @CitizenContext() context: RequestContext) {
    return this.start.execute(input, context);
  }

  @Get()
  @ApiJsonOrPage(InitiativeListView, {})
  @ApiOperation({ summary: 'Initiatives collecting signatures, before the council, decided or closed, with their progress' })
  list() {
    return this.queries.publicList();
  }

  @Get('screening')
  @Roles(...ENDPOINT_ROLES.screenInitiatives)
  @ApiOkResponse({ type: InitiativeListView })
  @ApiOperation({ summary: 'Initiatives waiting for screening, or returned to their initiators for changes' })
  forScreening() {
    return this.queries.forScreening();
  }

  @Get(':idOrCode')
  @ApiJsonOrPage(InitiativeView, { 404: 'No public initiative has this id or code' })
  @ApiOperation({ summary: 'One initiative: its text, progress, signers per district, published names and the council’s decision' })
  one(@Param('idOrCode') idOrCode: string) {
    return this.queries.publicOne(idOrCode);
  }

  @Post(':id/approve')
  @Roles(...ENDPOINT_ROLES.screenInitiatives)
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(STAFF_CHANGE)
  @ApiOkResponse({ type: ChangedInitiative })
  @ApiOperation({ summary: 'Approve an initiative after screening: the collection opens, with the threshold fixed by the municipality’s rule' })
  approve(@InitiativeId() id: string, @IfMatch() revision: number, @StaffContext() staff: StaffRequestContext) {
    return this.screen.approve(id, revision, staff);
  }

  @Post(':id/return')
  @Roles(...ENDPOINT_ROLES.screenInitiatives)
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(STAFF_CHANGE)
  @ApiOkResponse({ type: ChangedInitiative })
  @ApiOperation({ summary: 'Return an initiative to its initiator for changes, with the reason' })
  returnForChanges(@InitiativeId() id: string, @IfMatch() revision: number, @Body() body: ReturnInitiativeInput, @StaffContext() staff: StaffRequestContext) {
    return this.screen.returnForChanges(id, revision, body.reason, staff);
  }

  @Post(':id/council-decision')
  @Roles(...ENDPOINT_ROLES.recordCouncilDecision)
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiIfMatch()
  @ApiProblems(STAFF_CHANGE)
  @ApiOkResponse({ type: ChangedInitiative })
  @ApiOperation({ summary: 'Record and publish the council’s decision on a referred initiative' })
  decide(@InitiativeId() id: string, @IfMatch() revision: number, @Body() body: CouncilDecisionInput, @StaffContext() staff: StaffRequestContext) {
    return this.council.execute(id, revision, body, staff);
  }

  @Post(':id/signatures')
  @SubmitRateLimit()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SignatureReceived })
  @ApiProblems({
    400: 'The id is not a UUID, or ill-formed input',
    404: 'No initiative has this id',
    409: 'The initiative is not collecting signatures (not yet approved, or its period is over)',
    422: 'Invalid fields (each in errors), e.g. the statement of residence missing or an unknown district',
  })
  @ApiOperation({ summary: 'Sign by e-mail: a confirmation link is sent; the signature counts once it is followed (and once per address)' })
  sign(@InitiativeId() id: string, @Body() input: SignInitiativeInput, @CitizenContext() context: RequestContext) {
    return this.signing.byEmail(id, input, context);
  }

  @Post(':id/signatures/confirmation')
  @TrackRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: SignatureConfirmedView })
  @ApiProblems({ 400: 'Ill-formed input', 404: 'The link is not valid (a newer one may have been sent)', 409: 'The collection is over' })
  @ApiOperation({ summary: 'Confirm a signature with the token from the e-mailed link' })
  confirm(@InitiativeId() id: string, @Body() input: ConfirmSignatureInput, @CitizenContext() context: RequestContext) {
    return this.signing.confirm(id, input.token, context);
  }

  @Post(':id/signatures/personal-data/erase')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(200)
  @ApiOkResponse({ type: ErasedSignerData })
  @ApiProblems({ 400: 'Ill-formed input', 404: 'No signature with this address on this initiative' })
  @ApiOperation({ summary: 'Erase a signer’s name and address (GDPR art. 17), by an administrator; the signature still counts' })
  eraseSigner(@InitiativeId() id: string, @Body() input: EraseSignerInput, @StaffContext() staff: StaffRequestContext) {
    return this.personalData.eraseSigner(id, input.email, staff);
  }

  @Post(':id/personal-data/erase')
  @Roles(...ENDPOINT_ROLES.administer)
  @HttpCode(200)
  @ApiOkResponse({ type: ErasedSignerData })
  @ApiProblems({ 400: 'The id is not a UUID', 404: 'No initiative has this id' })
  @ApiOperation({ summary: 'Erase the initiator’s and co-initiators’ names and addresses (GDPR art. 17), by an administrator' })
  eraseInitiators(@InitiativeId() id: string, @StaffContext() staff: StaffRequestContext) {
    return this.personalData.eraseInitiators(id, staff);
  }
}

/** The initiator's private link: its own path, so it never reads as an initiative's id. */
@ApiTags('initiatives')
@Controller('initiator')
export class InitiatorController {
  constructor(private readonly initiator: InitiatorHandler) {}

  @Get(':token')
  @TrackRateLimit()
  @ApiOkResponse({ type: InitiativeView })
  @ApiProblems({ 404: 'No initiative has this link' })
  @ApiOperation({ summary: 'The initiator follows their initiative through its private link (screening, the reason for a return)' })
  initiatorView(@Param('token') token: string) {
    return this.initiator.view(token).then((initiative) => ({ ...initiative, signersByDistrict: [], publishedSigners: [] }));
  }

  @Post(':token/revision')
  @TrackRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: ChangedInitiative })
  @ApiProblems({ 400: 'Ill-formed input', 404: 'No initiative has this link', 409: 'It is not returned for changes', 422: 'Invalid fields (each in errors)' })
  @ApiOperation({ summary: 'The initiator revises a returned initiative, which goes back to screening' })
  revise(@Param('token') token: string, @Body() input: ReviseInitiativeInput, @CitizenContext() context: RequestContext) {
    return this.initiator.revise(token, input, context);
  }
}
