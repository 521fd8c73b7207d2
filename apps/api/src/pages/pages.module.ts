import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { I18nJsonLoader, I18nModule } from 'nestjs-i18n';
import { InitiativePagesController } from '../initiatives/initiative-pages.controller';
import { ReferenceData } from '../reference-data/reference-data';
import { BudgetRoundPageController } from './budget-round-page.controller';
import { BudgetVotingPageController } from './budget-voting-page.controller';
import { AccessibilityPageController } from './accessibility-page.controller';
import { DevelopmentMailController } from './development-mail.controller';
import { PageAssetsController } from './page-assets.controller';
import { PageContext } from './page-context';
import { PageCsrf, PageCsrfGuard } from './page-csrf';
import { PageErrorFilter } from './page-error.filter';
import { PageRenderer } from './page-renderer';
import { IdeaPage } from './idea-page';
import { PublicPagesController } from './public-pages.controller';
import { SubmitPageController } from './submit-page.controller';
import { SupportPagesController } from './support-pages.controller';
import { ReportPagesController } from './report-pages.controller';
import { SatisfactionPageController } from './satisfaction-page.controller';
import { TrackingPageController } from './tracking-page.controller';
import { PAGES_CONFIG } from './pages.tokens';
import { pagesConfigFromEnv } from './pages-config';
import type { StaffAuthOptions } from '../auth/staff-auth.options';
import { staffPages } from '../staff-pages/staff-pages';
import { DEFAULT_STAFF_SIGN_IN, type StaffSignInOptions } from '../staff-pages/staff-sign-in.options';

/**
 * Server-rendered pages for citizens, and for staff under /staff (no
 * client-side app; they work without JavaScript). They send the same commands
 * and queries as the JSON API.
 */
@Module({})
export class PagesModule {
  static forRoot(options: { trackingTokenSecret: string; auth: StaffAuthOptions; staffSignIn?: StaffSignInOptions }): DynamicModule {
    const config = pagesConfigFromEnv(process.env, options.trackingTokenSecret);
    const staff = staffPages(options.auth, options.staffSignIn ?? { ...DEFAULT_STAFF_SIGN_IN, production: config.production });
    return {
      module: PagesModule,
      imports: [
        // Languages are resolved by the pages themselves (page-language.ts): no middleware, no async context, and none
        // of nestjs-i18n's global interceptor, which would run every API request (submits too) through rxjs for nothing.
        withoutGlobalInterceptor(
          I18nModule.forRoot({
            fallbackLanguage: config.defaultLanguage,
            loader: I18nJsonLoader,
            loaderOptions: { path: join(config.dir, 'i18n'), watch: false },
            resolvers: [],
            disableMiddleware: true,
            skipAsyncHook: true,
            logging: false,
          }),
        ),
      ],
      controllers: [
        PublicPagesController,
        BudgetRoundPageController,
        BudgetVotingPageController,
        SubmitPageController,
        TrackingPageController,
        SupportPagesController,
        ReportPagesController,
        SatisfactionPageController,
        AccessibilityPageController,
        DevelopmentMailController,
        PageAssetsController,
        InitiativePagesController,
        ...staff.controllers,
      ],
      providers: [
        { provide: PAGES_CONFIG, useValue: config },
        ReferenceData,
        PageRenderer,
        PageContext,
        IdeaPage,
        PageCsrf,
        PageCsrfGuard,
        PageErrorFilter,
        ...staff.providers,
      ],
    };
  }
}

/** The module as given, less the APP_INTERCEPTOR it registers for every route of the app. */
function withoutGlobalInterceptor(module: DynamicModule): DynamicModule {
  return {
    ...module,
    providers: module.providers?.filter((provider) => !(typeof provider === 'object' && 'provide' in provider && provider.provide === APP_INTERCEPTOR)),
  };
}
