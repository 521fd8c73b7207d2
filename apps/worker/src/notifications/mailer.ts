import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Pool } from 'pg';
import type { Language } from '@civic/ideas';
import { CivicMetrics, type JobsConfig, keepInDevelopmentMailbox } from '@civic/platform';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';
import type { MailTemplateName } from './mail-template-names';
import { messageIdFor } from './message-id';
import { smtpTransportOptions } from './smtp-transport-options';

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly language: Language;
  /** Named in the log instead of any address. */
  readonly template: MailTemplateName | `initiative-${string}` | `budget-${string}`;
  readonly subject: string;
  readonly text: string;
  /** Citizen mails: the one-click unsubscribe link (RFC 8058). */
  readonly unsubscribeUrl?: string;
}

export type SendOutcome = 'sent' | 'already-sent';

/** Sends each mail once per key, over SMTP_URL; without one, mails are composed and logged by key, never sent. */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly metrics = CivicMetrics.of();

  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(WORKER_POOL) private readonly db: Pick<Pool, 'query'>,
  ) {
    this.transport = config.smtpUrl ? createTransport(smtpTransportOptions(config.smtpUrl)) : createTransport({ jsonTransport: true });
  }

  /**
   * A job retried after the SMTP server took its mail finds the key in
   * sent_mails and sends nothing. The one window for a duplicate: a crash
   * between the server's accept and the insert below; the fixed Message-ID
   * lets the receiving side see it is the same message.
   */
  async sendOnce(mailKey: string, mail: OutgoingMail): Promise<SendOutcome> {
    const { rowCount } = await this.db.query('SELECT 1 FROM sent_mails WHERE mail_key = $1', [mailKey]);
    if (rowCount) {
      this.logger.debug(`e-mail ${mailKey} already sent: ${mail.template}`);
      return 'already-sent';
    }
    await this.send(mailKey, mail.template, {
      from: this.config.mailFrom,
      to: [...mail.to],
      cc: mail.cc && mail.cc.length > 0 ? [...mail.cc] : undefined,
      subject: mail.subject,
      text: mail.text,
      messageId: messageIdFor(mailKey),
      headers: {
        'Content-Language': mail.language,
        ...(mail.unsubscribeUrl ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
    });
    if (!this.config.smtpUrl && this.config.developmentMailboxDir) {
      const { to, subject, text, language } = mail;
      keepInDevelopmentMailbox(this.config.developmentMailboxDir, { key: mailKey, at: new Date().toISOString(), to, subject, text, language });
    }
    // By key and template only: never an address, a name or a link with a tracking token.
    this.logger.log(this.config.smtpUrl ? `e-mail ${mailKey} sent: ${mail.template}` : `e-mail ${mailKey} not sent (no SMTP_URL): ${mail.template}`);
    await this.db.query('INSERT INTO sent_mails (mail_key) VALUES ($1) ON CONFLICT DO NOTHING', [mailKey]);
    return 'sent';
  }

  /**
   * An SMTP server's refusal often quotes the address ("550 <karen@…>: no such
   * user"); the job's failure reason is kept in Redis and logged, so it must
   * carry none: the error becomes the server's status and the mail key.
   */
  private async send(mailKey: string, template: OutgoingMail['template'], message: Parameters<Transporter['sendMail']>[0]): Promise<void> {
    try {
      await this.transport.sendMail(message);
      // Without SMTP_URL nothing left the process: nothing to count.
      if (this.config.smtpUrl) this.metrics.mailsSent.inc({ template });
    } catch (error) {
      this.metrics.mailsRefused.inc({ template });
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      throw new MailNotSentError(`e-mail ${mailKey} not sent: ${[code, responseCode].filter(Boolean).join(' ') || 'SMTP error'}`);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export class MailNotSentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailNotSentError';
  }
}
