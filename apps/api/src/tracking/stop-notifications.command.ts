import { Command } from '@nestjs/cqrs';
import type { Language } from '@civic/ideas';
import type { RequestContext } from '../http/request-context';

export interface NotificationsStopped {
  /** When e-mails stopped: the first time the link was used, however often it is used again. */
  readonly at: string;
  /** The idea's language, for an HTML confirmation. */
  readonly language: Language;
}

/** The citizen's unsubscribe link (RFC 8058 one-click, or the form behind the link). */
export class StopNotificationsCommand extends Command<NotificationsStopped> {
  constructor(
    readonly trackingToken: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}
