import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { LANGUAGES, type Language } from '@civic/ideas';
import type { JobsConfig } from '@civic/platform';
import { MailTemplateError, type RenderedMail } from '../notifications';

/** The initiatives' e-mails: mail-templates/<language>/<name>.hbs, a `Subject:` line, a blank line, the plain-text body. */
export const INITIATIVE_TEMPLATES = {
  'initiative-signature-confirmation': ['title', 'publicCode', 'name', 'confirmUrl', 'initiativeUrl'],
  'initiative-council-reminder': ['title', 'publicCode', 'decideBy', 'confirmedSignatures', 'initiativeUrl'],
  'initiative-council-escalation': ['title', 'publicCode', 'decideBy', 'confirmedSignatures', 'initiativeUrl'],
  // A budget round's voter confirms their ballot the way a signer confirms a signature: the same loader and checks.
  'budget-ballot-confirmation': ['title', 'confirmUrl', 'roundUrl'],
} as const;

export type InitiativeTemplateName = keyof typeof INITIATIVE_TEMPLATES;
export type InitiativeMailValues<Name extends InitiativeTemplateName> = Record<(typeof INITIATIVE_TEMPLATES)[Name][number], string | number>;

/** Loaded and checked at start, as the ideas' templates are: a missing file or an unknown placeholder stops the worker there. */
export class InitiativeMailTemplates {
  private constructor(private readonly compiled: ReadonlyMap<string, { subject: Handlebars.TemplateDelegate; body: Handlebars.TemplateDelegate }>) {}

  static load(config: Pick<JobsConfig, 'mailTemplatesDir'>): InitiativeMailTemplates {
    const dir = resolve(process.cwd(), config.mailTemplatesDir);
    const compiled = new Map<string, { subject: Handlebars.TemplateDelegate; body: Handlebars.TemplateDelegate }>();
    for (const language of LANGUAGES)
      for (const [name, placeholders] of Object.entries(INITIATIVE_TEMPLATES)) {
        const file = join(dir, language, `${name}.hbs`);
        if (!existsSync(file)) throw new MailTemplateError(`Mail template missing (MAIL_TEMPLATES_DIR=${config.mailTemplatesDir}): ${file}`);
        compiled.set(`${language}/${name}`, compile(file, readFileSync(file, 'utf8'), new Set<string>(placeholders)));
      }
    return new InitiativeMailTemplates(compiled);
  }

  render<Name extends InitiativeTemplateName>(language: Language, name: Name, values: InitiativeMailValues<Name>): RenderedMail {
    const template = this.compiled.get(`${language}/${name}`);
    if (!template) throw new MailTemplateError(`No mail template ${language}/${name}`);
    return {
      subject: template.subject(values).replace(/\s+/g, ' ').trim(),
      text: `${template
        .body(values)
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`,
    };
  }
}

function compile(file: string, source: string, placeholders: ReadonlySet<string>) {
  const match = /^Subject:[ \t]*(.*)\r?\n\r?\n([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  if (!match || match[1].trim() === '')
    throw new MailTemplateError(`Mail template ${file} must start with a "Subject: …" line, then a blank line, then the body`);
  const [, subject, body] = match;
  for (const part of [subject, body]) {
    const unknown = [...namesIn(part)].filter((name) => !placeholders.has(name));
    if (unknown.length > 0)
      throw new MailTemplateError(`Mail template ${file} uses unknown placeholder(s) ${unknown.join(', ')}; known: ${[...placeholders].join(', ')}`);
  }
  // noEscape: plain text. strict: a missing value is an error, never a gap in a mail.
  const options = { noEscape: true, strict: true } as const;
  return { subject: Handlebars.compile(subject, options), body: Handlebars.compile(body.replace(/\r\n/g, '\n'), options) };
}

function namesIn(source: string): Set<string> {
  const names = new Set<string>();
  const collector = new Handlebars.Visitor();
  collector.PathExpression = (path: hbs.AST.PathExpression) => {
    if (!path.data && path.depth === 0 && path.parts.length > 0) names.add(path.parts[0]);
  };
  collector.accept(Handlebars.parse(source));
  return names;
}

const LOCALES: Record<Language, string> = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/** A local date ('2027-02-28') as the language writes it: 28. februar 2027, 28 February 2027. */
export function formatLocalDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
