import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { nestLoggerParams } from '@civic/platform';
import { AdminQueuesModule } from './admin-queues/admin-queues.module';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { StaffAuthModule } from './auth/staff-auth.module';
import { HealthController } from './health/health.controller';
import { DEFAULT_HTTP_OPTIONS } from './http/http-options';
import { RateLimitModule } from './http/rate-limit.module';
import { ModerationModule } from './moderation/moderation.module';
import { MetricsModule } from './metrics/metrics.module';
import { DEFAULT_METRICS_OPTIONS } from './metrics/metrics-options';
import { PagesModule } from './pages/pages.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ChangeIdeaHandler } from './ideas/change-idea.handler';
import { GetIdeaHandler } from './ideas/get-idea.handler';
import { GetIdeaAuditHandler } from './ideas/get-idea-audit.handler';
import { IdeasController } from './ideas/ideas.controller';
import { PublicCodes } from './ideas/public-codes';
import { IdeaByPublicCode } from './ideas/idea-by-public-code';
import { SubmitIdeaHandler } from './ideas/submit-idea.handler';
import { InboxModule } from './inbox/inbox.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure/infrastructure.module';
import { OpenDataController } from './open-data/open-data.controller';
import { Open311Module } from './open311/open311.module';
import { DEFAULT_OPEN311_OPTIONS } from './open311/open311-options';
import { PublicStatusModule } from './public-status/public-status.module';
import { SimilarIdeasModule } from './similar-ideas/similar-ideas.module';
import { RoutingSuggestionsModule } from './routing-suggestions/routing-suggestions.module';
import { ReferenceData } from './reference-data/reference-data';
import { ResponseDeadlines } from './reference-data/response-deadlines';
import { ReferenceDataController } from './reference-data/reference-data.controller';
import { ReportsModule } from './reports/reports.module';
import { SupportsModule } from './supports/supports.module';
import { SatisfactionModule } from './satisfaction/satisfaction.module';
import { RoutingRulesService } from './reference-data/routing-rules.service';
import { DepartmentsService } from './reference-data/departments.service';
import { ChangeTrackedIdeaHandler } from './tracking/change-tracked-idea.handler';
import { GetTrackedIdeaHandler } from './tracking/get-tracked-idea.handler';
import { StopNotificationsHandler } from './tracking/stop-notifications.handler';
import { TrackedIdeas } from './tracking/tracked-ideas';
import { TrackingController } from './tracking/tracking.controller';
import { GetUnsubscribeFormHandler } from './tracking/unsubscribe-form.handler';
import { IdeaRepository } from '@civic/casework';

@Module({})
export class AppModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // A line per request, and the request's correlation id on every line logged while it is handled.
        LoggerModule.forRoot(nestLoggerParams()),
        InfrastructureModule.forRoot(options),
        StaffAuthModule.forRoot(options.auth),
        CqrsModule.forRoot(),
        RateLimitModule.forRoot(options.http ?? DEFAULT_HTTP_OPTIONS),
        PersonalDataModule.forRoot(options),
        InboxModule,
        PublicStatusModule,
        SimilarIdeasModule,
        RoutingSuggestionsModule,
        Open311Module.forRoot(options.open311 ?? DEFAULT_OPEN311_OPTIONS),
        ReportsModule,
        SupportsModule.forRoot(options),
        ModerationModule,
        SatisfactionModule.forRoot(options),
        BudgetsModule.forRoot(options),
        AdminQueuesModule.forRoot(options.queues),
        MetricsModule.forRoot(options.metrics ?? DEFAULT_METRICS_OPTIONS),
        PagesModule.forRoot(options),
        InitiativesModule.forRoot(options),
      ],
      controllers: [IdeasController, TrackingController, ReferenceDataController, HealthController, OpenDataController],
      providers: [
        { provide: APP_GUARD, useClass: StaffAuthGuard },
        IdeaRepository,
        PublicCodes,
        IdeaByPublicCode,
        ReferenceData,
        ResponseDeadlines,
        RoutingRulesService,
        DepartmentsService,
        TrackedIdeas,
        SubmitIdeaHandler,
        ChangeIdeaHandler,
        GetIdeaHandler,
        GetIdeaAuditHandler,
        ChangeTrackedIdeaHandler,
        GetTrackedIdeaHandler,
        StopNotificationsHandler,
        GetUnsubscribeFormHandler,
      ],
    };
  }
}
