import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '@civic/ideas';
import type { JobsConfig } from '@civic/platform';
import { Mailer, type SendOutcome } from '../notifications';
import { JOBS_CONFIG } from '../worker-tokens';
import { formatLocalDate, InitiativeMailTemplates } from './initiative-mail-templates';

export interface CouncilNotice {
  readonly mailKey: string;
  readonly initiativeId: string;
  readonly publicCode: string;
  readonly title: string;
  readonly decideBy: string;
  readonly confirmedSignatures: number;
}

/** 'no-recipient': no address is configured for the council; a retry would not find one, so it is not an error. */
export type InitiativeMailOutcome = SendOutcome | 'no-recipient';

/** The initiatives' e-mails: the signer's confirmation link, the council's reminder and escalation. */
@Injectable()
export class InitiativeMails {
  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(InitiativeMailTemplates) private readonly templates: InitiativeMailTemplates,
  ) {}

  initiativeUrl(publicCode: string): string {
    return `${this.base()}/initiatives/${publicCode}`;
  }

  confirmUrl(initiativeId: string, token: string): string {
    return `${this.base()}/initiatives/${initiativeId}/confirm/${token}`;
  }

  async askSignerToConfirm(
    mailKey: string,
    to: string,
    language: Language,
    values: { title: string; publicCode: string; name: string; confirmUrl: string },
  ): Promise<SendOutcome> {
    const mail = this.templates.render(language, 'initiative-signature-confirmation', { ...values, initiativeUrl: this.initiativeUrl(values.publicCode) });
    return this.mailer.sendOnce(mailKey, { to: [to], language, template: 'initiative-signature-confirmation', ...mail });
  }

  async remindCouncil(notice: CouncilNotice): Promise<InitiativeMailOutcome> {
    const to = this.config.initiatives?.councilEmail;
    return to ? this.toCouncil('initiative-council-reminder', notice, [to], []) : 'no-recipient';
  }

  async escalate(notice: CouncilNotice): Promise<InitiativeMailOutcome> {
    const council = this.config.initiatives?.councilEmail ?? null;
    const to = this.config.initiatives?.escalationEmail ?? council;
    if (!to) return 'no-recipient';
    return this.toCouncil('initiative-council-escalation', notice, [to], council && council !== to ? [council] : []);
  }

  private toCouncil(
    template: 'initiative-council-reminder' | 'initiative-council-escalation',
    notice: CouncilNotice,
    to: string[],
    cc: string[],
  ): Promise<SendOutcome> {
    const language = this.config.staffMailLanguage;
    const mail = this.templates.render(language, template, {
      title: notice.title,
      publicCode: notice.publicCode,
      decideBy: formatLocalDate(notice.decideBy, language),
      confirmedSignatures: notice.confirmedSignatures,
      initiativeUrl: this.initiativeUrl(notice.publicCode),
    });
    return this.mailer.sendOnce(notice.mailKey, { to, cc, language, template, ...mail });
  }

  private base(): string {
    return this.config.publicBaseUrl.replace(/\/+$/, '');
  }
}
