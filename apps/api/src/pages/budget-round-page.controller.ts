import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { GetBudgetRoundQuery } from '../budgets/get-budget-round.query';
import { PageContext } from './page-context';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';

/** A budget round's public page: a browser's GET /budget-rounds/<id> is routed here; the same query as the JSON. */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller('pages')
export class BudgetRoundPageController {
  constructor(
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
  ) {}

  @Get('budget-rounds/:id')
  async round(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = this.page.language(request, response);
    const round = await this.queries.execute(new GetBudgetRoundQuery(id));
    const onBallot = round.proposals.filter((proposal) => proposal.review === 'feasible');
    this.renderer.render(request, response, 'budget-round', lang, {
      titleKey: 'budgetRound.title',
      titleArgs: { title: round.title },
      round,
      path: `/budget-rounds/${id}`,
      ruleKey: round.rule === 'greedy' ? 'greedy' : `equalShares.${round.completion}`,
      ballotKey: round.ballot,
      voting: round.phase === 'voting',
      onBallot,
      counted: round.proposals.filter((proposal) => proposal.result !== null),
      notOnBallot: round.proposals.filter((proposal) => proposal.review !== 'feasible'),
    });
  }
}
