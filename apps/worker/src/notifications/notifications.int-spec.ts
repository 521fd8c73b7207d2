import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { PostgresEventStore, type StoredEvent } from '@civic/event-store';
import { type Contact, type IdeaEvent, type Language, NO_NAME_SPANS, type SubmitterNameSpans } from '@civic/ideas';
import { applyMigrations, type JobsConfig, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { SMTPServer } from 'smtp-server';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink';
import type { JobContext } from '../jobs/job-handler';
import { CitizenNotificationHandler } from './citizen-notification.handler';
import { DeadlineEscalationHandler } from './deadline-escalation.handler';
import { MailTemplates } from './mail-templates';
import { Mailer, MailNotSentError } from './mailer';
import { StaffNotifications } from './staff-notifications';
import { PersonalDataVault, TrackingTokens, SubmitterContacts, seedReferenceData, type CitizenMailKind } from '@civic/casework';

const BASE_URL = 'https://ideer.kk.test';
// Tuesday 8 December 2026 is the last day: the deadline is the Copenhagen midnight that ends it.
const RESPOND_BY = '2026-12-08T23:00:00.000Z';
const AT = '2026-11-24T09:00:00.000Z';

let database: TestDatabase;
let config: JobsConfig;
let pool: Pool;
let store: PostgresEventStore;
let vault: PersonalDataVault;
let smtp: SmtpSink;
let mailer: Mailer;
let citizenMails: CitizenNotificationHandler;
let staff: StaffNotifications;
let escalations: DeadlineEscalationHandler;
const tokens = new TrackingTokens('notifications-test-secret');

beforeAll(async () => {
  database = await createTestDatabase('notifications');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 8);
  await seedReferenceData(pool);
  await pool.query(`UPDATE departments SET lead_email = lower(code) || '-chef@kk.test' WHERE code IN ('TMF', 'KFF')`);
  await pool.query(`INSERT INTO staff_contacts (subject, email) VALUES ('anna', 'anna@kk.test')`);
  store = new PostgresEventStore(pool);
  vault = new PersonalDataVault(pool, Buffer.alloc(32, 7));
  smtp = await startSmtpSink();
  config = {
    smtpUrl: smtp.url,
    mailFrom: 'Københavns Kommune <ideer@kk.test>',
    publicBaseUrl: BASE_URL,
    staffMailLanguage: 'da',
    mailTemplatesDir: 'mail-templates',
    reminderWorkingDays: 2,
    retentionSchedule: '0 3 * * *',
    queuePrefix: database.name,
  };
  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
  const templates = MailTemplates.load(config);
  mailer = new Mailer(config, pool);
  citizenMails = new CitizenNotificationHandler(store, vault, tokens, pool, config, calendar, mailer, templates);
  staff = new StaffNotifications(store, pool, config, calendar, mailer, templates);
  escalations = new DeadlineEscalationHandler(store, staff);
}, 30_000);

afterAll(async () => {
  await mailer?.close();
  await smtp?.close();
  await store?.close();
  await pool?.end();
  await database?.drop();
});

const jobContext = (id: string): JobContext => ({
  id,
  attempt: 1,
  correlationId: id,
  log: async () => undefined,
  retryAt: async () => Promise.reject(new Error('not a timer')),
});

let codes = 0;

interface IdeaOptions {
  readonly language?: Language;
  readonly contact?: Contact | null;
  readonly title?: string;
  readonly nameSpans?: SubmitterNameSpans;
  /** A rule's routing in the submission's own append. */
  readonly routedByRule?: string;
}

/** An idea submitted by a citizen, straight into its stream. */
async function submitIdea(options: IdeaOptions = {}): Promise<{ ideaId: string; email: string; events: StoredEvent[] }> {
  const ideaId = randomUUID();
  const email = `citizen-${ideaId}@example.dk`;
  const contact = options.contact === undefined ? { name: 'Karen Jensen', email } : options.contact;
  const submitted: IdeaEvent = {
    type: 'IdeaSubmitted',
    data: {
      ideaId,
      at: AT,
      publicCode: `K-2026-${String(++codes).padStart(6, '0')}`,
      trackingTokenHash: TrackingTokens.hash(tokens.issue(ideaId)),
      title: options.title ?? 'Flere bænke ved søerne',
      description: 'Der mangler steder at sidde.',
      category: 'parks-nature',
      district: 'oesterbro',
      location: null,
      contact: contact ? await new SubmitterContacts(vault).seal(ideaId, contact) : null,
      submitterNameSpans: options.nameSpans ?? NO_NAME_SPANS,
      language: options.language ?? 'da',
      channel: 'web',
    },
  };
  const events: IdeaEvent[] = [submitted];
  if (options.routedByRule) events.push(routed(ideaId, options.routedByRule, { routedBy: 'rule', ruleId: 'parks' }));
  await store.appendToStream(`idea-${ideaId}`, events.map(toAppend), { expectedRevision: 'no_stream' });
  return { ideaId, email, events: await store.readStream(`idea-${ideaId}`) };
}

function routed(ideaId: string, department: string, how: { routedBy: 'rule' | 'hand'; ruleId: string | null; previousDepartment?: string }): IdeaEvent {
  return {
    type: 'IdeaRouted',
    data: {
      ideaId,
      at: AT,
      department,
      previousDepartment: how.previousDepartment ?? null,
      routedBy: how.routedBy,
      ruleId: how.ruleId,
      reason: 'test',
      respondBy: RESPOND_BY,
      responseWorkingDays: 10,
    },
  };
}

const toAppend = (event: IdeaEvent) => ({
  type: event.type,
  data: event.data,
  metadata: { correlationId: 'c', causationId: null, actor: 'test', occurredAt: AT, schemaVersion: 1 },
});

/** Appends to an idea and returns the stored event. */
async function append(ideaId: string, event: IdeaEvent): Promise<StoredEvent> {
  await store.appendToStream(`idea-${ideaId}`, [toAppend(event)], { expectedRevision: 'any' });
  const events = await store.readStream(`idea-${ideaId}`);
  return events[events.length - 1];
}

/** Runs the citizen-notification job for a stored event, with the job id the reactor would give it. */
function notify(stored: StoredEvent, kind: CitizenMailKind, jobId = `citizen-notification.${stored.id}`): Promise<unknown> {
  return citizenMails.handle(
    { ideaId: (stored.data as { ideaId: string }).ideaId, eventId: stored.id, revision: stored.streamRevision, kind },
    jobContext(jobId),
  );
}

describe('Citizen e-mails', () => {
  it.each([
    ['da', /^Tak for din idé/, 'Følg din idé'],
    ['sv', /^Tack för din idé/, 'Följ din idé'],
    ['en', /^Thank you for your idea/, 'Follow your idea'],
  ] as const)('sends the receipt in %s, once, with the tracking link and a one-click unsubscribe', async (language, subject, trackingWords) => {
    const { ideaId, email, events } = await submitIdea({ language });
    await expect(notify(events[0], 'receipt')).resolves.toBe('citizen-receipt: sent');

    const [mail] = await smtp.waitFor(1, 5000, (m) => m.to.includes(email));
    const trackingUrl = `${BASE_URL}/track/${tokens.issue(ideaId)}`;
    expect(mail.subject).toMatch(subject);
    expect(mail.subject).toContain(events[0].data && (events[0].data as { publicCode: string }).publicCode);
    expect(mail.language).toBe(language);
    expect(mail.from).toContain('ideer@kk.test');
    expect(mail.text).toContain(`${trackingWords}: ${trackingUrl}`);
    expect(mail.text.trim().endsWith(`${trackingUrl}/unsubscribe`)).toBe(true);
    expect(mail.headers['list-unsubscribe']).toBe(`<${trackingUrl}/unsubscribe>`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toBe(`<citizen-notification.${events[0].id}@civic-ideas>`);
    // Not yet with a department: no date promised.
    expect(mail.text).not.toMatch(/december/i);

    // The same job again (a retry after the server took the mail) sends nothing.
    await expect(notify(events[0], 'receipt')).resolves.toBe('citizen-receipt: already-sent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('tells the promised date in the receipt when a rule routed the idea in the same append', async () => {
    const { email, events } = await submitIdea({ routedByRule: 'TMF' });
    await notify(events[0], 'receipt');
    const [mail] = await smtp.waitFor(1, 5000, (m) => m.to.includes(email));
    expect(mail.text).toContain('Teknik- og Miljøforvaltningen');
    expect(mail.text).toContain('senest tirsdag den 8. december 2026');
  });

  it('tells to which department a routing by hand took the idea and by when they will hear', async () => {
    const { ideaId, email } = await submitIdea({ language: 'en' });
    const routing = await append(ideaId, routed(ideaId, 'KFF', { routedBy: 'hand', ruleId: null }));
    await notify(routing, 'routed');
    const [mail] = await smtp.waitFor(1, 5000, (m) => m.to.includes(email));
    expect(mail.subject).toBe(`Your idea is now with Kultur- og Fritidsforvaltningen (K-2026-${String(codes).padStart(6, '0')})`);
    expect(mail.text).toContain('by Tuesday, 8 December 2026 at the latest');
  });

  it('asks the question, and gives the answer and the decision in plain words', async () => {
    const { ideaId, email } = await submitIdea({ language: 'sv', routedByRule: 'TMF' });
    const question = await append(ideaId, {
      type: 'CitizenInformationRequested',
      data: { ideaId, at: AT, questionId: 'q1', question: 'Vilken sjö menar du?' },
    });
    await notify(question, 'question');
    const answer = await append(ideaId, { type: 'IdeaAnswered', data: { ideaId, at: AT, decision: 'declined', publicAnswer: 'Det finns ingen plats.' } });
    await notify(answer, 'answered');
    const mails = await smtp.waitFor(2, 5000, (m) => m.to.includes(email));
    expect(mails[0].text).toContain('Vilken sjö menar du?');
    expect(mails[0].text).toMatch(/svara oss via länken/);
    expect(mails[1].text).toContain('Det finns ingen plats.');
    expect(mails[1].text).toContain('Kort sagt: vi kommer inte att genomföra den.');
  });

  it('writes nothing once the contact has been erased', async () => {
    const { ideaId, email, events } = await submitIdea();
    await vault.erase(ideaId);
    // Between the key's deletion and the event: the erasure is still being finished.
    await expect(notify(events[0], 'receipt')).resolves.toBe('no mail: the contact was erased');
    const erased = await append(ideaId, { type: 'SubmitterDataErased', data: { ideaId, at: AT, reason: 'citizen-request' } });
    await expect(notify(events[0], 'receipt')).resolves.toBe('no mail: the contact was erased');
    expect(erased.type).toBe('SubmitterDataErased');
    expect(smtp.to(email)).toHaveLength(0);
  });

  it('writes nothing once the citizen has unsubscribed, even about an earlier event', async () => {
    const { ideaId, email, events } = await submitIdea();
    await append(ideaId, { type: 'CitizenNotificationsStopped', data: { ideaId, at: AT } });
    await expect(notify(events[0], 'receipt')).resolves.toBe('no mail: the citizen unsubscribed');
    expect(smtp.to(email)).toHaveLength(0);
  });

  it('writes nothing when the citizen left no e-mail address', async () => {
    const { events } = await submitIdea({ contact: { name: 'Ole', phone: '12345678' } });
    await expect(notify(events[0], 'receipt')).resolves.toBe('no mail: no e-mail address');
    const { events: anonymous } = await submitIdea({ contact: null });
    await expect(notify(anonymous[0], 'receipt')).resolves.toBe('no mail: no e-mail address');
  });

  it('refuses a job whose event id does not match the stream', async () => {
    const { ideaId, events } = await submitIdea();
    await expect(citizenMails.handle({ ideaId, eventId: randomUUID(), revision: 0, kind: 'receipt' }, jobContext(`x-${ideaId}`))).rejects.toThrow(
      /has no event/,
    );
    await expect(notify(events[0], 'answered')).rejects.toThrow(/"answered" mail is about an IdeaAnswered/);
  });
});

describe('Staff e-mails', () => {
  const about = async (title = 'Flere bænke ved søerne', nameSpans?: SubmitterNameSpans) => {
    const { ideaId, events } = await submitIdea({ title, nameSpans });
    return { ideaId, publicCode: (events[0].data as { publicCode: string }).publicCode, title };
  };

  it('reminds the assignee at their own address, in the staff language', async () => {
    const idea = await about();
    const before = smtp.to('anna@kk.test').length;
    await expect(
      staff.remind({ mailKey: `deadline-reminder.${randomUUID()}`, ...idea, department: 'TMF', assignee: 'anna', respondBy: RESPOND_BY, workingDaysLeft: 2 }),
    ).resolves.toBe('sent');
    const mails = await smtp.waitFor(before + 1, 5000, (m) => m.to.includes('anna@kk.test'));
    const mail = mails[mails.length - 1];
    expect(mail.language).toBe('da');
    expect(mail.subject).toContain(idea.publicCode);
    expect(mail.text).toContain(
      `Idéen ${idea.publicCode} "Flere bænke ved søerne" skal besvares senest tirsdag den 8. december 2026. Der er 2 arbejdsdage tilbage.`,
    );
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(smtp.to('tmf-chef@kk.test').filter((m) => m.subject.includes(idea.publicCode))).toHaveLength(0);
  });

  it('reminds the department lead when the assignee has no known address, or nobody has the case', async () => {
    const idea = await about();
    await staff.remind({ mailKey: `deadline-reminder.${randomUUID()}`, ...idea, department: 'KFF', assignee: 'bo', respondBy: RESPOND_BY, workingDaysLeft: 1 });
    await staff.remind({ mailKey: `deadline-reminder.${randomUUID()}`, ...idea, department: 'KFF', assignee: null, respondBy: RESPOND_BY, workingDaysLeft: 1 });
    const mails = await smtp.waitFor(2, 5000, (m) => m.to.includes('kff-chef@kk.test') && m.subject.includes(idea.publicCode));
    expect(mails[0].text).toContain('1 arbejdsdag tilbage');
    expect(mails[0].text).toContain('tildelt bo');
    expect(mails[1].text).toContain('ikke tildelt nogen');
  });

  it('sends nothing, and does not fail, when nobody has an address', async () => {
    const idea = await about();
    await expect(
      staff.remind({ mailKey: `deadline-reminder.${randomUUID()}`, ...idea, department: 'SOF', assignee: null, respondBy: RESPOND_BY, workingDaysLeft: 2 }),
    ).resolves.toBe('no-recipient');
  });

  it("escalates a missed deadline to the lead, with the assignee in copy, once, without the citizen's personal data", async () => {
    const { ideaId, publicCode } = await about('Karen Jensen ønsker bænke, ring 12345678', { title: [[0, 12]], description: [] });
    const missed = await append(ideaId, {
      type: 'ResponseDeadlineMissed',
      data: { ideaId, at: AT, respondBy: RESPOND_BY, department: 'TMF', assignee: 'anna' },
    });
    const job = { ideaId, eventId: missed.id, revision: missed.streamRevision };
    await expect(escalations.handle(job, jobContext(`deadline-escalation.${missed.id}`))).resolves.toBe('deadline-missed mail: sent');
    await expect(escalations.handle(job, jobContext(`deadline-escalation.${missed.id}`))).resolves.toBe('deadline-missed mail: already-sent');

    const mails = await smtp.waitFor(1, 5000, (m) => m.subject.includes(publicCode));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.mails.filter((m) => m.subject.includes(publicCode))).toHaveLength(1);
    const [mail] = mails;
    expect(mail.to).toEqual(['tmf-chef@kk.test']);
    expect(mail.cc).toEqual(['anna@kk.test']);
    expect(mail.text).toContain('tirsdag den 8. december 2026');
    expect(mail.text).toContain('Teknik- og Miljøforvaltningen og er tildelt anna');
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Karen|Jensen|12345678|example\.dk/);
    expect(mail.subject).toContain('[navn fjernet]');
  });

  it('refuses an escalation whose event is not a missed deadline', async () => {
    const { ideaId } = await about();
    const events = await store.readStream(`idea-${ideaId}`);
    await expect(escalations.handle({ ideaId, eventId: events[0].id, revision: 0 }, jobContext(`deadline-escalation.${events[0].id}`))).rejects.toThrow(
      /not a ResponseDeadlineMissed/,
    );
  });
});

describe('Without SMTP_URL', () => {
  it('composes the mail, records it as done and logs its key and template, never the address', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const quiet = new Mailer({ ...config, smtpUrl: null }, pool);
    try {
      const mailKey = `citizen-notification.${randomUUID()}`;
      const before = smtp.mails.length;
      const mail = {
        to: ['someone@example.dk'],
        language: 'da',
        template: 'citizen-receipt',
        subject: 'Tak',
        text: 'Tak\n',
        unsubscribeUrl: `${BASE_URL}/track/x/unsubscribe`,
      } as const;
      await expect(quiet.sendOnce(mailKey, mail)).resolves.toBe('sent');
      await expect(quiet.sendOnce(mailKey, mail)).resolves.toBe('already-sent');
      expect(smtp.mails).toHaveLength(before);
      const lines = log.mock.calls.map(([message]) => String(message));
      expect(lines).toEqual([`e-mail ${mailKey} not sent (no SMTP_URL): citizen-receipt`]);
      expect((await pool.query('SELECT 1 FROM sent_mails WHERE mail_key = $1', [mailKey])).rowCount).toBe(1);
    } finally {
      log.mockRestore();
      await quiet.close();
    }
  });
});

describe('An SMTP server that refuses', () => {
  it('fails the job with the server’s status only: the refused address never reaches the failure reason kept in Redis', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected: no such user`), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', () => resolve()));
    const port = (refusing.server.address() as { port: number }).port;
    const refused = new Mailer({ ...config, smtpUrl: `smtp://127.0.0.1:${port}` }, pool);
    try {
      const mailKey = `citizen-notification.${randomUUID()}`;
      const sending = refused.sendOnce(mailKey, {
        to: ['karen.hansen@example.dk'],
        language: 'da',
        template: 'citizen-receipt',
        subject: 'Tak',
        text: 'Tak\n',
      });
      await expect(sending).rejects.toThrow(MailNotSentError);
      const error = (await sending.catch((e: Error) => e)) as Error;
      expect(error.message).toContain(mailKey);
      expect(error.message).toMatch(/550/);
      expect(error.message).not.toContain('karen');
      expect((await pool.query('SELECT 1 FROM sent_mails WHERE mail_key = $1', [mailKey])).rowCount).toBe(0);
    } finally {
      await refused.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
