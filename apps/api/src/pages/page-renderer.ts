import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import type { Request, Response } from 'express';
import { I18nService } from 'nestjs-i18n';
import { PAGES_CONFIG } from './pages.tokens';
import { PAGE_LANGUAGES, type PageLanguage, type PagesConfig } from './pages-config';

/** Each language's name in itself, for the switch. */
const NATIVE_NAMES: Record<PageLanguage, string> = { da: 'Dansk', sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' };
const LOCALES: Record<PageLanguage, string> = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/**
 * Everything but the inline script and style an attacker would inject: pages
 * load their own stylesheet and the one small script, post only to us, and
 * cannot be framed.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The submit form's script asks /public/ideas/similar while the citizen writes.
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export interface PageView {
  /** The text key of the page's heading, used in <title>. */
  readonly titleKey: string;
  readonly titleArgs?: Record<string, unknown>;
  /** Loads /assets/copy.js (the receipt's copy button). */
  readonly script?: boolean;
  /** Loads /assets/similar.js (the submit form's similar ideas while writing). */
  readonly similarScript?: boolean;
  /** The URL the language switch links to, when it is not the one requested (a form posted back with errors). */
  readonly path?: string;
  /** Other origins a form's answer may redirect to (an identity provider's sign-in or sign-out): CSP form-action covers redirects. */
  readonly formActionOrigins?: readonly string[];
  readonly [data: string]: unknown;
}

/** Server-rendered pages: Handlebars templates from web/views, texts from web/i18n through nestjs-i18n. */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly layout: Handlebars.TemplateDelegate;
  private readonly views = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    private readonly i18n: I18nService,
    @Inject(PAGES_CONFIG) private readonly config: PagesConfig,
  ) {
    this.registerHelpers();
    const dir = join(config.dir, 'views');
    for (const file of readdirSync(join(dir, 'partials'))) {
      this.handlebars.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(join(dir, 'partials', file), 'utf8'));
    }
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.hbs'))) {
      this.views.set(file.replace(/\.hbs$/, ''), this.handlebars.compile(readFileSync(join(dir, file), 'utf8'), { strict: false }));
    }
    const layout = this.views.get('layout');
    if (!layout) throw new Error(`No layout.hbs in ${dir}`);
    this.layout = layout;
  }

  /** A key is read from web/i18n/<lang>/pages.json, or from another file of that folder when it names it: `initiatives:list.title`. */
  text(lang: PageLanguage, key: string, args?: Record<string, unknown>): string {
    const separator = key.indexOf(':');
    return this.i18n.t(separator > 0 ? `${key.slice(0, separator)}.${key.slice(separator + 1)}` : `pages.${key}`, { lang, args });
  }

  render(request: Request, response: Response, name: string, lang: PageLanguage, view: PageView, status = 200): void {
    const template = this.views.get(name);
    if (!template) throw new Error(`No page template ${name}.hbs`);
    const data = {
      ...view,
      lang,
      site: { name: this.config.municipalityName, logo: this.config.logoFile !== null },
      languages: PAGE_LANGUAGES.map((code) => ({
        code,
        name: NATIVE_NAMES[code],
        href: withLanguage(view.path ?? request.originalUrl, code),
        current: code === lang,
      })),
    };
    const body = template(data);
    const html = this.layout({ ...data, body, title: this.text(lang, view.titleKey, view.titleArgs) });
    response
      .status(status)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': view.formActionOrigins?.length
          ? PAGE_CSP.replace("form-action 'self'", `form-action 'self' ${view.formActionOrigins.join(' ')}`)
          : PAGE_CSP,
        'Referrer-Policy': 'no-referrer',
        // Pages carry a form's CSRF token or a citizen's own idea: never kept by a shared cache.
        'Cache-Control': 'private, no-store',
        'Content-Language': lang,
      })
      .send(html);
  }

  private registerHelpers(): void {
    const langOf = (options: Handlebars.HelperOptions) => (options.data as { root: { lang: PageLanguage } }).root.lang;
    this.handlebars.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
      this.text(langOf(options), key, options.hash as Record<string, unknown>),
    );
    this.handlebars.registerHelper('date', (value: string | null | undefined, options: Handlebars.HelperOptions) =>
      value ? new Intl.DateTimeFormat(LOCALES[langOf(options)], { dateStyle: 'long', timeZone: this.config.timeZone }).format(new Date(value)) : '',
    );
    this.handlebars.registerHelper('dateTime', (value: string | null | undefined, options: Handlebars.HelperOptions) =>
      value
        ? new Intl.DateTimeFormat(LOCALES[langOf(options)], { dateStyle: 'long', timeStyle: 'short', timeZone: this.config.timeZone }).format(new Date(value))
        : '',
    );
    this.handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.handlebars.registerHelper('or', (...values: unknown[]) => values.slice(0, -1).some(Boolean));
    this.handlebars.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
  }
}

/** The same page in another language: the current URL with ?lang= set (the switch remembers it in a cookie). */
export function withLanguage(originalUrl: string, lang: PageLanguage): string {
  const url = new URL(originalUrl, 'http://page.invalid');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}
