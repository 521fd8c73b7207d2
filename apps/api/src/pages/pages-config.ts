import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { developmentMailboxDir } from '@civic/platform';

/** The languages the pages speak; each has a folder of texts in web/i18n/<code>. */
export const PAGE_LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export const isPageLanguage = (value: unknown): value is PageLanguage => typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);

/** How one municipality's pages look and whom a resident can write to about accessibility. */
export interface PagesConfig {
  /** MUNICIPALITY_NAME: in the header and every page title. */
  readonly municipalityName: string;
  /** PAGES_LOGO_FILE: a local SVG or PNG served at /assets/logo (never a URL elsewhere: no third-party requests). */
  readonly logoFile: string | null;
  /** PAGES_COLOUR_PRIMARY, PAGES_COLOUR_PRIMARY_TEXT: header and buttons; pick a pair with a 4.5:1 contrast. */
  readonly colours: { readonly primary: string; readonly primaryText: string };
  /** ACCESSIBILITY_CONTACT_EMAIL, ACCESSIBILITY_CONTACT_PHONE: in the accessibility statement. */
  readonly accessibilityContact: { readonly email: string; readonly phone: string | null };
  /** PAGES_DEFAULT_LANGUAGE: when neither the switch nor the browser says. */
  readonly defaultLanguage: PageLanguage;
  /** PERSONAL_DATA_RETENTION_MONTHS, as the retention rule uses it: said plainly beside the contact fields. */
  readonly retentionMonths: number;
  /** TIME_ZONE: dates on the pages. */
  readonly timeZone: string;
  /** Signs the forms' CSRF tokens; derived from the tracking token secret unless PAGES_CSRF_SECRET is set. */
  readonly csrfSecret: string;
  /** Cookies are Secure in production. */
  readonly production: boolean;
  /** PUBLIC_BASE_URL, as in the e-mails: the receipt's tracking link; unset, the server as the browser reached it. */
  readonly publicBaseUrl: string | null;
  /** Outside production with no SMTP_URL: the worker's unsent mails, shown at /development/mails; null in production. */
  readonly mailboxDir: string | null;
  /** PAGES_DIR: the templates (views), texts (i18n) and static files (static); default ./web. */
  readonly dir: string;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function pagesConfigFromEnv(env: NodeJS.ProcessEnv, trackingTokenSecret: string): PagesConfig {
  const colour = (name: string, fallback: string) => {
    const value = env[name] || fallback;
    if (!COLOUR.test(value)) throw new Error(`${name} must be a colour like #00548a`);
    return value;
  };
  const defaultLanguage = env.PAGES_DEFAULT_LANGUAGE || 'da';
  if (!isPageLanguage(defaultLanguage)) throw new Error(`PAGES_DEFAULT_LANGUAGE must be one of ${PAGE_LANGUAGES.join(', ')}`);
  return {
    municipalityName: env.MUNICIPALITY_NAME || 'Civic Ideas',
    logoFile: env.PAGES_LOGO_FILE ? resolve(env.PAGES_LOGO_FILE) : null,
    colours: { primary: colour('PAGES_COLOUR_PRIMARY', '#00548a'), primaryText: colour('PAGES_COLOUR_PRIMARY_TEXT', '#ffffff') },
    accessibilityContact: { email: env.ACCESSIBILITY_CONTACT_EMAIL || 'tilgaengelighed@example.dk', phone: env.ACCESSIBILITY_CONTACT_PHONE || null },
    defaultLanguage,
    retentionMonths: Math.max(1, Number(env.PERSONAL_DATA_RETENTION_MONTHS) || 24),
    timeZone: env.TIME_ZONE || 'Europe/Copenhagen',
    csrfSecret: env.PAGES_CSRF_SECRET || createHmac('sha256', trackingTokenSecret).update('pages-csrf').digest('hex'),
    production: env.NODE_ENV === 'production',
    publicBaseUrl: env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
    mailboxDir: developmentMailboxDir(env),
    dir: resolve(env.PAGES_DIR || 'web'),
  };
}
