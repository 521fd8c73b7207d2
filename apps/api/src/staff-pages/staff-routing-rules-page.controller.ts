import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { accessRefused } from '../auth/access-policy.refusal';
import { ProblemError } from '../http/problem';
import { PageContext } from '../pages/page-context';
import { PageCsrfGuard } from '../pages/page-csrf';
import { PageRenderer } from '../pages/page-renderer';
import { ReferenceData, type ReferenceSnapshot } from '../reference-data/reference-data';
import type { CreateRoutingRuleInput } from '../reference-data/routing-rule.dto';
import { RoutingRulesService, type VersionedRoutingRule } from '../reference-data/routing-rules.service';
import { StaffFrame } from './staff-nav';
import { sessionStaff, StaffPageErrorFilter, StaffSessionGuard } from './staff-session.guard';

/** The fields of the rule form, as typed. */
type RuleForm = Record<'id' | 'department' | 'category' | 'district' | 'keywords' | 'priority', string>;
type RuleErrors = Partial<Record<keyof RuleForm, string>>;

const RULE_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const CODE = /^[\p{L}\p{N}_-]{1,40}$/u;
const KEYWORDS_MAX = 50;
const KEYWORD_LENGTH_MAX = 60;
const PRIORITY_MIN = -1000;
const PRIORITY_MAX = 1000;
const DONE = ['created', 'saved', 'removed'] as const;

/** Nothing was saved because the rule moved on since the form was read: changed (shown as it is now) or removed. */
type Conflict = { kind: 'changed'; now: VersionedRoutingRule } | { kind: 'removed' };

/**
 * The admin's routing rules, edited as the API's POST, PUT and DELETE
 * /routing-rules do. Each edit form carries the version of the rule it was
 * read at; if someone changed or removed the rule meanwhile, nothing is saved,
 * the page says so, shows the rule as it is now and keeps what was typed.
 */
@ApiExcludeController()
@UseGuards(StaffSessionGuard)
@UseFilters(StaffPageErrorFilter)
@Controller('staff/admin/routing-rules')
export class StaffRoutingRulesPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly page: PageContext,
    private readonly reference: ReferenceData,
    private readonly rules: RoutingRulesService,
    private readonly frame: StaffFrame,
  ) {}

  @Get()
  async list(@Query('done') done: unknown, @Query('rule') rule: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const doneKind = typeof done === 'string' && (DONE as readonly string[]).includes(done) ? done : null;
    const doneRule = typeof rule === 'string' && RULE_ID.test(rule) ? rule : null;
    await this.showList(request, response, { done: doneKind === null ? null : { kind: doneKind, rule: doneRule ?? '' } }, 200);
  }

  @Post()
  @UseGuards(PageCsrfGuard)
  async create(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireAdmin(request);
    const form = formOf(request);
    const { input, errors } = parse(form, await this.reference.snapshot(), true);
    if (!input) return this.showList(request, response, { form, errors }, 422);
    try {
      const created = await this.rules.create(input);
      response.redirect(303, `/staff/admin/routing-rules?done=created&rule=${encodeURIComponent(created.id)}`);
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'routing-rule-exists')
        return this.showList(request, response, { form, errors: { id: 'ruleExists' } }, 409);
      throw error;
    }
  }

  @Get(':id')
  async edit(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const rule = await this.ruleOrNotFound(request, id);
    await this.showRule(request, response, rule, { form: formFor(rule), errors: {} }, 200);
  }

  @Post(':id')
  @UseGuards(PageCsrfGuard)
  async save(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireAdmin(request);
    const form = { ...formOf(request), id };
    const version = fieldOf(request, 'version');
    const current = await this.rules.getVersioned(id);
    // Removed meanwhile: nothing to save into; the page offers to add it again with what was typed.
    if (current === null) return this.showRule(request, response, null, { form, errors: {}, conflict: { kind: 'removed' } }, 409);
    const { input, errors } = parse(form, await this.reference.snapshot(), false);
    if (!input) return this.showRule(request, response, { ...current, version }, { form, errors }, 422);
    try {
      await this.rules.replace(id, input, version);
    } catch (error) {
      const conflict = await this.conflictOf(error, id);
      if (conflict) return this.showRule(request, response, conflict.kind === 'changed' ? conflict.now : null, { form, errors: {}, conflict }, 409);
      throw error;
    }
    response.redirect(303, `/staff/admin/routing-rules?done=saved&rule=${encodeURIComponent(id)}`);
  }

  @Post(':id/remove')
  @UseGuards(PageCsrfGuard)
  async remove(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireAdmin(request);
    try {
      await this.rules.remove(id, fieldOf(request, 'version'));
    } catch (error) {
      const conflict = await this.conflictOf(error, id);
      // Someone removed it first: what was asked for is done.
      if (conflict?.kind === 'removed') return response.redirect(303, `/staff/admin/routing-rules?done=removed&rule=${encodeURIComponent(id)}`);
      if (conflict) return this.showRule(request, response, conflict.now, { form: formFor(conflict.now), errors: {}, conflict, removing: true }, 409);
      throw error;
    }
    response.redirect(303, `/staff/admin/routing-rules?done=removed&rule=${encodeURIComponent(id)}`);
  }

  private async conflictOf(error: unknown, id: string): Promise<Conflict | null> {
    if (!(error instanceof ProblemError) || (error.code !== 'routing-rule-changed' && error.code !== 'routing-rule-not-found')) return null;
    const now = await this.rules.getVersioned(id);
    return now === null ? { kind: 'removed' } : { kind: 'changed', now };
  }

  private requireAdmin(request: Request) {
    const staff = sessionStaff(request);
    if (!staff.roles.has('admin')) throw accessRefused('Departments and routing rules are the admin’s.');
    return staff;
  }

  private async ruleOrNotFound(request: Request, id: string): Promise<VersionedRoutingRule> {
    this.requireAdmin(request);
    const rule = await this.rules.getVersioned(id);
    if (!rule) throw new ProblemError(404, 'routing-rule-not-found', 'No such routing rule', `There is no routing rule "${id}".`);
    return rule;
  }

  private async showList(
    request: Request,
    response: Response,
    state: { done?: { kind: string; rule: string } | null; form?: RuleForm; errors?: RuleErrors },
    status: number,
  ): Promise<void> {
    const staff = this.requireAdmin(request);
    const lang = this.page.language(request, response);
    const snapshot = await this.reference.snapshot();
    const rules = await this.rules.listVersioned();
    const form = state.form ?? formFor(null);
    this.renderer.render(
      request,
      response,
      'staff-routing-rules',
      lang,
      {
        titleKey: 'staff.rules.title',
        path: '/staff/admin/routing-rules',
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        done: state.done ?? null,
        hasErrors: Object.keys(state.errors ?? {}).length > 0,
        rules: rules.map((rule) => describe(rule, snapshot)),
        rule: { ...choices(form, snapshot), errors: state.errors ?? {}, prefix: 'new', withId: true, action: '/staff/admin/routing-rules' },
      },
      status,
    );
  }

  /** `rule`: the rule as it is now (its version goes in the form), or null when it was removed meanwhile. */
  private async showRule(
    request: Request,
    response: Response,
    rule: VersionedRoutingRule | null,
    state: { form: RuleForm; errors: RuleErrors; conflict?: Conflict; removing?: boolean },
    status: number,
  ): Promise<void> {
    const staff = this.requireAdmin(request);
    const lang = this.page.language(request, response);
    const snapshot = await this.reference.snapshot();
    const id = state.form.id;
    this.renderer.render(
      request,
      response,
      'staff-routing-rule',
      lang,
      {
        titleKey: 'staff.rules.editTitle',
        titleArgs: { id },
        path: `/staff/admin/routing-rules/${encodeURIComponent(id)}`,
        ...this.frame.of(staff),
        csrf: this.page.csrfToken(request, response),
        id,
        version: rule?.version ?? '',
        hasErrors: Object.keys(state.errors).length > 0,
        changed: state.conflict?.kind === 'changed' ? { ...describe(state.conflict.now, snapshot), removing: state.removing === true } : null,
        removed: state.conflict?.kind === 'removed',
        // Removed meanwhile: the same form adds it again (its id kept); otherwise it saves into the rule.
        rule: {
          ...choices(state.form, snapshot),
          errors: state.errors,
          prefix: 'rule',
          withId: rule === null,
          action: rule === null ? '/staff/admin/routing-rules' : `/staff/admin/routing-rules/${encodeURIComponent(id)}`,
        },
      },
      status,
    );
  }
}

function fieldOf(request: Request, name: string): string {
  const value = ((request.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

function formOf(request: Request): RuleForm {
  return {
    id: fieldOf(request, 'id').trim(),
    department: fieldOf(request, 'department'),
    category: fieldOf(request, 'category'),
    district: fieldOf(request, 'district'),
    keywords: fieldOf(request, 'keywords'),
    priority: fieldOf(request, 'priority').trim(),
  };
}

function formFor(rule: VersionedRoutingRule | null): RuleForm {
  return {
    id: rule?.id ?? '',
    department: rule?.department ?? '',
    category: rule?.category ?? '',
    district: rule?.district ?? '',
    keywords: rule?.keywords.join(', ') ?? '',
    priority: rule ? String(rule.priority) : '0',
  };
}

/** The form as the API's input, or the fields that are wrong (named as the error texts name them). */
function parse(form: RuleForm, snapshot: ReferenceSnapshot, withId: boolean): { input: CreateRoutingRuleInput | null; errors: RuleErrors } {
  const errors: RuleErrors = {};
  if (withId && form.id !== '' && !RULE_ID.test(form.id)) errors.id = 'ruleId';
  if (!snapshot.departments.has(form.department)) errors.department = 'choose';
  if (form.category !== '' && !(CODE.test(form.category) && snapshot.categories.has(form.category))) errors.category = 'choose';
  if (form.district !== '' && !(CODE.test(form.district) && snapshot.districts.has(form.district))) errors.district = 'choose';
  const keywords = [
    ...new Set(
      form.keywords
        .split(/[,\n]/)
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
  if (keywords.length > KEYWORDS_MAX || keywords.some((word) => word.length > KEYWORD_LENGTH_MAX)) errors.keywords = 'keywords';
  const priority = form.priority === '' ? 0 : Number(form.priority);
  if (!Number.isInteger(priority) || priority < PRIORITY_MIN || priority > PRIORITY_MAX) errors.priority = 'priority';
  if (Object.keys(errors).length) return { input: null, errors };
  return {
    input: {
      ...(withId && form.id !== '' ? { id: form.id } : {}),
      department: form.department,
      category: form.category || null,
      district: form.district || null,
      keywords,
      priority,
    },
    errors,
  };
}

/** The select boxes with what was typed chosen, and the typed text. */
function choices(form: RuleForm, snapshot: ReferenceSnapshot) {
  const options = (map: ReadonlyMap<string, { name: string }>, chosen: string) =>
    [...map.entries()].map(([code, { name }]) => ({ code, name, selected: code === chosen }));
  return {
    values: form,
    departments: options(snapshot.departments, form.department),
    categories: options(snapshot.categories, form.category),
    districts: options(snapshot.districts, form.district),
    min: PRIORITY_MIN,
    max: PRIORITY_MAX,
  };
}

/** A rule as the table shows it: names beside codes, "any" where it does not narrow. */
function describe(rule: VersionedRoutingRule, snapshot: ReferenceSnapshot) {
  const name = (map: ReadonlyMap<string, { name: string }>, code: string | null) => (code === null ? null : (map.get(code)?.name ?? code));
  return {
    id: rule.id,
    department: name(snapshot.departments, rule.department),
    departmentCode: rule.department,
    category: name(snapshot.categories, rule.category),
    district: name(snapshot.districts, rule.district),
    keywords: rule.keywords.join(', '),
    priority: rule.priority,
  };
}
