import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TrackRateLimit } from '../http/rate-limits';
import { CitizenContext, type RequestContext } from '../http/request-context';
import { ApiProblems } from '../openapi/api-problems';
import { SatisfactionAnswers } from './satisfaction-answers';
import { SatisfactionInput, SatisfactionView } from './satisfaction.dto';

/** The follow-up question's answer, through the citizen's tracking link (the e-mail links to its page). */
@ApiTags('citizen tracking')
@TrackRateLimit()
@Controller('track/:token/satisfaction')
export class SatisfactionController {
  constructor(private readonly answers: SatisfactionAnswers) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer the follow-up question: how satisfied (1–5) with the answer or the result, and an optional comment' })
  @ApiOkResponse({ type: SatisfactionView })
  @ApiProblems({
    404: 'No idea has this tracking link (or its personal data was erased)',
    409: 'No follow-up question was asked about this idea yet, or it is already answered',
    422: 'A rating that is not a whole number from 1 to 5, or a comment that is too long',
  })
  answer(@Param('token') token: string, @Body() body: SatisfactionInput, @CitizenContext() citizen: RequestContext) {
    return this.answers.answer(token, body.rating, body.comment ?? null, citizen);
  }
}
