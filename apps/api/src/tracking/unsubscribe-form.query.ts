import { Query } from '@nestjs/cqrs';
import type { Language } from '@civic/ideas';

export interface UnsubscribeForm {
  readonly publicCode: string;
  readonly language: Language;
  /** Already unsubscribed: the page says so instead of offering the button. */
  readonly stoppedAt: string | null;
}

/** What the page behind the unsubscribe link shows; reading it changes nothing. */
export class GetUnsubscribeFormQuery extends Query<UnsubscribeForm> {
  constructor(readonly trackingToken: string) {
    super();
  }
}
