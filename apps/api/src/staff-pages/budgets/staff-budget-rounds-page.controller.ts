import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { BudgetDomainError, PHASES, type RoundSettings, RoundNotFoundError, roundStreamId } from '@civic/budgets';
import { BudgetRoundRepository, StaleRevisionError } from '@civic/casework';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { ballotTurnout, listBudgetRounds } from '@civic/projections';
import { ENDPOINT_ROLES } from '../../auth/access-policy';
import { accessRefused } from '../../auth/access-policy.refusal';
import { budgetRoundView } from '../../budgets/budget-round.view';
import { CastPaperBallotCommand } from '../../budgets/cast-paper-ballot.command';
import { ChangeBudgetRoundCommand, type RoundChange } from '../../budgets/change-budget-round.command';
import { ProblemError } from '../../http/problem';
import { PG_POOL } from '../../infrastructure/pg-pool.token';
import { PageContext } from '../../pages/page-context';
import { PageCsrfGuard } from '../../pages/page-csrf';
import { PageRenderer } from '../../pages/page-renderer';
import { ReferenceData } from '../../reference-data/reference-data';
import { correlationIdOf } from '../staff-correlation';
import { StaffFrame } from '../staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from '../staff-session.guard';
import {
  feasibilityOf,
  type FieldErrors,
  type Form,
  FormInvalid,
  fieldsOf,
  formOfSettings,
  listOf,
  NEW_ROUND_FORM,
  noteOf,
  paperBallotOf,
  percentOf,
  ROUND_ACTIONS,
  enteredProposalOf,
  type RoundAction,
  RULE_CHOICES,
  settingsOf,
} from './staff-budget-round.form';

/** What the page shows after a form: what was done, or what was typed with why it was not accepted. */
interface PageState {
  done?: string | null;
  place?: string;
  action?: RoundAction | 'open';
  /** The proposal whose form (feasibility, progress, completion) was sent. */
  proposal?: string;
  form?: Form;
  lists?: Record<string, string[]>;
  errors?: FieldErrors;
  staleSince?: number;
  /** A refusal of the domain (or the count's "try again"), by its code. */
  refused?: string;
}

const REFUSAL_STATUS = { conflict: 409, invalid: 422, 'not-found': 404 } as const;

/**
 * Participatory-budget rounds as staff run them (managers and admins, as the
 * API): the list with a form to open a round, and each round with a form for
 * every step its phase allows. Every form carries the revision it was read
 * at; if the round moved on meanwhile, the page says what happened, shows the
 * round as it is now and keeps what was typed.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/budget-rounds')
export class StaffBudgetRoundsPageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly frame: StaffFrame,
    private readonly rounds: BudgetRoundRepository,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.renderList(request, response, {});
  }

  @Post()
  @UseGuards(PageCsrfGuard)
  async open(@Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = requireManager(request);
    const form = fieldsOf(request.body);
    const id = randomUUID();
    try {
      const settings = settingsOf(form, await this.districtCodes());
      const context = { actor: staff.subject, correlationId: correlationIdOf(request), staff };
      await this.commands.execute(new ChangeBudgetRoundCommand(id, 'new', { type: 'OpenRound', settings }, context));
    } catch (error) {
      if (error instanceof FormInvalid) return this.renderList(request, response, { action: 'open', form, errors: error.errors }, 422);
      if (error instanceof BudgetDomainError) return this.renderList(request, response, { action: 'open', form, refused: error.code }, 422);
      throw error;
    }
    response.redirect(303, `/staff/budget-rounds/${id}?done=open`);
  }

  @Get(':id')
  async show(
    @Param('id', new ParseUUIDPipe({ version: undefined })) id: string,
    @Query('done') done: unknown,
    @Query('place') place: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderRound(request, response, id, {
      done: typeof done === 'string' && (['open', ...ROUND_ACTIONS] as string[]).includes(done) ? done : null,
      place: typeof place === 'string' ? place.slice(0, 200) : undefined,
    });
  }

  @Post(':id/:action')
  @UseGuards(PageCsrfGuard)
  async act(
    @Param('id', new ParseUUIDPipe({ version: undefined })) id: string,
    @Param('action') action: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // Refused before anything in the form is judged, as the API refuses before reading the body.
    const staff = requireManager(request);
    if (!(ROUND_ACTIONS as readonly string[]).includes(action)) return this.renderRound(request, response, id, {}, 404);
    const form = fieldsOf(request.body);
    const lists = { proposalIds: listOf(request.body, 'proposalIds'), choices: listOf(request.body, 'choices') };
    const revision = Number(form.revision);
    const proposal = form.proposal ?? '';
    const state = { action: action as RoundAction, proposal, form, lists };
    const context = { actor: staff.subject, correlationId: correlationIdOf(request), staff };
    try {
      if (action === 'paperBallot') {
        const { state: round, revision: read } = await this.rounds.load(id);
        if (round.phase === 'none') throw new RoundNotFoundError(id);
        const sheet = paperBallotOf(form, lists.choices, budgetRoundView(round, read));
        await this.commands.execute(new CastPaperBallotCommand(id, sheet.choices, sheet.votingPlace, context));
        return response.redirect(303, `/staff/budget-rounds/${id}?done=paperBallot&place=${encodeURIComponent(sheet.votingPlace)}`);
      }
      if (!Number.isInteger(revision) || revision < 0) throw new FormInvalid({ revision: 'required' });
      await this.commands.execute(new ChangeBudgetRoundCommand(id, revision, await this.changeOf(action as RoundAction, form, lists, id), context));
    } catch (error) {
      if (error instanceof FormInvalid) return this.renderRound(request, response, id, { ...state, errors: error.errors }, 422);
      if (error instanceof StaleRevisionError) return this.renderRound(request, response, id, { ...state, staleSince: revision }, 409);
      if (error instanceof BudgetDomainError && !(error instanceof RoundNotFoundError))
        return this.renderRound(request, response, id, { ...state, refused: error.code }, REFUSAL_STATUS[error.kind]);
      if (error instanceof ProblemError && error.code === 'ballots-not-counted-yet')
        return this.renderRound(request, response, id, { ...state, refused: error.code }, 503);
      if (error instanceof ProblemError && error.code === 'winner-idea-not-ready')
        return this.renderRound(request, response, id, { ...state, refused: error.code }, 409);
      throw error;
    }
    response.redirect(303, `/staff/budget-rounds/${id}?done=${action}`);
  }

  private async changeOf(action: RoundAction, form: Form, lists: Record<string, string[]>, id: string): Promise<RoundChange> {
    const proposalId = form.proposal ?? '';
    switch (action) {
      case 'settings':
        return { type: 'ConfigureRound', settings: settingsOf(form, await this.districtCodes()) };
      case 'phase': {
        if (!(PHASES as readonly string[]).includes(form.to ?? '')) throw new FormInvalid({ to: 'choose' });
        return { type: 'AdvancePhase', to: form.to as (typeof PHASES)[number] };
      }
      case 'proposal': {
        const { categories, districts } = await this.reference.snapshot();
        const scope = await this.proposalDistricts(id);
        const entered = enteredProposalOf(form, new Set(categories.keys()), new Set([...districts.keys()].filter((code) => scope(code))));
        return { type: 'SubmitProposal', proposalId: randomUUID(), ideaId: null, ...entered };
      }
      case 'feasibility':
        return { type: 'RecordFeasibility', proposalId, feasibility: feasibilityOf(form) };
      case 'merge': {
        const errors: FieldErrors = {};
        if (!form.into) errors.into = 'choose';
        const sources = lists.proposalIds.filter((source) => source !== form.into);
        if (sources.length === 0) errors.proposalIds = 'mergeSources';
        if (Object.keys(errors).length) throw new FormInvalid(errors);
        return { type: 'MergeProposals', into: form.into, proposalIds: sources };
      }
      case 'closeVoting':
        return { type: 'CloseVoting' };
      case 'progress': {
        const errors: FieldErrors = {};
        let note = '';
        let percentComplete: number | null = null;
        try {
          note = noteOf(form);
        } catch (error) {
          Object.assign(errors, (error as FormInvalid).errors);
        }
        try {
          percentComplete = percentOf(form);
        } catch (error) {
          Object.assign(errors, (error as FormInvalid).errors);
        }
        if (Object.keys(errors).length) throw new FormInvalid(errors);
        return { type: 'RecordWinnerProgress', proposalId, note, percentComplete };
      }
      case 'complete':
        return { type: 'CompleteWinner', proposalId, note: noteOf(form) };
      case 'paperBallot':
        throw new Error(`paper ballots are not a round change (${id})`);
    }
  }

  /** The districts a proposal entered in the round may name: the round's own, or any for a municipality-wide round. */
  private async proposalDistricts(id: string): Promise<(code: string) => boolean> {
    const scope = (await this.rounds.load(id)).state.settings?.scope;
    return (code) => scope === undefined || scope.kind !== 'district' || scope.district === code;
  }

  private async districtCodes(): Promise<ReadonlySet<string>> {
    return new Set((await this.reference.snapshot()).districts.keys());
  }

  private async districtOptions(chosen: string | undefined) {
    const { districts } = await this.reference.snapshot();
    return [...districts.values()].map(({ code, name }) => ({ code, name, selected: code === chosen }));
  }

  /** The settings form's fields, as typed or as they stand, with their options and errors. */
  private async settingsForm(values: Form, errors: FieldErrors) {
    return {
      values,
      errors,
      districts: await this.districtOptions(values.district),
      ballots: ['approval', 'knapsack'].map((code) => ({ code, checked: values.ballot === code })),
      rules: RULE_CHOICES.map((code) => ({ code, key: code.replace(':', '.'), checked: values.rule === code })),
      phases: PHASES.map((phase) => ({
        phase,
        from: values[`${phase}From`] ?? '',
        to: values[`${phase}To`] ?? '',
        fromError: errors[`${phase}From`],
        toError: errors[`${phase}To`],
      })),
    };
  }

  private async renderList(request: Request, response: Response, state: PageState, status = 200): Promise<void> {
    const staff = requireManager(request);
    const lang = this.page.language(request, response);
    const { districts } = await this.reference.snapshot();
    const rounds = await listBudgetRounds(this.pool);
    const errors = state.errors ?? {};
    this.renderer.render(
      request,
      response,
      'staff-budget-rounds',
      lang,
      {
        titleKey: 'staff.budgetRounds.title',
        path: '/staff/budget-rounds',
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        rounds: rounds.map((round) => ({ ...round, districtName: round.district === null ? null : (districts.get(round.district)?.name ?? round.district) })),
        hasErrors: Object.keys(errors).length > 0,
        refused: state.refused ?? null,
        settings: await this.settingsForm(state.form ?? NEW_ROUND_FORM, errors),
      },
      status,
    );
  }

  private async renderRound(request: Request, response: Response, id: string, state: PageState, status = 200): Promise<void> {
    const staff = requireManager(request);
    const lang = this.page.language(request, response);
    const loaded = await this.rounds.load(id);
    if (loaded.state.phase === 'none') throw new RoundNotFoundError(id);
    const round = budgetRoundView(loaded.state, loaded.revision);
    const settings = loaded.state.settings as RoundSettings;
    const { districts } = await this.reference.snapshot();
    const phase = loaded.state.phase;
    const reviewing = phase === 'proposals' || phase === 'review';
    const sent = (action: RoundAction, proposal?: string) => state.action === action && (proposal === undefined || state.proposal === proposal);
    const valuesOf = (action: RoundAction, proposal?: string) => (sent(action, proposal) ? (state.form ?? {}) : {});
    const errorsOf = (action: RoundAction, proposal?: string) => (sent(action, proposal) ? (state.errors ?? {}) : {});
    const titleOf = new Map(round.proposals.map((proposal) => [proposal.id, proposal.title]));
    const winners = new Set(round.results?.winners ?? []);
    const open = round.proposals.filter((proposal) => proposal.review !== 'merged');
    const onBallot = round.proposals.filter((proposal) => proposal.review === 'feasible');
    const ticked = new Set(sent('paperBallot') ? (state.lists?.choices ?? []) : []);
    const mergeSources = new Set(sent('merge') ? (state.lists?.proposalIds ?? []) : []);
    const changedMeanwhile =
      state.staleSince === undefined
        ? null
        : (await this.store.readStream(roundStreamId(id), { fromRevision: state.staleSince + 1 })).map((event) => ({
            type: event.type,
            actor: event.metadata.actor,
            at: event.metadata.occurredAt,
          }));
    const next = PHASES[PHASES.indexOf(phase as (typeof PHASES)[number]) + 1];
    this.renderer.render(
      request,
      response,
      'staff-budget-round',
      lang,
      {
        titleKey: 'staff.budgetRound.title',
        titleArgs: { title: round.title },
        path: `/staff/budget-rounds/${id}`,
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        id,
        round,
        revision: loaded.revision,
        districtName: round.district === null ? null : (districts.get(round.district)?.name ?? round.district),
        ruleKey: round.rule === 'greedy' ? 'greedy' : `equalShares.${round.completion}`,
        minimumAge: settings.minimumAge,
        done: state.done ?? null,
        place: state.place ?? '',
        changedMeanwhile,
        refused: state.refused ?? null,
        hasErrors: Object.keys(state.errors ?? {}).length > 0,
        turnout: phase === 'voting' || phase === 'results' || phase === 'implementation' ? await ballotTurnout(this.pool, id) : null,
        editable: reviewing,
        settings: reviewing ? await this.settingsForm(sent('settings') ? (state.form ?? {}) : formOfSettings(settings), errorsOf('settings')) : null,
        // Voting is closed by the count, not by the phase button.
        advanceTo: phase === 'voting' || next === undefined ? null : next,
        canCloseVoting: phase === 'voting',
        proposalForm:
          phase === 'proposals'
            ? {
                values: valuesOf('proposal'),
                errors: errorsOf('proposal'),
                categories: [...(await this.reference.snapshot()).categories.values()].map(({ code, name }) => ({
                  code,
                  name,
                  selected: valuesOf('proposal').category === code,
                })),
                districts: [...districts.values()]
                  .filter(({ code }) => settings.scope.kind !== 'district' || settings.scope.district === code)
                  .map(({ code, name }) => ({ code, name, selected: valuesOf('proposal').district === code })),
              }
            : null,
        canMerge: reviewing && open.length >= 2,
        merge: {
          errors: errorsOf('merge'),
          into: open.map((proposal) => ({ id: proposal.id, title: proposal.title, selected: valuesOf('merge').into === proposal.id })),
          sources: open.map((proposal) => ({ id: proposal.id, title: proposal.title, checked: mergeSources.has(proposal.id) })),
        },
        paperBallot:
          phase === 'voting'
            ? {
                errors: errorsOf('paperBallot'),
                votingPlace: sent('paperBallot') ? (state.form?.votingPlace ?? '') : (state.place ?? ''),
                choices: onBallot.map((proposal) => ({ id: proposal.id, title: proposal.title, cost: proposal.cost, checked: ticked.has(proposal.id) })),
              }
            : null,
        proposals: round.proposals.map((proposal) => {
          const winner = winners.has(proposal.id);
          const feasibility = valuesOf('feasibility', proposal.id);
          return {
            ...proposal,
            mergedIntoTitle: proposal.mergedInto === null ? null : (titleOf.get(proposal.mergedInto) ?? proposal.mergedInto),
            winner,
            canReview: reviewing && proposal.review !== 'merged',
            feasibility: {
              values: feasibility,
              errors: errorsOf('feasibility', proposal.id),
              yes: feasibility.feasible === 'yes',
              no: feasibility.feasible === 'no',
            },
            canProgress: winner && proposal.implementedAt === null && (phase === 'results' || phase === 'implementation'),
            canComplete: winner && proposal.implementedAt === null && phase === 'implementation',
            progressForm: { values: valuesOf('progress', proposal.id), errors: errorsOf('progress', proposal.id) },
            completeForm: { values: valuesOf('complete', proposal.id), errors: errorsOf('complete', proposal.id) },
          };
        }),
      },
      status,
    );
  }
}

/** The pages are the API's manageBudgetRounds endpoints: managers and admins. */
function requireManager(request: Request) {
  const staff = sessionStaff(request);
  if (!ENDPOINT_ROLES.manageBudgetRounds.some((role) => staff.roles.has(role))) throw accessRefused('Budget rounds are run by managers and administrators.');
  return staff;
}
