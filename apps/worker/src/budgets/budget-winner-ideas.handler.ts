import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { type BudgetRound, type Proposal, RoundNotFoundError } from '@civic/budgets';
import { EVENT_STORE, type EventStore, WrongExpectedVersion } from '@civic/event-store';
import { compileRoutingRules, type IdeaCommand, matchRoutingRule, NO_NAME_SPANS, responseDeadline, type RoutingRule } from '@civic/ideas';
import { Clock, type JobsConfig, WorkingDayCalendar } from '@civic/platform';
import {
  BUDGET_WINNERS_ACTOR,
  BudgetRoundRepository,
  type BudgetWinnerIdeasJob,
  fundedAnswer,
  IdeaRepository,
  ideaOfProposal,
  MUNICIPALITY_WIDE_DISTRICT,
  TrackingTokens,
  WINNER_IDEA_CATEGORY,
} from '@civic/casework';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';

interface Departments {
  readonly codes: string[];
  readonly workingDays: Map<string, number>;
  readonly rules: RoutingRule[];
}

/**
 * Carries each winner of a counted round on as an idea, through the domain's
 * own commands as the system. A proposal sent in as an idea goes on as that
 * same idea: routed (if it is not yet) and answered "accepted" (if it is still
 * open). A proposal entered in the round becomes a new idea: submitted (with
 * the round and proposal it was), routed by the routing rules (or to the first
 * department when none matches), and accepted. Either way staff report its
 * progress and completion on the idea's case page as on any other. The new
 * idea's id is derived from the round and the proposal: a job run twice, or two
 * at once, finds the idea and takes only the steps still missing.
 */
@Injectable()
export class BudgetWinnerIdeasHandler implements JobHandler<'budget-winner-ideas'> {
  readonly jobName = 'budget-winner-ideas';
  private readonly rounds: BudgetRoundRepository;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(IdeaRepository) private readonly ideas: IdeaRepository,
    @Inject(TrackingTokens) private readonly tokens: TrackingTokens,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {
    this.rounds = new BudgetRoundRepository(store);
  }

  async handle(data: BudgetWinnerIdeasJob, job: JobContext): Promise<string> {
    const { state: round } = await this.rounds.load(data.roundId);
    if (round.phase === 'none') throw new RoundNotFoundError(data.roundId);
    if (round.results === null) throw new Error(`Round ${data.roundId} has no results (RoundResultsComputed ${data.eventId})`);
    const departments = await this.departments();
    const steps: string[] = [];
    for (const proposalId of round.results.winners) {
      const proposal = round.proposals.find((candidate) => candidate.id === proposalId);
      if (proposal === undefined) continue;
      steps.push(await this.carryOn(round, proposal, departments, job));
    }
    return steps.length ? steps.join('; ') : 'no winners';
  }

  /** One step at a time, each decided on the idea as it is now; a lost race is decided again. */
  private async carryOn(round: BudgetRound, proposal: Proposal, departments: Departments, job: JobContext): Promise<string> {
    const ideaId = ideaOfProposal(round.id, proposal);
    const taken: string[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const loaded = await this.ideas.load(ideaId);
      const command = await this.nextStep(round, proposal, ideaId, loaded.state, departments);
      if (command === null) return `${proposal.id}: idea ${ideaId} ${taken.length ? taken.join(', ') : 'already carried on'}`;
      try {
        await this.ideas.decideAndAppend(loaded, command, { actor: BUDGET_WINNERS_ACTOR, correlationId: job.correlationId });
        taken.push(command.type);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion)) throw error;
      }
    }
    throw new Error(`Idea ${ideaId} kept changing while round ${round.id}'s winner ${proposal.id} was carried on`);
  }

  private async nextStep(
    round: BudgetRound,
    proposal: Proposal,
    ideaId: string,
    idea: Awaited<ReturnType<IdeaRepository['load']>>['state'],
    departments: Departments,
  ): Promise<IdeaCommand | null> {
    const now = this.clock.now();
    const at = now.toISOString();
    if (idea.status === 'none' && proposal.ideaId !== null) throw new Error(`Idea ${ideaId}, sent into round ${round.id}, is not in the event store`);
    if (idea.status === 'none') {
      const settings = round.settings!;
      // Where and what staff said when they entered it; else the round's district (or the whole municipality) and "other".
      const district = proposal.district ?? (settings.scope.kind === 'district' ? settings.scope.district : MUNICIPALITY_WIDE_DISTRICT);
      const category = proposal.category ?? WINNER_IDEA_CATEGORY;
      const title = proposal.title;
      const description = proposal.summary;
      const match = matchRoutingRule(compileRoutingRules(departments.rules), { title, description, category, district });
      return {
        type: 'SubmitIdea',
        ideaId,
        at,
        publicCode: await this.nextPublicCode(now),
        trackingTokenHash: TrackingTokens.hash(this.tokens.issue(ideaId)),
        title,
        description,
        category,
        district,
        location: null,
        contact: null,
        submitterNameSpans: NO_NAME_SPANS,
        language: this.config.staffMailLanguage,
        channel: 'web',
        autoRoute: match && { ...match, responseDeadline: this.deadline(match.department, now, departments) },
        budgetRound: { roundId: round.id, proposalId: proposal.id, kind: 'winner' },
      };
    }
    const open = idea.status === 'received' || idea.status === 'routed' || idea.status === 'assigned' || idea.status === 'diagnosed';
    if (!open) return null;
    if (idea.department === null) {
      const department = departments.codes[0];
      if (department === undefined) throw new Error('There is no department to route a funded project to');
      return {
        type: 'RouteIdea',
        ideaId,
        at,
        department,
        knownDepartments: departments.codes,
        routedBy: 'hand',
        ruleId: null,
        reason: 'A funded project of a participatory budget, and no routing rule matched it',
        responseDeadline: this.deadline(department, now, departments),
      };
    }
    return { type: 'AnswerIdea', ideaId, at, decision: 'accepted', publicAnswer: fundedAnswer(idea.language ?? 'en', round.settings!.title) };
  }

  private deadline(department: string, now: Date, departments: Departments) {
    return responseDeadline(now, departments.workingDays.get(department), this.calendar);
  }

  private async departments(): Promise<Departments> {
    const [departments, rules] = await Promise.all([
      this.pool.query<{ code: string; response_working_days: number | null }>('SELECT code, response_working_days FROM departments ORDER BY code'),
      this.pool.query<RoutingRule>('SELECT id, department, category, district, keywords, priority FROM routing_rules ORDER BY id'),
    ]);
    return {
      codes: departments.rows.map((row) => row.code),
      workingDays: new Map(departments.rows.flatMap((row) => (row.response_working_days === null ? [] : [[row.code, row.response_working_days]]))),
      rules: rules.rows,
    };
  }

  /** The same sequence as a citizen's submission (K-2026-000123); a number taken by a lost race is a harmless gap. */
  private async nextPublicCode(at: Date): Promise<string> {
    const { rows } = await this.pool.query<{ n: string }>("SELECT nextval('idea_public_code_seq') AS n");
    return `K-${at.getUTCFullYear()}-${rows[0]!.n.padStart(6, '0')}`;
  }
}
