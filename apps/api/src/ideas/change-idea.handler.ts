import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import { MODERATION_QUEUE, openReportsOf, waitForProjection } from '@civic/projections';
import { ProblemError } from '../http/problem';
import { PG_POOL } from '../infrastructure/pg-pool.token';
import { Clock } from '@civic/platform';
import type { IdeaCommand } from '@civic/ideas';
import { type IdeaAction, mayActOnIdea } from '../auth/access-policy';
import { ideaAccessRefused } from '../auth/access-policy.refusal';
import { ReferenceData } from '../reference-data/reference-data';
import { ResponseDeadlines } from '../reference-data/response-deadlines';
import { ChangeIdeaCommand, type IdeaChange } from './change-idea.command';
import { type StaffMember, IdeaRepository, requireRevision } from '@civic/casework';

/** The staff commands and what each asks of the access policy; others (the citizen's, erasure) are not staff case work. */
const ACTION_OF: Partial<Record<IdeaChange['type'], IdeaAction>> = {
  RouteIdea: 'route',
  AssignIdea: 'assign',
  DiagnoseIdea: 'diagnose',
  AskCitizen: 'ask',
  AnswerIdea: 'answer',
  RecordImplementationProgress: 'record-progress',
  CompleteImplementation: 'complete',
  MarkDuplicate: 'mark-duplicate',
  HidePublicText: 'moderate',
  RestorePublicText: 'moderate',
  DismissReports: 'moderate',
};

/** How long a dismissal waits for the moderation queue to hold every report made so far (it is a few ms behind in service). */
const MODERATION_QUEUE_WAIT_MS = 3000;

@CommandHandler(ChangeIdeaCommand)
export class ChangeIdeaHandler implements ICommandHandler<ChangeIdeaCommand> {
  constructor(
    private readonly ideas: IdeaRepository,
    private readonly referenceData: ReferenceData,
    private readonly deadlines: ResponseDeadlines,
    private readonly clock: Clock,
    @Inject(PG_POOL) private readonly db: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Checked against the very state it decides on and appends after, so a re-routing in between is a 409, not a pass. */
  async execute({ ideaId, expectedRevision, change, context }: ChangeIdeaCommand) {
    const loaded = await this.ideas.load(ideaId);
    // An unknown idea stays a 404 (decide says so); access is judged by the department it is in now.
    if (loaded.revision >= 0) this.authorise(context.staff, change.type, loaded.state.department);
    requireRevision(loaded, expectedRevision);
    const command = await this.complete(ideaId, change, this.clock.now(), context.staff);
    return this.ideas.decideAndAppend(loaded, command, context);
  }

  private authorise(staff: StaffMember, type: IdeaChange['type'], department: string | null): void {
    const action = ACTION_OF[type];
    if (action && mayActOnIdea(staff, action, department)) return;
    throw ideaAccessRefused(action ?? type, department);
  }

  /** Adds what the pure domain cannot look up itself. */
  private async complete(ideaId: string, change: IdeaChange, now: Date, staff: StaffMember): Promise<IdeaCommand> {
    const at = now.toISOString();
    switch (change.type) {
      case 'RouteIdea':
        return {
          ...change,
          ideaId,
          at,
          knownDepartments: [...(await this.referenceData.snapshot()).departments.keys()],
          responseDeadline: await this.deadlines.forRouting(change.department, now),
        };
      case 'MarkDuplicate':
        return { ...change, ideaId, at, duplicateOfExists: (await this.ideas.load(change.duplicateOf)).revision >= 0 };
      case 'HidePublicText':
      case 'RestorePublicText':
        return { ...change, ideaId, at, by: staff.subject };
      case 'DismissReports':
        return { ...change, ideaId, at, by: staff.subject, openReports: await this.openReports(ideaId) };
      default:
        return { ...change, ideaId, at };
    }
  }

  /**
   * The reports the queue shows open, once it holds every event committed before this request: it follows $all
   * a moment behind, and a report made just now must be dismissed, not refused, as a dismissal just made must
   * not be counted again. A report recorded after this dismissal stays open (the queue folds in $all order).
   * If the queue cannot catch up in time, a 503; with no worker running it, what it shows is all there is.
   */
  private async openReports(ideaId: string): Promise<number> {
    const queue = await waitForProjection(this.db, this.store, MODERATION_QUEUE, { timeoutMs: MODERATION_QUEUE_WAIT_MS });
    if (queue === 'behind')
      throw new ProblemError(503, 'moderation-queue-behind', 'The moderation queue is catching up', 'Nothing was changed. Please try again in a moment.');
    return openReportsOf(this.db, ideaId);
  }
}
