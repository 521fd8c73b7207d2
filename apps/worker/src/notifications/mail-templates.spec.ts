import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '@civic/ideas';
import { decisionInWords } from './decision-words';
import { formatDeadline } from './mail-dates';
import { citizenTemplate, staffTemplate } from './mail-template-names';
import { MailTemplateError, MailTemplates } from './mail-templates';
import type { CitizenMailValues, StaffMailValues } from './mail-values';
import { CITIZEN_MAIL_KINDS, STAFF_MAIL_KINDS } from '@civic/casework';

const RESPOND_BY = '2026-12-08T23:00:00.000Z';

const citizenValues = (language: (typeof LANGUAGES)[number], respondBy: string | null = RESPOND_BY): CitizenMailValues => ({
  publicCode: 'K-2026-000123',
  title: 'Flere bænke ved søerne',
  trackingUrl: 'https://ideer.kk.test/track/TOKEN',
  unsubscribeUrl: 'https://ideer.kk.test/track/TOKEN/unsubscribe',
  departmentName: 'Teknik- og Miljøforvaltningen',
  respondBy: respondBy && formatDeadline(respondBy, language, 'Europe/Copenhagen'),
  question: 'Hvilken sø tænker du på?',
  publicAnswer: 'Vi sætter tre bænke op til foråret.',
  decision: decisionInWords('accepted', language),
  note: 'Bænkene er bestilt.',
  percentComplete: 40,
});

const staffValues = (language: (typeof LANGUAGES)[number]): StaffMailValues => ({
  publicCode: 'K-2026-000123',
  title: 'Flere bænke ved søerne',
  respondBy: formatDeadline(RESPOND_BY, language, 'Europe/Copenhagen'),
  workingDaysLeft: 2,
  departmentName: 'Teknik- og Miljøforvaltningen',
  assignee: 'anna',
});

describe('MailTemplates', () => {
  const templates = MailTemplates.load({ mailTemplatesDir: 'mail-templates' });

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(CITIZEN_MAIL_KINDS)('renders the citizen %s mail, ending with the tracking and unsubscribe links', (kind) => {
      const { subject, text } = templates.render(language, citizenTemplate(kind), citizenValues(language));
      expect(subject.trim()).not.toBe('');
      expect(subject).toContain('K-2026-000123');
      expect(`${subject}\n${text}`).not.toMatch(/{{|}}/);
      const lastLines = text.trim().split('\n').slice(-2).join('\n');
      expect(lastLines).toContain('https://ideer.kk.test/track/TOKEN');
      expect(lastLines.split('\n')[1]).toContain('https://ideer.kk.test/track/TOKEN/unsubscribe');
    });

    it.each(STAFF_MAIL_KINDS)('renders the staff %s mail', (kind) => {
      const { subject, text } = templates.render(language, staffTemplate(kind), staffValues(language));
      expect(subject.trim()).not.toBe('');
      expect(`${subject}\n${text}`).not.toMatch(/{{|}}/);
      expect(text).toContain('K-2026-000123');
      expect(text).toContain('anna');
      expect(text).toContain(formatDeadline(RESPOND_BY, language, 'Europe/Copenhagen'));
    });
  });

  it('words each mail in its own language', () => {
    for (const name of [...CITIZEN_MAIL_KINDS.map(citizenTemplate)]) {
      const texts = LANGUAGES.map((language) => templates.render(language, name, citizenValues(language)));
      expect(new Set(texts.map((t) => t.subject)).size).toBe(LANGUAGES.length);
      expect(new Set(texts.map((t) => t.text)).size).toBe(LANGUAGES.length);
    }
    for (const name of STAFF_MAIL_KINDS.map(staffTemplate)) {
      expect(new Set(LANGUAGES.map((language) => templates.render(language, name, staffValues(language)).text)).size).toBe(LANGUAGES.length);
    }
  });

  it('puts the promised date in the receipt when it is known, and says it will follow when it is not', () => {
    expect(templates.render('da', 'citizen-receipt', citizenValues('da')).text).toContain('senest tirsdag den 8. december 2026');
    const withoutDate = templates.render('da', 'citizen-receipt', { ...citizenValues('da', null), departmentName: null }).text;
    expect(withoutDate).not.toContain('december');
    expect(withoutDate).toMatch(/skriver vi til dig/);
    expect(templates.render('en', 'citizen-receipt', citizenValues('en')).text).toContain('by Tuesday, 8 December 2026');
  });

  it('says the decision in plain words and the percentage only when given', () => {
    expect(templates.render('da', 'citizen-answered', citizenValues('da')).text).toContain('vi gennemfører den');
    expect(templates.render('sv', 'citizen-implementation-progress', citizenValues('sv')).text).toContain('40 %');
    expect(templates.render('sv', 'citizen-implementation-progress', { ...citizenValues('sv'), percentComplete: null }).text).not.toContain('%');
  });

  it('counts working days in the words of the language, and names nobody when nobody has the case', () => {
    expect(templates.render('da', 'staff-deadline-reminder', { ...staffValues('da'), workingDaysLeft: 1 }).text).toContain('1 arbejdsdag tilbage');
    expect(templates.render('en', 'staff-deadline-missed', { ...staffValues('en'), assignee: null }).text).toContain('assigned to nobody');
  });

  describe('refuses to start', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'mail-templates-'));
      cpSync('mail-templates', dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('when a template is missing, naming the file', () => {
      unlinkSync(join(dir, 'sv', 'citizen-answered.hbs'));
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(MailTemplateError);
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(join(dir, 'sv', 'citizen-answered.hbs'));
    });

    it('when a template uses a placeholder nobody fills', () => {
      writeFileSync(join(dir, 'en', 'citizen-routed.hbs'), 'Subject: Hello {{citizenName}}\n\nYour idea {{publicCode}}\n');
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(/citizen-routed\.hbs uses unknown placeholder\(s\) {{citizenName}}/);
    });

    it('when a staff template reaches for citizen data', () => {
      writeFileSync(join(dir, 'da', 'staff-deadline-missed.hbs'), 'Subject: {{publicCode}}\n\nSvar via {{trackingUrl}}\n');
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(/staff-deadline-missed\.hbs uses unknown placeholder\(s\) {{trackingUrl}}/);
    });

    it('when a template has no subject line', () => {
      writeFileSync(join(dir, 'da', 'citizen-receipt.hbs'), 'Tak for din idé {{publicCode}}\n');
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(/citizen-receipt\.hbs must start with a "Subject: …" line/);
    });

    it('when a template is not valid Handlebars', () => {
      writeFileSync(join(dir, 'da', 'citizen-receipt.hbs'), 'Subject: {{publicCode}}\n\n{{#if respondBy}}senest {{respondBy}}\n');
      expect(() => MailTemplates.load({ mailTemplatesDir: dir })).toThrow(/citizen-receipt\.hbs is not valid Handlebars/);
    });
  });

  it('fails rather than leave a gap when a value is missing at render time', () => {
    const { note: _note, ...withoutNote } = citizenValues('da');
    expect(() => templates.render('da', 'citizen-implemented', withoutNote as CitizenMailValues)).toThrow(/note/);
  });
});
