import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { COST_BANDS, DECISIONS, FEASIBILITY, HIDE_REASONS, MODERATION_NOTE_MAX, RECOMMENDATIONS, TEXT_MAX } from '@civic/ideas';
import { StaleRevisionError } from '@civic/casework';
import { openReportsOf, type SimilarIdea } from '@civic/projections';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { ProblemError } from '../http/problem';
import { AcceptRoutingSuggestionCommand } from '../routing-suggestions/accept-routing-suggestion.command';
import { RoutingSuggestions } from '../routing-suggestions/routing-suggestions';
import { GetDuplicateCandidatesQuery } from '../similar-ideas/get-duplicate-candidates.query';
import { ChangeIdeaCommand, type IdeaChange } from '../ideas/change-idea.command';
import { GetIdeaQuery } from '../ideas/get-idea.query';
import { IdeaByPublicCode } from '../ideas/idea-by-public-code';
import type { IdeaView } from '../ideas/idea.view';
import { correlationIdOf } from './staff-correlation';
import { PageContext } from '../pages/page-context';
import { PageCsrfGuard } from '../pages/page-csrf';
import { PageRenderer } from '../pages/page-renderer';
import { districtName, ReferenceData } from '../reference-data/reference-data';
import { availableActions, CASE_ACTIONS, type CaseAction, POLICY } from './staff-case.view';
import { mayActOnIdea } from '../auth/access-policy';
import { ideaAccessRefused } from '../auth/access-policy.refusal';
import { StaffFrame } from './staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';
import { StaffSessions } from './staff-sessions';
import { IdeaRepository } from '@civic/casework';
import { IdeaNotFoundError } from '@civic/ideas';
import { accessRefused } from '../auth/access-policy.refusal';
import { EraseSubmitterDataCommand } from '../personal-data/erase-submitter-data.command';

type Form = Record<string, string>;
type FieldErrors = Record<string, string>;

/** What a form asks for, checked here so the page can say which field is wrong and keep the rest. */
class FormInvalid extends Error {
  constructor(readonly errors: FieldErrors) {
    super('invalid form');
  }
}

/**
 * One idea as staff work it: its text, the contact where the role may see it,
 * the timeline, and a form for each thing the member may do now. Every form
 * carries the revision it was read at; if the idea moved on meanwhile, the
 * page says who did what, shows the idea as it is now and keeps what was typed.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/ideas')
export class StaffCasePageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly byPublicCode: IdeaByPublicCode,
    private readonly sessions: StaffSessions,
    private readonly frame: StaffFrame,
    private readonly suggestions: RoutingSuggestions,
    private readonly ideas: IdeaRepository,
    @Inject(PG_POOL) private readonly db: Pool,
  ) {}

  @Get(':id')
  async show(@Param('id', new ParseUUIDPipe()) id: string, @Query('done') done: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const known = typeof done === 'string' && ((CASE_ACTIONS as readonly string[]).includes(done) || done === 'erase');
    await this.render(request, response, id, { done: known ? done : null });
  }

  /**
   * Erasing the submitter's personal data (the admin's, as POST
   * /ideas/{id}/personal-data/erase): a page of its own to confirm, since it
   * cannot be undone. Like the API it carries no revision: the erasure is a
   * legal duty that must not fail because the case moved on.
   */
  @Get(':id/erase')
  async confirmErasure(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('done') done: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderErasure(request, response, id, { done: done === '1' }, 200);
  }

  @Post(':id/erase')
  @UseGuards(PageCsrfGuard)
  async erase(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const staff = this.requireAdmin(request);
    const form = fieldsOf(request);
    if (form.confirm !== 'yes') return this.renderErasure(request, response, id, { error: 'confirm' }, 422);
    const { state } = await this.erasable(id);
    await this.commands.execute(new EraseSubmitterDataCommand({ by: 'admin', ideaId: id }, { actor: staff.subject, correlationId: correlationIdOf(request) }));
    // Back to the case, whose timeline now shows the erasure; an admin who may not read the case stays on the erasure page.
    response.redirect(303, mayActOnIdea(staff, 'read', state.department) ? `/staff/ideas/${id}?done=erase` : `/staff/ideas/${id}/erase?done=1`);
  }

  @Post(':id/:action')
  @UseGuards(PageCsrfGuard)
  async act(@Param('id', new ParseUUIDPipe()) id: string, @Param('action') action: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!(CASE_ACTIONS as readonly string[]).includes(action)) return this.render(request, response, id, {}, 404);
    const form = fieldsOf(request);
    const revision = Number(form.revision);
    const staff = sessionStaff(request);
    // Refused before anything in the form is judged, as the API refuses before reading the body's meaning.
    const { state } = await this.queries.execute(new GetIdeaQuery(id, staff));
    if (!mayActOnIdea(staff, POLICY[action as CaseAction], state.department)) throw ideaAccessRefused(POLICY[action as CaseAction], state.department);
    try {
      if (!Number.isInteger(revision) || revision < 0) throw new FormInvalid({ revision: 'required' });
      const context = { actor: staff.subject, correlationId: correlationIdOf(request), staff };
      if (action === 'acceptSuggestion') await this.commands.execute(new AcceptRoutingSuggestionCommand(id, revision, form.department ?? '', context));
      else await this.commands.execute(new ChangeIdeaCommand(id, revision, await this.changeOf(action as CaseAction, form), context));
    } catch (error) {
      // The model now says otherwise than what the member saw: the page shows what it says now.
      if (error instanceof ProblemError && error.code === 'suggestion-changed')
        return this.render(request, response, id, { action: 'acceptSuggestion', form, errors: { department: 'suggestionChanged' } }, 409);
      if (error instanceof FormInvalid) return this.render(request, response, id, { action: action as CaseAction, form, errors: error.errors }, 422);
      if (error instanceof StaleRevisionError)
        return this.render(request, response, id, { action: action as CaseAction, form, staleSince: revision, errors: {} }, 409);
      throw error;
    }
    // Accepted from the triage inbox: back to the queue, where the next idea waits.
    if (action === 'acceptSuggestion' && form.back === 'triage') return response.redirect(303, '/staff/inbox?queue=triage&done=acceptSuggestion');
    response.redirect(303, `/staff/ideas/${id}?done=${action}`);
  }

  private requireAdmin(request: Request) {
    const staff = sessionStaff(request);
    if (!staff.roles.has('admin')) throw accessRefused('Erasing personal data is the admin’s.');
    return staff;
  }

  private async erasable(id: string) {
    const loaded = await this.ideas.load(id);
    if (loaded.revision < 0) throw new IdeaNotFoundError(id);
    return loaded;
  }

  /** What the admin needs to decide: which idea (its public code), whether it is already erased; never the data itself. */
  private async renderErasure(request: Request, response: Response, id: string, state: { done?: boolean; error?: string }, status: number): Promise<void> {
    const staff = this.requireAdmin(request);
    const { state: idea } = await this.erasable(id);
    const lang = this.page.language(request, response);
    this.renderer.render(
      request,
      response,
      'staff-erase',
      lang,
      {
        titleKey: 'staff.erase.title',
        titleArgs: { code: idea.publicCode },
        path: `/staff/ideas/${id}/erase`,
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        id,
        publicCode: idea.publicCode,
        erasedAt: idea.contactErasedAt,
        done: state.done === true && idea.contactErasedAt !== null,
        error: state.error ?? null,
        mayReadCase: mayActOnIdea(staff, 'read', idea.department),
      },
      status,
    );
  }

  private async changeOf(action: CaseAction, form: Form): Promise<IdeaChange> {
    const errors: FieldErrors = {};
    const required = (field: string) => {
      const value = (form[field] ?? '').trim();
      if (value === '') errors[field] = 'required';
      else if (value.length > TEXT_MAX) errors[field] = 'tooLong';
      return value;
    };
    const oneOf = <T extends string>(field: string, allowed: readonly T[]) => {
      if (!(allowed as readonly string[]).includes(form[field] ?? '')) errors[field] = 'required';
      return form[field] as T;
    };
    let change: IdeaChange;
    switch (action) {
      case 'route': {
        const { departments } = await this.reference.snapshot();
        const department = form.department ?? '';
        if (!departments.has(department)) errors.department = 'required';
        change = { type: 'RouteIdea', department, reason: required('reason'), routedBy: 'hand', ruleId: null };
        break;
      }
      case 'assign':
        if (!/^[\w.@:-]{1,100}$/.test(form.assignee ?? '')) errors.assignee = 'required';
        change = { type: 'AssignIdea', assignee: form.assignee ?? '' };
        break;
      case 'diagnose':
        change = {
          type: 'DiagnoseIdea',
          feasibility: oneOf('feasibility', FEASIBILITY),
          costBand: oneOf('costBand', COST_BANDS),
          recommendation: oneOf('recommendation', RECOMMENDATIONS),
          notes: (form.notes ?? '').trim().slice(0, TEXT_MAX),
        };
        break;
      case 'ask':
        change = { type: 'AskCitizen', questionId: randomUUID(), question: required('question') };
        break;
      case 'answer':
        change = { type: 'AnswerIdea', decision: oneOf('decision', DECISIONS), publicAnswer: required('publicAnswer') };
        break;
      case 'progress': {
        const percent = form.percentComplete?.trim() ? Number(form.percentComplete) : null;
        if (percent !== null && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) errors.percentComplete = 'percent';
        change = { type: 'RecordImplementationProgress', note: required('note'), percentComplete: percent };
        break;
      }
      case 'complete':
        change = { type: 'CompleteImplementation', note: required('note') };
        break;
      case 'acceptSuggestion':
        throw new Error('acceptSuggestion is its own command');
      case 'hide': {
        const note = (form.note ?? '').trim();
        if (note.length > MODERATION_NOTE_MAX) errors.note = 'tooLong';
        change = { type: 'HidePublicText', reason: oneOf('reason', HIDE_REASONS), note: note || null };
        break;
      }
      case 'restore':
        change = { type: 'RestorePublicText' };
        break;
      case 'dismissReports':
        change = { type: 'DismissReports' };
        break;
      case 'duplicate': {
        const code = (form.duplicateOf ?? '').trim();
        const other = code === '' ? null : await this.byPublicCode.idOf(code);
        if (other === null) errors.duplicateOf = code === '' ? 'required' : 'unknownCode';
        change = { type: 'MarkDuplicate', duplicateOf: other ?? '' };
        break;
      }
    }
    if (Object.keys(errors).length) throw new FormInvalid(errors);
    return change;
  }

  private async render(
    request: Request,
    response: Response,
    id: string,
    state: { done?: string | null; action?: CaseAction; form?: Form; errors?: FieldErrors; staleSince?: number },
    status = 200,
  ): Promise<void> {
    const staff = sessionStaff(request);
    const lang = this.page.language(request, response);
    const view: IdeaView = await this.queries.execute(new GetIdeaQuery(id, staff));
    const snapshot = await this.reference.snapshot();
    const idea = view.state;
    const openReports = await openReportsOf(this.db, id);
    const actions = availableActions(staff, idea, openReports);
    const name = (map: ReadonlyMap<string, { name: string }>, code: string | null) => (code === null ? null : (map.get(code)?.name ?? code));
    const values = (action: CaseAction) => (state.action === action ? (state.form ?? {}) : {});
    const errors = (action: CaseAction) => (state.action === action ? (state.errors ?? {}) : {});
    // What the models offer: where the idea likely belongs, and which ideas it likely repeats.
    const suggestion = actions.has('acceptSuggestion') && idea.department === null ? (await this.suggestions.forIdea(id)).suggestion : null;
    const duplicates: SimilarIdea[] = actions.has('duplicate') ? (await this.queries.execute(new GetDuplicateCandidatesQuery(id, staff))).items : [];
    const percent = (share: number) => Math.round(share * 100);
    // The routing in force was the routing model's own (routedBy 'model'): say so, with its confidence, until someone re-routes it.
    const lastRouting = [...view.timeline].reverse().find((entry) => entry.type === 'IdeaRouted');
    const automatic = lastRouting?.data.routedBy === 'model' ? (lastRouting.data.automatic as { confidence: number; words: string[] } | undefined) : undefined;
    const changedMeanwhile =
      state.staleSince === undefined
        ? null
        : view.timeline.filter((entry) => entry.revision > state.staleSince!).map(({ type, actor, at }) => ({ type, actor, at }));
    this.renderer.render(
      request,
      response,
      'staff-case',
      lang,
      {
        titleKey: 'staff.case.title',
        titleArgs: { code: idea.publicCode },
        path: `/staff/ideas/${id}`,
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        id,
        revision: view.revision,
        idea,
        departmentName: name(snapshot.departments, idea.department),
        routedAutomatically: automatic ? { percent: percent(automatic.confidence), words: automatic.words.join(', ') } : null,
        categoryName: name(snapshot.categories, idea.category),
        districtName: districtName(snapshot.districts, idea.district),
        contact: idea.contact && !('erased' in idea.contact) ? idea.contact : null,
        contactErased: idea.contact !== null && 'erased' in idea.contact,
        timeline: [...view.timeline].reverse().map(({ revision, type, at, actor }) => ({ revision, type, at, actor })),
        done: state.done ?? null,
        changedMeanwhile,
        hasErrors: Object.keys(state.errors ?? {}).length > 0,
        errorAction: state.action ?? null,
        can: Object.fromEntries([...actions].map((action) => [action, true])),
        canErase: staff.roles.has('admin') && idea.contactErasedAt === null,
        hasActions: actions.size > 0 || (staff.roles.has('admin') && idea.contactErasedAt === null),
        suggestion: suggestion && {
          department: suggestion.department,
          departmentName: name(snapshot.departments, suggestion.department),
          percent: percent(suggestion.confidence),
          reasons: suggestion.reasons.map((reason) => reason.feature).join(', '),
        },
        duplicates: duplicates.map((candidate) => ({ ...candidate, percent: percent(candidate.score) })),
        values: Object.fromEntries(CASE_ACTIONS.map((action) => [action, values(action)])),
        errors: Object.fromEntries(CASE_ACTIONS.map((action) => [action, errors(action)])),
        departments: [...snapshot.departments.values()]
          .filter((department) => department.code !== idea.department)
          .map(({ code, name: departmentName }) => ({ code, name: departmentName, selected: values('route').department === code })),
        assignees: actions.has('assign') && idea.department ? await this.assignees(idea.department, idea.assignee, values('assign').assignee) : [],
        feasibility: FEASIBILITY.map((code) => ({ code, selected: values('diagnose').feasibility === code })),
        costBands: COST_BANDS.map((code) => ({ code, selected: values('diagnose').costBand === code })),
        recommendations: RECOMMENDATIONS.map((code) => ({ code, selected: values('diagnose').recommendation === code })),
        decisions: DECISIONS.map((code) => ({ code, selected: values('answer').decision === code })),
        openReports,
        hideReasons: HIDE_REASONS.map((code) => ({ code, selected: values('hide').reason === code })),
      },
      status,
    );
  }

  private async assignees(department: string, current: string | null, chosen: string | undefined) {
    const subjects = await this.sessions.caseworkersOf(department);
    return subjects.filter((subject) => subject !== current).map((subject) => ({ subject, selected: subject === chosen }));
  }
}

function fieldsOf(request: Request): Form {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
