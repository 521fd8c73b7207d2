import type { WorkingDayCalendar } from '@civic/platform';
import { budgetBallotsProjection } from './budget-ballots/budget-ballots.projection';
import { budgetRoundsProjection } from './budget-rounds/budget-rounds.projection';
import { departmentInboxProjection } from './department-inbox/department-inbox.projection';
import { initiativesProjection } from './initiatives/initiatives.projection';
import { publicStatusProjection } from './public-status/public-status.projection';
import { responseTimesProjection } from './response-times/response-times.projection';
import { responseTimeHistogramsProjection } from './response-time-histograms/response-time-histograms.projection';
import { routingModelProjection } from './routing-model/routing-model.projection';
import { similarIdeasProjection } from './similar-ideas/similar-ideas.projection';
import type { Projection } from './runner/projection';
import { supportsProjection } from './supports/supports.projection';
import { satisfactionProjection } from './satisfaction/satisfaction.projection';
import { moderationQueueProjection } from './moderation-queue/moderation-queue.projection';
import { participationProjection } from './participation/participation.projection';

/** Every read model the worker keeps current, and what `projections:rebuild all` rebuilds. */
export function allProjections(calendar: WorkingDayCalendar): Projection[] {
  return [
    departmentInboxProjection(calendar),
    publicStatusProjection(),
    responseTimesProjection(calendar),
    responseTimeHistogramsProjection(calendar),
    supportsProjection(),
    satisfactionProjection(),
    initiativesProjection(),
    similarIdeasProjection(),
    routingModelProjection(),
    participationProjection(),
    budgetBallotsProjection(),
    budgetRoundsProjection(),
    moderationQueueProjection(),
  ];
}
