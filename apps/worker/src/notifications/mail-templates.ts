import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { LANGUAGES, type Language } from '@civic/ideas';
import type { JobsConfig } from '@civic/platform';
import {
  CITIZEN_PLACEHOLDERS,
  type CitizenMailValues,
  FOLLOW_UP_PLACEHOLDERS,
  type FollowUpMailValues,
  STAFF_PLACEHOLDERS,
  type StaffMailValues,
  SUPPORTER_PLACEHOLDERS,
  type SupporterMailValues,
} from './mail-values';
import {
  type CitizenTemplateName,
  type FollowUpTemplateName,
  isCitizenTemplate,
  isFollowUpTemplate,
  isSupporterTemplate,
  MAIL_TEMPLATE_NAMES,
  type MailTemplateName,
  type StaffTemplateName,
  type SupporterTemplateName,
} from './mail-template-names';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
}

interface CompiledTemplate {
  readonly subject: Handlebars.TemplateDelegate;
  readonly body: Handlebars.TemplateDelegate;
}

/** Thrown at start: the worker does not run with a template missing, malformed or using a placeholder nobody fills. */
export class MailTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

/**
 * The e-mail texts, kept in files (mail-templates/<language>/<name>.hbs) so
 * the municipality can change the words without a release. Each file: a
 * `Subject: …` line, a blank line, then the plain-text body.
 */
export class MailTemplates {
  private constructor(private readonly templates: ReadonlyMap<string, CompiledTemplate>) {}

  /** Reads and checks every template at start, so a missing one stops the worker rather than a job at 3 a.m. */
  static load(config: Pick<JobsConfig, 'mailTemplatesDir'>): MailTemplates {
    const dir = resolve(process.cwd(), config.mailTemplatesDir);
    const files = LANGUAGES.flatMap((language) => MAIL_TEMPLATE_NAMES.map((name) => ({ language, name, file: join(dir, language, `${name}.hbs`) })));
    const missing = files.filter(({ file }) => !existsSync(file)).map(({ file }) => file);
    if (missing.length > 0)
      throw new MailTemplateError(
        `Mail template${missing.length > 1 ? 's' : ''} missing (MAIL_TEMPLATES_DIR=${config.mailTemplatesDir}): ${missing.join(', ')}`,
      );
    const env = templateEnvironment();
    const templates = new Map<string, CompiledTemplate>();
    for (const { language, name, file } of files) templates.set(key(language, name), compile(env, file, readFileSync(file, 'utf8'), placeholdersOf(name)));
    return new MailTemplates(templates);
  }

  render(language: Language, name: CitizenTemplateName, values: CitizenMailValues): RenderedMail;
  render(language: Language, name: StaffTemplateName, values: StaffMailValues): RenderedMail;
  render(language: Language, name: SupporterTemplateName, values: SupporterMailValues): RenderedMail;
  render(language: Language, name: FollowUpTemplateName, values: FollowUpMailValues): RenderedMail;
  render(language: Language, name: MailTemplateName, values: CitizenMailValues | StaffMailValues | SupporterMailValues | FollowUpMailValues): RenderedMail {
    const template = this.templates.get(key(language, name));
    if (!template) throw new MailTemplateError(`No mail template ${language}/${name}`);
    // One line: a title with a line break must not turn into a second header.
    const subject = template.subject(values).replace(/\s+/g, ' ').trim();
    const text = `${template
      .body(values)
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`;
    return { subject, text };
  }
}

function placeholdersOf(name: MailTemplateName): ReadonlySet<string> {
  if (isCitizenTemplate(name)) return CITIZEN_PLACEHOLDERS;
  if (isSupporterTemplate(name)) return SUPPORTER_PLACEHOLDERS;
  if (isFollowUpTemplate(name)) return FOLLOW_UP_PLACEHOLDERS;
  return STAFF_PLACEHOLDERS;
}

const key = (language: Language, name: MailTemplateName | string) => `${language}/${name}`;

function templateEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  // {{plural workingDaysLeft "arbejdsdag" "arbejdsdage"}} → "2 arbejdsdage": each language words its own plural.
  env.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => `${String(count)} ${count === 1 ? String(one) : String(many)}`);
  return env;
}

function compile(env: typeof Handlebars, file: string, source: string, placeholders: ReadonlySet<string>): CompiledTemplate {
  const match = /^Subject:[ \t]*(.*)\r?\n\r?\n([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  if (!match || match[1].trim() === '')
    throw new MailTemplateError(`Mail template ${file} must start with a "Subject: …" line, then a blank line, then the body`);
  const [, subject, body] = match;
  for (const part of [subject, body]) {
    let unknown: string[];
    try {
      unknown = [...placeholdersIn(env, part)].filter((name) => !placeholders.has(name));
    } catch (error) {
      throw new MailTemplateError(`Mail template ${file} is not valid Handlebars: ${(error as Error).message}`);
    }
    if (unknown.length > 0)
      throw new MailTemplateError(
        `Mail template ${file} uses unknown placeholder(s) ${unknown.map((n) => `{{${n}}}`).join(', ')}; known: ${[...placeholders].join(', ')}`,
      );
  }
  // noEscape: plain text, not HTML. strict: a placeholder without a value is an error, never an empty gap in a mail.
  const options = { noEscape: true, strict: true } as const;
  return { subject: env.compile(subject, options), body: env.compile(body.replace(/\r\n/g, '\n'), options) };
}

/** The top-level names a template reads (helpers and @data left out). */
function placeholdersIn(env: typeof Handlebars, source: string): Set<string> {
  const names = new Set<string>();
  const helpers = new Set(Object.keys(env.helpers));
  const collector = new Handlebars.Visitor();
  collector.PathExpression = (path: hbs.AST.PathExpression) => {
    if (!path.data && path.depth === 0 && path.parts.length > 0 && !helpers.has(path.parts[0])) names.add(path.parts[0]);
  };
  collector.accept(env.parse(source));
  return names;
}
